package org.scorebook.partsave;

import static org.scorebook.write.SampleWorkbook.VERSION;
import static org.scorebook.write.SampleWorkbook.WRITTEN_AT;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.scorebook.model.Scorecard;
import org.scorebook.style.LookIndex;
import org.scorebook.style.Styles;
import org.scorebook.testing.ZipPackage;

/**
 * A workbook whose score sheet is the part {@link ScoreSheetXml} writes: POI builds a workbook with
 * empty sheets of the given names and a style for every look the sheet asks for (through {@link
 * Styles}, so index by index the cell formats POI would give), saves it, and then the score sheet's
 * part is replaced by the XML and the print titles' defined name put into the workbook part.
 */
final class XmlScoreSheets {
  private XmlScoreSheets() {}

  /** The score sheet of {@code card} at {@code index} among {@code sheetNames}, saved to file. */
  static ScoreSheetXml.Part save(Path file, Scorecard card, List<String> sheetNames, int index)
      throws IOException {
    return save(
        file,
        sheetNames,
        index,
        looks -> ScoreSheetXml.write(card, VERSION, WRITTEN_AT, sheetNames, index, looks));
  }

  /**
   * Writes the part {@code writer} makes, given the looks' indexes, as the sheet at {@code index}.
   */
  static ScoreSheetXml.Part save(
      Path file, List<String> sheetNames, int index, Function<LookIndex, ScoreSheetXml.Part> writer)
      throws IOException {
    ScoreSheetXml.Part part;
    byte[] built;
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String name : sheetNames) {
        workbook.createSheet(name);
      }
      Styles styles = new Styles(workbook);
      part = writer.apply(look -> styles.of(look).getIndex());
      workbook.setActiveSheet(index);
      workbook.write(out);
      built = out.toByteArray();
    }
    Path plain = Files.createTempFile(file.getParent(), "built", ".xlsx");
    Files.write(plain, built);
    ZipPackage zip = ZipPackage.read(plain);
    String sheetPart = zip.sheetPart(sheetNames.get(index));
    String workbookPart = zip.workbookPart();
    Map<String, byte[]> replaced = new HashMap<>();
    replaced.put(sheetPart, part.worksheet());
    replaced.put(workbookPart, withName(zip.content(workbookPart), part.printTitles()));
    replace(plain, file, replaced);
    Files.delete(plain);
    return part;
  }

  /** The workbook part with {@code name} among its defined names. */
  static byte[] withName(byte[] workbook, Optional<ScoreSheetXml.DefinedName> name) {
    if (name.isEmpty()) {
      return workbook;
    }
    String xml = new String(workbook, StandardCharsets.UTF_8);
    String element = name.get().xml();
    if (xml.contains("<definedNames>")) {
      xml = xml.replace("<definedNames>", "<definedNames>" + element);
    } else {
      int at = xml.indexOf("</sheets>");
      if (at < 0) {
        throw new IllegalStateException("no </sheets> in the workbook part");
      }
      at += "</sheets>".length();
      xml =
          xml.substring(0, at) + "<definedNames>" + element + "</definedNames>" + xml.substring(at);
    }
    return xml.getBytes(StandardCharsets.UTF_8);
  }

  /** Copies the zip {@code from} to {@code to}, the entries named in {@code parts} replaced. */
  private static void replace(Path from, Path to, Map<String, byte[]> parts) throws IOException {
    try (InputStream in = Files.newInputStream(from);
        ZipInputStream zip = new ZipInputStream(in);
        OutputStream out = Files.newOutputStream(to);
        ZipOutputStream copy = new ZipOutputStream(out)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        byte[] content = parts.containsKey(entry.getName()) ? parts.get(entry.getName()) : null;
        byte[] bytes = content != null ? content : zip.readAllBytes();
        copy.putNextEntry(new ZipEntry(entry.getName()));
        copy.write(bytes);
        copy.closeEntry();
      }
    }
  }
}
