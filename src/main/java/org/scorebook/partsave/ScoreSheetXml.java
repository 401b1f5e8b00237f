package org.scorebook.partsave;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.formula.SheetNameFormatter;
import org.scorebook.model.CellRef;
import org.scorebook.model.Scorecard;
import org.scorebook.style.Look;
import org.scorebook.style.LookIndex;
import org.scorebook.style.XmlText;
import org.scorebook.write.ScoreSheet;
import org.scorebook.write.ScoreSheetPoi;
import org.scorebook.write.ScoreSheetSink;

/**
 * The score sheet written as the XML of a worksheet part, for a workbook edited part by part rather
 * than loaded into POI: the same layout as {@link ScoreSheetPoi} gives ({@link ScoreSheet#draw}),
 * in SpreadsheetML's own elements and order. Text is written inline in its cells ({@code
 * t="inlineStr"}), so the shared strings part is left alone; each cell's format is the index {@link
 * LookIndex} gives for its look.
 *
 * <p>What the workbook part needs besides is returned with it ({@link Part}): the print titles as a
 * defined name local to the sheet. Its links go to places inside the workbook ({@code location=}),
 * so the sheet needs no relationships part.
 */
final class ScoreSheetXml implements ScoreSheetSink {
  static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  static final String PRINT_TITLES = "_xlnm.Print_Titles";

  /** Excel's height of a row whose height is not set, in points, until the sheet sets another. */
  private static final float EXCEL_ROW_POINTS = 15f;

  /** The header and footer margins of a new sheet in Excel, in inches. */
  private static final double HEADER_FOOTER_MARGIN = 0.3;

  /** Text Excel would read as an escaped character ({@code _x000D_}), unless escaped itself. */
  private static final Pattern EXCEL_ESCAPE = Pattern.compile("_(x[0-9A-Fa-f]{4}_)");

  /**
   * The worksheet part, and what goes into the workbook part with it.
   *
   * @param worksheet the part's bytes, UTF-8
   * @param printTitles the defined name of the rows printed on every page, if any
   * @param hyperlinks the links the sheet holds, each to a place in the workbook
   */
  record Part(byte[] worksheet, Optional<DefinedName> printTitles, List<Link> hyperlinks) {
    Part {
      worksheet = worksheet.clone();
      hyperlinks = List.copyOf(hyperlinks);
    }

    @Override
    public byte[] worksheet() {
      return worksheet.clone();
    }
  }

  /**
   * A defined name of the workbook part, local to one sheet.
   *
   * @param localSheetId the sheet's 0-based position among the workbook's sheets
   * @param formula what the name refers to, as Excel writes it: {@code 评分汇总!$31:$31}
   */
  record DefinedName(String name, int localSheetId, String formula) {
    /** The {@code <definedName>} element for the workbook part's {@code <definedNames>}. */
    String xml() {
      return "<definedName name=\""
          + xmlAttribute(name)
          + "\" localSheetId=\""
          + localSheetId
          + "\">"
          + xmlText(formula)
          + "</definedName>";
    }
  }

  /**
   * A link from a cell of the sheet to a place in the workbook.
   *
   * @param ref the cell, {@code D12}
   * @param location the place, {@code '指标评分'!G8}
   */
  record Link(String ref, String location) {}

  private enum Kind {
    TEXT,
    NUMBER,
    BLANK
  }

  private record Cell(Kind kind, String text, double number, int style) {}

  private static final class Row {
    final TreeMap<Integer, Cell> cells = new TreeMap<>();
    int heightTwips = -1;
  }

  private final List<String> sheetNames;
  private final int sheetIndex;
  private final LookIndex looks;
  private final Map<Look, Integer> styles = new HashMap<>();
  private final TreeMap<Integer, Row> rows = new TreeMap<>();
  private final TreeMap<Integer, Integer> widths = new TreeMap<>();
  private final List<String> merges = new ArrayList<>();
  private final Map<String, String> links = new LinkedHashMap<>();
  private float defaultRowPoints = EXCEL_ROW_POINTS;
  private boolean defaultRowSet;
  private int frozenRows;
  private Page page;

  /**
   * An empty sheet.
   *
   * @param sheetNames the names of the workbook's sheets in their order, as they will be once the
   *     sheet is in it: its own included
   * @param sheetIndex the sheet's position among them
   * @param looks the cell format of each look
   */
  ScoreSheetXml(List<String> sheetNames, int sheetIndex, LookIndex looks) {
    this.sheetNames = List.copyOf(sheetNames);
    if (sheetIndex < 0 || sheetIndex >= this.sheetNames.size()) {
      throw new IllegalArgumentException("no sheet " + sheetIndex + " in " + this.sheetNames);
    }
    this.sheetIndex = sheetIndex;
    this.looks = looks;
  }

  /**
   * The score sheet of {@code card}, laid out as {@link ScoreSheet} lays it out in POI, as a
   * worksheet part.
   *
   * @param sheetNames the workbook's sheets in their order, the score sheet among them
   * @param sheetIndex the score sheet's position
   */
  static Part write(
      Scorecard card,
      String version,
      ZonedDateTime writtenAt,
      List<String> sheetNames,
      int sheetIndex,
      LookIndex looks) {
    return write(List.of(card), version, writtenAt, sheetNames, sheetIndex, looks);
  }

  /** The score sheet of every project of a workbook, as {@link ScoreSheet} lays it out. */
  static Part write(
      List<Scorecard> cards,
      String version,
      ZonedDateTime writtenAt,
      List<String> sheetNames,
      int sheetIndex,
      LookIndex looks) {
    ScoreSheetXml sheet = new ScoreSheetXml(sheetNames, sheetIndex, looks);
    ScoreSheet.draw(sheet, cards, version, writtenAt);
    return sheet.part();
  }

  // What the layout writes

  @Override
  public void text(int row, int column, String text, Look look) {
    put(row, column, new Cell(Kind.TEXT, text, 0, style(look)));
  }

  @Override
  public void number(int row, int column, double value, Look look) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    put(row, column, new Cell(Kind.NUMBER, null, value, style(look)));
  }

  @Override
  public void blank(int row, int column, Look look) {
    put(row, column, new Cell(Kind.BLANK, null, 0, style(look)));
  }

  private void put(int row, int column, Cell cell) {
    row(row).cells.put(column, cell);
  }

  private Row row(int index) {
    return rows.computeIfAbsent(index, i -> new Row());
  }

  private int style(Look look) {
    return styles.computeIfAbsent(look, looks::xfIndex);
  }

  @Override
  public void merge(int row, int firstColumn, int lastColumn) {
    merges.add(ref(row, firstColumn) + ":" + ref(row, lastColumn));
  }

  /** As Excel keeps it: in whole twentieths of a point. */
  @Override
  public float rowHeight(int row) {
    Row found = rows.get(row);
    int twips =
        found != null && found.heightTwips >= 0 ? found.heightTwips : twips(defaultRowPoints);
    return twips / 20f;
  }

  @Override
  public void rowHeight(int row, float points) {
    row(row).heightTwips = twips(points);
  }

  /** Whole twentieths of a point, the fraction dropped; none below 0. */
  private static int twips(float points) {
    return Math.max(0, (int) (points * 20));
  }

  @Override
  public void defaultRowHeight(float points) {
    defaultRowPoints = points;
    defaultRowSet = true;
  }

  @Override
  public void columnWidth(int column, int characters) {
    widths.put(column, characters);
  }

  @Override
  public void freezeRows(int rows) {
    frozenRows = Math.max(0, rows);
  }

  @Override
  public void link(int row, int column, String location) {
    links.put(ref(row, column), location);
  }

  @Override
  public boolean hasSheet(String name) {
    return sheetNames.stream().anyMatch(name::equalsIgnoreCase);
  }

  @Override
  public void page(Page page) {
    this.page = page;
  }

  // The part

  /** The worksheet part as written so far, with the defined name and links it brings. */
  Part part() {
    Optional<DefinedName> titles =
        page == null || page.repeatedRow() < 0
            ? Optional.empty()
            : Optional.of(
                new DefinedName(
                    PRINT_TITLES,
                    sheetIndex,
                    SheetNameFormatter.format(sheetNames.get(sheetIndex))
                        + "!$"
                        + (page.repeatedRow() + 1)
                        + ":$"
                        + (page.repeatedRow() + 1)));
    List<Link> hyperlinks = new ArrayList<>();
    links.forEach((ref, location) -> hyperlinks.add(new Link(ref, location)));
    return new Part(worksheet().getBytes(StandardCharsets.UTF_8), titles, hyperlinks);
  }

  /** The elements in the order the schema (CT_Worksheet) gives them. */
  private String worksheet() {
    StringBuilder xml = new StringBuilder(4096 + rows.size() * 512);
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    xml.append("<worksheet xmlns=\"").append(MAIN_NS).append("\">");
    if (page != null) {
      xml.append("<sheetPr><pageSetUpPr autoPageBreaks=\"")
          .append(flag(page.autobreaks()))
          .append("\" fitToPage=\"1\"/></sheetPr>");
    }
    xml.append("<dimension ref=\"").append(dimension()).append("\"/>");
    sheetViews(xml);
    xml.append("<sheetFormatPr defaultRowHeight=\"")
        .append(number(defaultRowPoints))
        .append('"')
        .append(defaultRowSet ? " customHeight=\"1\"" : "")
        .append("/>");
    cols(xml);
    sheetData(xml);
    if (!merges.isEmpty()) {
      xml.append("<mergeCells count=\"").append(merges.size()).append("\">");
      merges.forEach(ref -> xml.append("<mergeCell ref=\"").append(ref).append("\"/>"));
      xml.append("</mergeCells>");
    }
    if (!links.isEmpty()) {
      xml.append("<hyperlinks>");
      links.forEach(
          (ref, location) ->
              xml.append("<hyperlink ref=\"")
                  .append(ref)
                  .append("\" location=\"")
                  .append(xmlAttribute(location))
                  .append("\"/>"));
      xml.append("</hyperlinks>");
    }
    if (page != null) {
      pageSetup(xml);
    }
    return xml.append("</worksheet>").toString();
  }

  /** The range from the first used cell to the last, A1 for an empty sheet. */
  private String dimension() {
    int firstColumn = Integer.MAX_VALUE;
    int lastColumn = -1;
    int firstRow = -1;
    int lastRow = -1;
    for (Map.Entry<Integer, Row> row : rows.entrySet()) {
      if (row.getValue().cells.isEmpty()) {
        continue;
      }
      firstRow = firstRow < 0 ? row.getKey() : firstRow;
      lastRow = row.getKey();
      firstColumn = Math.min(firstColumn, row.getValue().cells.firstKey());
      lastColumn = Math.max(lastColumn, row.getValue().cells.lastKey());
    }
    if (lastRow < 0) {
      return "A1";
    }
    String first = ref(firstRow, firstColumn);
    String last = ref(lastRow, lastColumn);
    return first.equals(last) ? first : first + ":" + last;
  }

  /** The one view: the tab selected, gridlines as the page says, the heading frozen. */
  private void sheetViews(StringBuilder xml) {
    xml.append("<sheetViews><sheetView");
    if (page != null && !page.gridlines()) {
      xml.append(" showGridLines=\"0\"");
    }
    xml.append(" tabSelected=\"1\" workbookViewId=\"0\"");
    if (frozenRows == 0) {
      xml.append("/></sheetViews>");
      return;
    }
    xml.append("><pane ySplit=\"")
        .append(frozenRows)
        .append("\" topLeftCell=\"")
        .append(ref(frozenRows, 0))
        .append("\" activePane=\"bottomLeft\" state=\"frozen\"/>")
        .append("<selection pane=\"bottomLeft\"/></sheetView></sheetViews>");
  }

  private void cols(StringBuilder xml) {
    if (widths.isEmpty()) {
      return;
    }
    xml.append("<cols>");
    widths.forEach(
        (column, characters) ->
            xml.append("<col min=\"")
                .append(column + 1)
                .append("\" max=\"")
                .append(column + 1)
                .append("\" width=\"")
                .append(characters)
                .append("\" customWidth=\"1\"/>"));
    xml.append("</cols>");
  }

  private void sheetData(StringBuilder xml) {
    xml.append("<sheetData>");
    for (Map.Entry<Integer, Row> entry : rows.entrySet()) {
      Row row = entry.getValue();
      xml.append("<row r=\"").append(entry.getKey() + 1).append('"');
      if (row.heightTwips >= 0) {
        xml.append(" ht=\"")
            .append(plain(BigDecimal.valueOf(row.heightTwips, 0).divide(BigDecimal.valueOf(20))))
            .append("\" customHeight=\"1\"");
      }
      if (row.cells.isEmpty()) {
        xml.append("/>");
        continue;
      }
      xml.append('>');
      row.cells.forEach((column, cell) -> cell(xml, entry.getKey(), column, cell));
      xml.append("</row>");
    }
    xml.append("</sheetData>");
  }

  private static void cell(StringBuilder xml, int row, int column, Cell cell) {
    xml.append("<c r=\"").append(ref(row, column)).append('"');
    if (cell.style() != 0) {
      xml.append(" s=\"").append(cell.style()).append('"');
    }
    switch (cell.kind()) {
      case TEXT ->
          xml.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
              .append(xmlText(excelEscaped(cell.text())))
              .append("</t></is></c>");
      case NUMBER -> xml.append("><v>").append(number(cell.number())).append("</v></c>");
      case BLANK -> xml.append("/>");
    }
  }

  private void pageSetup(StringBuilder xml) {
    if (page.horizontallyCentered() || page.gridlines()) {
      xml.append("<printOptions")
          .append(page.horizontallyCentered() ? " horizontalCentered=\"1\"" : "")
          .append(page.gridlines() ? " gridLines=\"1\"" : "")
          .append("/>");
    }
    Margins margins = page.margins();
    xml.append("<pageMargins left=\"")
        .append(number(margins.left()))
        .append("\" right=\"")
        .append(number(margins.right()))
        .append("\" top=\"")
        .append(number(margins.top()))
        .append("\" bottom=\"")
        .append(number(margins.bottom()))
        .append("\" header=\"")
        .append(number(HEADER_FOOTER_MARGIN))
        .append("\" footer=\"")
        .append(number(HEADER_FOOTER_MARGIN))
        .append("\"/>");
    xml.append("<pageSetup paperSize=\"")
        .append(page.paperSize())
        .append("\" orientation=\"")
        .append(page.landscape() ? "landscape" : "portrait")
        .append("\" fitToWidth=\"")
        .append(page.pagesWide())
        .append("\" fitToHeight=\"")
        .append(page.pagesHigh())
        .append("\"/>");
    if (!page.footerCenter().isEmpty()) {
      xml.append("<headerFooter><oddFooter>")
          .append(xmlText("&C" + page.footerCenter()))
          .append("</oddFooter></headerFooter>");
    }
  }

  // Writing values

  /** {@code D12} for row 11, column 3. */
  static String ref(int row, int column) {
    return CellRef.columnLetters(column) + (row + 1);
  }

  private static String flag(boolean value) {
    return value ? "1" : "0";
  }

  /**
   * The shortest decimal that reads back as exactly {@code value}: {@code 0.1}, {@code 57.2},
   * {@code 100}, {@code 1.5E-7}.
   */
  static String number(double value) {
    if (value == 0) {
      return 1 / value < 0 ? "-0" : "0";
    }
    BigDecimal exact = new BigDecimal(value);
    for (int digits = 1; ; digits++) {
      BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
      if (rounded.doubleValue() == value || digits >= 17) {
        return plain(rounded);
      }
    }
  }

  /** The shortest decimal that reads back as exactly {@code value} as a float: {@code 18.3}. */
  static String number(float value) {
    if (value == 0 || !Float.isFinite(value)) {
      return number((double) value);
    }
    BigDecimal exact = new BigDecimal(value);
    for (int digits = 1; ; digits++) {
      BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
      if (rounded.floatValue() == value || digits >= 9) {
        return plain(rounded);
      }
    }
  }

  /** A decimal without trailing zeros, in plain digits unless its exponent is far from zero. */
  private static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    int exponent = stripped.precision() - stripped.scale() - 1;
    return exponent >= -6 && exponent < 21 ? stripped.toPlainString() : stripped.toString();
  }

  /**
   * {@code text} with every {@code _xHHHH_} in it escaped as Excel escapes it ({@code
   * _x005F_xHHHH_}), so that it reads back as typed, not as the character it looks like.
   */
  static String excelEscaped(String text) {
    if (text.indexOf("_x") < 0) {
      return text;
    }
    return EXCEL_ESCAPE.matcher(text).replaceAll(Matcher.quoteReplacement("_x005F_") + "$1");
  }

  static String xmlText(String value) {
    return XmlText.text(value);
  }

  static String xmlAttribute(String value) {
    return XmlText.attribute(value);
  }
}
