package org.scorebook.style;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.scorebook.testing.ZipPackage;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * An .xlsx package as bytes for the styles part's tests, read without POI: its styles part and
 * first sheet found through the relationships, a part replaced, cells added that carry given cell
 * formats; and what POI reads from a cell style, attribute by attribute.
 */
final class XlsxStyles {
  private XlsxStyles() {}

  /**
   * What POI reads from a cell style: every attribute {@link Styles} sets or compares. Colours are
   * written as POI gives them (auto, theme, ARGB or palette index, with the tint); a colour that
   * cannot show (a fill's without a pattern, a solid fill's background, a border's without a line)
   * is left out.
   */
  record Resolved(
      String font,
      String fill,
      String borders,
      String alignment,
      String format,
      String protection) {

    static Resolved of(XSSFCellStyle style) {
      XSSFFont font = style.getFont();
      String fontText =
          String.join(
              "|",
              font.getFontName(),
              String.valueOf(font.getFontHeight()),
              "bold=" + font.getBold(),
              "italic=" + font.getItalic(),
              "underline=" + font.getUnderline(),
              "strike=" + font.getStrikeout(),
              "offset=" + font.getTypeOffset(),
              color(font.getXSSFColor()));
      FillPatternType pattern = style.getFillPattern();
      String fill =
          pattern
              + (pattern == FillPatternType.NO_FILL
                  ? ""
                  : " fg " + color(style.getFillForegroundXSSFColor()))
              + (pattern == FillPatternType.NO_FILL || pattern == FillPatternType.SOLID_FOREGROUND
                  ? ""
                  : " bg " + color(style.getFillBackgroundXSSFColor()));
      String borders =
          String.join(
              " ",
              border("top", style.getBorderTop(), style.getTopBorderXSSFColor()),
              border("right", style.getBorderRight(), style.getRightBorderXSSFColor()),
              border("bottom", style.getBorderBottom(), style.getBottomBorderXSSFColor()),
              border("left", style.getBorderLeft(), style.getLeftBorderXSSFColor()));
      String alignment =
          String.join(
              " ",
              String.valueOf(style.getAlignment()),
              String.valueOf(style.getVerticalAlignment()),
              "wrap=" + style.getWrapText(),
              "indent=" + style.getIndention(),
              "rotation=" + style.getRotation(),
              "shrink=" + style.getShrinkToFit());
      String protection =
          "locked="
              + style.getLocked()
              + " hidden="
              + style.getHidden()
              + " quoted="
              + style.getQuotePrefixed();
      return new Resolved(
          fontText, fill, borders, alignment, style.getDataFormatString(), protection);
    }

    private static String border(String side, BorderStyle style, XSSFColor color) {
      return side + "=" + style + (style == BorderStyle.NONE ? "" : "/" + color(color));
    }

    private static String color(XSSFColor color) {
      if (color == null) {
        return "none";
      }
      if (color.isAuto()) {
        return "auto";
      }
      String tint = color.hasTint() ? "~" + color.getTint() : "";
      if (color.isThemed()) {
        return "theme" + color.getTheme() + tint;
      }
      if (color.isRGB()) {
        return "argb" + HexFormat.of().formatHex(color.getARGB()) + tint;
      }
      return "indexed" + color.getIndexed() + tint;
    }
  }

  static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The name of the styles part of {@code xlsx}, through the workbook's relationships. */
  static String stylesEntry(byte[] xlsx, Path scratch) {
    return parts(xlsx, scratch).workbookTarget("styles").orElseThrow();
  }

  /** The name of the part of the workbook's first sheet. */
  static String firstSheetEntry(byte[] xlsx, Path scratch) {
    return parts(xlsx, scratch).sheetParts().values().iterator().next();
  }

  private static ZipPackage parts(byte[] xlsx, Path scratch) {
    try {
      Path file = Files.createTempFile(scratch, "package", ".xlsx");
      Files.write(file, xlsx);
      return ZipPackage.read(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] styles(byte[] xlsx, Path scratch) {
    return entry(xlsx, stylesEntry(xlsx, scratch));
  }

  static byte[] entry(byte[] xlsx, String name) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals(name)) {
          return zip.readAllBytes();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalArgumentException("no " + name);
  }

  /** {@code xlsx} with the parts in {@code replaced} in place of its own. */
  static byte[] replace(byte[] xlsx, Map<String, byte[]> replaced) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(replaced.getOrDefault(e.getName(), content));
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static final Pattern ROW = Pattern.compile("<row\\b[^>]*?\\br=\"(\\d+)\"");

  /**
   * {@code xlsx} with {@code styles} as its styles part and, in its first sheet below everything
   * else, one row per entry of {@code formats}: a number in column A with that cell format.
   *
   * @return the package, and the 0-based row of the first added cell
   */
  static Styled withCells(byte[] xlsx, byte[] styles, List<Integer> formats, Path scratch) {
    String sheetEntry = firstSheetEntry(xlsx, scratch);
    String sheet = new String(entry(xlsx, sheetEntry), StandardCharsets.UTF_8);
    int last = 0;
    Matcher rows = ROW.matcher(sheet);
    while (rows.find()) {
      last = Math.max(last, Integer.parseInt(rows.group(1)));
    }
    int first = last + 2;
    StringBuilder added = new StringBuilder();
    for (int i = 0; i < formats.size(); i++) {
      int r = first + i;
      added
          .append("<row r=\"")
          .append(r)
          .append("\"><c r=\"A")
          .append(r)
          .append("\" s=\"")
          .append(formats.get(i))
          .append("\"><v>1234.5678</v></c></row>");
    }
    String edited;
    if (sheet.contains("</sheetData>")) {
      edited = sheet.replace("</sheetData>", added + "</sheetData>");
    } else if (sheet.contains("<sheetData/>")) {
      edited = sheet.replace("<sheetData/>", "<sheetData>" + added + "</sheetData>");
    } else {
      throw new IllegalArgumentException("a sheet whose data cannot be found: " + sheetEntry);
    }
    String stylesEntry = stylesEntry(xlsx, scratch);
    byte[] bytes =
        replace(
            xlsx, Map.of(sheetEntry, edited.getBytes(StandardCharsets.UTF_8), stylesEntry, styles));
    return new Styled(bytes, first - 1);
  }

  /** A package with added cells, and the 0-based row of the first. */
  record Styled(byte[] xlsx, int firstRow) {}

  /**
   * Whether cell format {@code index} of the styles part {@code styles} has a border that Excel
   * shows and POI does not read: one drawing a line, without {@code applyBorder} set.
   */
  static boolean hasUnappliedBorder(byte[] styles, int index) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(styles));
      Element cellXfs = (Element) document.getElementsByTagNameNS(MAIN, "cellXfs").item(0);
      Element xf = (Element) cellXfs.getElementsByTagNameNS(MAIN, "xf").item(index);
      String apply = xf.getAttribute("applyBorder");
      if (apply.equals("1") || apply.equals("true")) {
        return false;
      }
      Element borders = (Element) document.getElementsByTagNameNS(MAIN, "borders").item(0);
      String id = xf.getAttribute("borderId");
      Element border =
          (Element)
              borders
                  .getElementsByTagNameNS(MAIN, "border")
                  .item(id.isEmpty() ? 0 : Integer.parseInt(id));
      NodeList sides = border.getChildNodes();
      for (int i = 0; i < sides.getLength(); i++) {
        if (sides.item(i) instanceof Element side
            && !side.getAttribute("style").isEmpty()
            && !side.getAttribute("style").equals("none")) {
          return true;
        }
      }
      return false;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  /** What POI reads from each cell format of a package's styles, in index order. */
  static List<Resolved> everyFormat(byte[] xlsx) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      List<Resolved> resolved = new ArrayList<>();
      for (int i = 0; i < workbook.getNumCellStyles(); i++) {
        resolved.add(Resolved.of(workbook.getCellStyleAt(i)));
      }
      return resolved;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
