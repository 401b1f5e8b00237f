package org.scorebook.partsave;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.scorebook.aids.AidsXml;
import org.scorebook.aids.SheetAids;
import org.scorebook.style.StylesPart;
import org.scorebook.testing.ZipPackage;

/**
 * Puts one sheet's aids, and nothing else, into an .xlsx as the part-by-part save does ({@link
 * WorksheetAids} into a {@link SheetXmlPatch}, styles appended to with {@link StylesPart}). Every
 * other part is copied as it is.
 */
final class SheetPatch {
  private SheetPatch() {}

  /**
   * Writes {@code source} with the aids of sheet {@code sheetName} to {@code target}; how many
   * formats the new conditional-format rules asked for (found in the styles part or appended).
   */
  static int write(Path source, String sheetName, SheetAids aids, Path target) throws IOException {
    ZipPackage zip = ZipPackage.read(source);
    Map<String, byte[]> parts = new LinkedHashMap<>();
    for (String name : zip.names()) {
      parts.put(name, zip.content(name));
    }
    String sheetPart = zip.sheetPart(sheetName);
    String stylesPart = zip.workbookTarget("styles").orElseThrow();
    StylesPart styles = StylesPart.read(parts.get(stylesPart));

    SheetXmlPatch patch = new SheetXmlPatch();
    byte[] sheet = parts.get(sheetPart);
    int[] ruleFormats = {0};
    WorksheetAids.put(
        new AidsXml(),
        aids,
        new String(sheet, StandardCharsets.UTF_8),
        patch,
        styles::of,
        look -> {
          ruleFormats[0]++;
          return styles.differentialFill(look.fill());
        });
    parts.put(sheetPart, patch.apply(sheet));
    if (styles.changed()) {
      parts.put(stylesPart, styles.toXml());
    }

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        out.putNextEntry(new ZipEntry(part.getKey()));
        out.write(part.getValue());
        out.closeEntry();
      }
    }
    Files.write(target, bytes.toByteArray());
    return ruleFormats[0];
  }
}
