package org.scorebook.aids;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.scorebook.style.Look;
import org.scorebook.testing.ZipPackage;

/**
 * Puts a sheet's aids into an .xlsx the way a save that edits parts would: {@link AidsXml}'s
 * elements replace the sheet part's validations and conditional formats, the filter goes in where
 * the sheet has none, the check row's cells replace their cells, and the new rules' differential
 * formats are appended to the styles part. Every other part is copied as it is.
 */
final class SheetPatch {
  /** A worksheet's children after {@code sheetData}, in the order the schema wants them. */
  private static final List<String> ORDER =
      List.of(
          "sheetCalcPr",
          "sheetProtection",
          "protectedRanges",
          "scenarios",
          "autoFilter",
          "sortState",
          "dataConsolidate",
          "customSheetViews",
          "mergeCells",
          "phoneticPr",
          "conditionalFormatting",
          "dataValidations",
          "hyperlinks",
          "printOptions",
          "pageMargins",
          "pageSetup",
          "headerFooter",
          "rowBreaks",
          "colBreaks",
          "customProperties",
          "cellWatches",
          "ignoredErrors",
          "smartTags",
          "drawing",
          "legacyDrawing",
          "legacyDrawingHF",
          "drawingHF",
          "picture",
          "oleObjects",
          "controls",
          "webPublishItems",
          "tableParts",
          "extLst");

  private static final Pattern VALIDATIONS =
      Pattern.compile(
          "<dataValidations\\b[^>]*/>|<dataValidations\\b[^>]*[^/]>.*?</dataValidations>",
          Pattern.DOTALL);
  private static final Pattern FORMATTING =
      Pattern.compile("<conditionalFormatting\\b[^>]*>.*?</conditionalFormatting>", Pattern.DOTALL);
  private static final Pattern ROW =
      Pattern.compile("<row\\b[^>]*?\\br=\"(\\d+)\"[^>]*?(/>|>(.*?)</row>)", Pattern.DOTALL);
  private static final Pattern CELL =
      Pattern.compile("<c\\b[^>]*?\\br=\"([A-Z]+)\\d+\"[^>]*?(?:/>|>.*?</c>)", Pattern.DOTALL);
  private static final Pattern DXF = Pattern.compile("<dxf[\\s>/]");

  private SheetPatch() {}

  /** What the patch was given and did, for the test to look at. */
  record Result(
      String existingValidations, String existingFormats, List<SheetAids.RuleLook> dxfs) {}

  /** Writes {@code source} with the aids of sheet {@code sheetName} to {@code target}. */
  static Result write(
      Path source, String sheetName, SheetAids aids, AidsXml.CellFormats cellFormats, Path target)
      throws IOException {
    ZipPackage zip = ZipPackage.read(source);
    Map<String, byte[]> parts = new LinkedHashMap<>();
    for (String name : zip.names()) {
      parts.put(name, zip.content(name));
    }
    String sheetPart = zip.sheetPart(sheetName);
    String sheet = new String(parts.get(sheetPart), StandardCharsets.UTF_8);
    String stylesPart = zip.workbookTarget("styles").orElseThrow();
    String styles = new String(parts.get(stylesPart), StandardCharsets.UTF_8);

    Matcher validations = VALIDATIONS.matcher(sheet);
    String existingValidations = validations.find() ? validations.group() : "";
    sheet = VALIDATIONS.matcher(sheet).replaceAll("");
    StringBuilder formats = new StringBuilder();
    Matcher formatting = FORMATTING.matcher(sheet);
    while (formatting.find()) {
      formats.append(formatting.group());
    }
    String existingFormats = formats.toString();
    sheet = FORMATTING.matcher(sheet).replaceAll("");

    AidsXml xml = new AidsXml();
    List<SheetAids.RuleLook> added = new ArrayList<>();
    int firstDxf = countDxfs(styles);
    String newFormats =
        xml.conditionalFormattings(
            aids,
            existingFormats,
            look -> {
              added.add(look);
              return firstDxf + added.size() - 1;
            });
    sheet = insert(sheet, "conditionalFormatting", newFormats);
    sheet = insert(sheet, "dataValidations", xml.dataValidations(aids, existingValidations));
    if (xml.autoFilter(aids).isPresent()) {
      if (sheet.contains("<autoFilter")) {
        throw new AssertionError("a filter is added only where there is none");
      }
      sheet = insert(sheet, "autoFilter", xml.autoFilter(aids).get());
    }
    sheet = cells(sheet, xml.checkRowCells(aids, cellFormats));
    parts.put(sheetPart, sheet.getBytes(StandardCharsets.UTF_8));
    parts.put(stylesPart, addDxfs(styles, added).getBytes(StandardCharsets.UTF_8));

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        out.putNextEntry(new ZipEntry(part.getKey()));
        out.write(part.getValue());
        out.closeEntry();
      }
    }
    Files.write(target, bytes.toByteArray());
    return new Result(existingValidations, existingFormats, added);
  }

  /** The sheet's content as read from its part and the shared strings, without POI. */
  static SheetContent content(Path file, String sheetName) throws IOException {
    ZipPackage zip = ZipPackage.read(file);
    List<String> strings =
        zip.workbookTarget("sharedStrings").isPresent()
            ? SheetXmlContent.sharedStrings(zip.content(zip.workbookTarget("sharedStrings").get()))
            : List.of();
    return SheetXmlContent.read(zip.content(zip.sheetPart(sheetName)), strings);
  }

  /** A cell format index that is always there. */
  static int defaultFormat(Look look) {
    return 0;
  }

  private static String insert(String sheet, String element, String xml) {
    if (xml.isEmpty()) {
      return sheet;
    }
    int searchFrom = sheet.indexOf("</sheetData>");
    if (searchFrom < 0) {
      searchFrom = sheet.indexOf("<sheetData");
    }
    int at = sheet.indexOf("</worksheet>");
    for (String later : ORDER.subList(ORDER.indexOf(element) + 1, ORDER.size())) {
      Matcher found = Pattern.compile("<" + later + "[\\s/>]").matcher(sheet);
      if (found.find(searchFrom) && found.start() < at) {
        at = found.start();
      }
    }
    return sheet.substring(0, at) + xml + sheet.substring(at);
  }

  private static String cells(String sheet, List<AidsXml.CellXml> cells) {
    if (cells.isEmpty()) {
      return sheet;
    }
    int rowNumber = cells.get(0).row() + 1;
    Map<Integer, String> wanted = new TreeMap<>();
    for (AidsXml.CellXml cell : cells) {
      wanted.put(cell.column(), cell.xml());
    }
    Matcher row = ROW.matcher(sheet);
    while (row.find()) {
      int r = Integer.parseInt(row.group(1));
      if (r == rowNumber) {
        Map<Integer, String> all = new TreeMap<>();
        String content = row.group(3) == null ? "" : row.group(3);
        Matcher cell = CELL.matcher(content);
        while (cell.find()) {
          all.put(column(cell.group(1)), cell.group());
        }
        all.putAll(wanted);
        String start = sheet.substring(row.start(), row.start(2));
        String replaced = start + ">" + String.join("", all.values()) + "</row>";
        return sheet.substring(0, row.start()) + replaced + sheet.substring(row.end());
      }
      if (r > rowNumber) {
        return sheet.substring(0, row.start())
            + newRow(rowNumber, wanted)
            + sheet.substring(row.start());
      }
    }
    if (sheet.contains("<sheetData/>")) {
      return sheet.replace(
          "<sheetData/>", "<sheetData>" + newRow(rowNumber, wanted) + "</sheetData>");
    }
    int end = sheet.indexOf("</sheetData>");
    return sheet.substring(0, end) + newRow(rowNumber, wanted) + sheet.substring(end);
  }

  private static String newRow(int rowNumber, Map<Integer, String> cells) {
    return "<row r=\"" + rowNumber + "\">" + String.join("", cells.values()) + "</row>";
  }

  private static int column(String letters) {
    int column = 0;
    for (char c : letters.toCharArray()) {
      column = column * 26 + (c - 'A' + 1);
    }
    return column - 1;
  }

  private static int countDxfs(String styles) {
    int count = 0;
    Matcher dxf = DXF.matcher(styles);
    while (dxf.find()) {
      count++;
    }
    return count;
  }

  private static String addDxfs(String styles, List<SheetAids.RuleLook> looks) {
    if (looks.isEmpty()) {
      return styles;
    }
    StringBuilder added = new StringBuilder();
    looks.forEach(look -> added.append(AidsXml.dxf(look)));
    int total = countDxfs(styles) + looks.size();
    Matcher empty = Pattern.compile("<dxfs\\b[^>]*/>").matcher(styles);
    if (empty.find()) {
      return styles.substring(0, empty.start())
          + "<dxfs count=\""
          + total
          + "\">"
          + added
          + "</dxfs>"
          + styles.substring(empty.end());
    }
    Matcher open = Pattern.compile("<dxfs\\b[^>]*>").matcher(styles);
    if (open.find()) {
      int close = styles.indexOf("</dxfs>");
      return styles.substring(0, open.start())
          + "<dxfs count=\""
          + total
          + "\">"
          + styles.substring(open.end(), close)
          + added
          + styles.substring(close);
    }
    int at = styles.length();
    for (String later : List.of("<tableStyles", "<colors", "<extLst", "</styleSheet>")) {
      int found = styles.indexOf(later);
      if (found >= 0 && found < at) {
        at = found;
      }
    }
    return styles.substring(0, at)
        + "<dxfs count=\""
        + total
        + "\">"
        + added
        + "</dxfs>"
        + styles.substring(at);
  }
}
