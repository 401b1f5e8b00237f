package org.scorebook.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHighlightColor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * A Word document as Chinese offices expect one, built top to bottom: A4, body in 仿宋_GB2312 (the
 * font table names 仿宋 and the GB2312 character set, so Word substitutes 仿宋 or 宋体 where it is
 * missing), headings in 黑体 as Word's own {@code heading 1}/{@code heading 2} styles with outline
 * levels (navigation pane, table of contents), tables whose header row repeats on every page, the
 * page number in the footer. Every text passes {@link ReportText#clean}. Knows nothing of
 * evaluations: a project's report and a department's use it alike.
 */
public final class ReportDocument implements AutoCloseable {
  /** A4 in twentieths of a point. */
  private static final int PAGE_WIDTH = 11906;

  private static final int PAGE_HEIGHT = 16838;
  private static final int MARGIN_SIDE = 1588;
  private static final int MARGIN_TOP = 1440;

  /** The width tables fill: the page less its margins. */
  public static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_SIDE;

  /** What a placeholder says before what is to be written: 【待补充】. */
  public static final String PLACEHOLDER_MARK = "【待补充】";

  /** The width tables fill in a landscape section: the page's height less narrower margins. */
  public static final int LANDSCAPE_TEXT_WIDTH = PAGE_HEIGHT - 2 * MARGIN_TOP;

  private final XWPFDocument document = new XWPFDocument();
  private final List<String[]> headings = new java.util.ArrayList<>();
  private XWPFParagraph tocEnd;
  private int textWidth = TEXT_WIDTH;

  public ReportDocument() {
    try {
      document
          .createStyles()
          .setStyles(StylesDocument.Factory.parse(resource("styles.xml")).getStyles());
      addFontTable();
    } catch (IOException | XmlException | InvalidFormatException e) {
      throw new IllegalStateException("the report's own styles cannot be read", e);
    }
    page();
  }

  private static String resource(String name) throws IOException {
    try (var in = ReportDocument.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** word/fontTable.xml: each Chinese font with its alternative name and character set. */
  private void addFontTable() throws IOException, InvalidFormatException {
    PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
    PackagePart part =
        document
            .getPackage()
            .createPart(
                name,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
    try (OutputStream out = part.getOutputStream()) {
      out.write(resource("fontTable.xml").getBytes(StandardCharsets.UTF_8));
    }
    document
        .getPackagePart()
        .addRelationship(
            name,
            TargetMode.INTERNAL,
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable");
  }

  /** A4 portrait, margins of 2.8 cm left and right, 2.54 cm top and bottom, page number below. */
  private void page() {
    CTSectPr section = document.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(PAGE_HEIGHT));
    CTPageMar margins = section.addNewPgMar();
    margins.setLeft(BigInteger.valueOf(MARGIN_SIDE));
    margins.setRight(BigInteger.valueOf(MARGIN_SIDE));
    margins.setTop(BigInteger.valueOf(MARGIN_TOP));
    margins.setBottom(BigInteger.valueOf(MARGIN_TOP));
    margins.setHeader(BigInteger.valueOf(851));
    margins.setFooter(BigInteger.valueOf(992));
    margins.setGutter(BigInteger.ZERO);
    XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
    XWPFParagraph line = footer.createParagraph();
    line.setStyle("Footer");
    line.setAlignment(ParagraphAlignment.CENTER);
    line.createRun().setText("— ");
    field(line, "PAGE", "1");
    line.createRun().setText(" —");
  }

  /**
   * Ends the portrait pages here and continues on A4 landscape pages (with the same footer), for a
   * table too wide for a portrait page; tables from here on fill the landscape width.
   */
  public void landscape() {
    CTSectPr body = document.getDocument().getBody().getSectPr();
    if (textWidth == LANDSCAPE_TEXT_WIDTH) {
      return;
    }
    XWPFParagraph end = document.createParagraph();
    end.getCTP().addNewPPr().setSectPr((CTSectPr) body.copy());
    CTPageSz size = body.getPgSz();
    size.setW(BigInteger.valueOf(PAGE_HEIGHT));
    size.setH(BigInteger.valueOf(PAGE_WIDTH));
    size.setOrient(STPageOrientation.LANDSCAPE);
    CTPageMar margins = body.getPgMar();
    margins.setLeft(BigInteger.valueOf(MARGIN_TOP));
    margins.setRight(BigInteger.valueOf(MARGIN_TOP));
    margins.setTop(BigInteger.valueOf(1134));
    margins.setBottom(BigInteger.valueOf(1134));
    margins.setHeader(BigInteger.valueOf(567));
    margins.setFooter(BigInteger.valueOf(567));
    textWidth = LANDSCAPE_TEXT_WIDTH;
  }

  /**
   * A field Word computes ({@code PAGE}, {@code NUMPAGES}), showing {@code shown} until it does.
   */
  private static void field(XWPFParagraph paragraph, String instruction, String shown) {
    CTP p = paragraph.getCTP();
    CTSimpleField field = p.addNewFldSimple();
    field.setInstr(" " + instruction + " ");
    field.addNewR().addNewT().setStringValue(shown);
  }

  /** The cover's title: large, centred, 黑体. */
  public void title(String text) {
    paragraph("Title", text, ParagraphAlignment.CENTER);
  }

  /** A centred line (the cover's fields, a table's caption). */
  public void centered(String text) {
    paragraph("Centered", text, ParagraphAlignment.CENTER);
  }

  /** A cover line: 项目名称：… left aligned under the title. */
  public void coverLine(String label, String value) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setStyle("CoverLine");
    XWPFRun run = paragraph.createRun();
    run.setText(ReportText.clean(label) + "：" + ReportText.clean(value));
  }

  /** Empty lines, to place the cover's parts on the page. */
  public void space(int lines) {
    for (int i = 0; i < lines; i++) {
      document.createParagraph().setStyle("Centered");
    }
  }

  public void pageBreak() {
    document.createParagraph().createRun().addBreak(org.apache.poi.xwpf.usermodel.BreakType.PAGE);
  }

  /** A heading of level 1 or 2, in Word's own heading styles. */
  public void heading(int level, String text) {
    paragraph(level <= 1 ? "Heading1" : "Heading2", text, null);
    headings.add(new String[] {level <= 1 ? "1" : "2", ReportText.clean(text)});
  }

  /** A heading not listed in the table of contents (摘要's own parts). */
  public void subheading(String text) {
    paragraph("Subheading", text, null);
  }

  /** Body text, first line indented by two characters; each line of {@code text} a paragraph. */
  public void paragraph(String text) {
    for (String line : ReportText.clean(text).split("\n")) {
      if (!line.isBlank()) {
        paragraph("BodyText", line.strip(), null);
      }
    }
  }

  /**
   * Body text with a highlighted 【待补充】 and what is to be written there, for what the tool cannot
   * know.
   */
  public void placeholder(String what) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setStyle("BodyText");
    XWPFRun run = paragraph.createRun();
    run.setText(PLACEHOLDER_MARK + ReportText.clean(what));
    run.getCTR().addNewRPr().addNewHighlight().setVal(STHighlightColor.YELLOW);
  }

  /**
   * A table of contents: a TOC field over the level 1 and 2 headings, showing the headings (without
   * page numbers) until Word updates it, which it offers to do when the document is opened.
   */
  public void tableOfContents(String title, String hint) {
    centered(title);
    XWPFParagraph start = document.createParagraph();
    start.setStyle("TOC1");
    start.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    start.createRun().getCTR().addNewInstrText().setStringValue(" TOC \\o \"1-2\" \\h \\z \\u ");
    start.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    tocEnd = document.createParagraph();
    tocEnd.setStyle("TOC1");
    tocEnd.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    note(hint);
    document.enforceUpdateFields();
  }

  /** The headings so far into the table of contents' shown result, before its end. */
  private void fillTableOfContents() {
    if (tocEnd == null) {
      return;
    }
    for (String[] heading : headings) {
      XWPFParagraph entry = document.insertNewParagraph(tocEnd.getCTP().newCursor());
      entry.setStyle(heading[0].equals("1") ? "TOC1" : "TOC2");
      entry.createRun().setText(heading[1]);
    }
    tocEnd = null;
  }

  /** A small closing note, not part of the report's text (who drafted it, when). */
  public void note(String text) {
    paragraph("Note", text, null);
  }

  private XWPFParagraph paragraph(String style, String text, ParagraphAlignment alignment) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setStyle(style);
    if (alignment != null) {
      paragraph.setAlignment(alignment);
    }
    String clean = ReportText.clean(text);
    if (!clean.isEmpty()) {
      XWPFRun run = paragraph.createRun();
      String[] lines = clean.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          run.addBreak();
        }
        run.setText(lines[i], i);
      }
    }
    return paragraph;
  }

  /**
   * A table with a caption above it, a bold header row repeated on every page, and columns of the
   * given relative widths.
   */
  public Table table(String caption, List<String> header, int... widths) {
    if (caption != null && !caption.isBlank()) {
      paragraph("Caption", caption, ParagraphAlignment.CENTER);
    }
    Table table = new Table(header, widths);
    document.createParagraph().setStyle("AfterTable");
    return table;
  }

  /** How a table cell is set: left (names), centred (numbers), indented by levels, bold. */
  public record Cell(String text, boolean centered, int indent, boolean strong) {
    public static Cell text(String text) {
      return new Cell(text, false, 0, false);
    }

    public static Cell number(String text) {
      return new Cell(text, true, 0, false);
    }

    public Cell bold() {
      return new Cell(text, centered, indent, true);
    }

    public Cell indented(int levels) {
      return new Cell(text, centered, Math.max(0, levels), strong);
    }
  }

  /** A table being filled row by row. */
  public final class Table {
    private final XWPFTable table;
    private final int[] twips;
    private boolean first = true;

    private Table(List<String> header, int[] widths) {
      table = document.createTable();
      table.setStyleID("TableGrid");
      table.setTableAlignment(TableRowAlign.CENTER);
      CTTblWidth width =
          table.getCTTbl().getTblPr().isSetTblW()
              ? table.getCTTbl().getTblPr().getTblW()
              : table.getCTTbl().getTblPr().addNewTblW();
      width.setType(STTblWidth.DXA);
      width.setW(BigInteger.valueOf(textWidth));
      twips = twips(widths, header.size());
      CTTblGrid grid =
          table.getCTTbl().getTblGrid() != null
              ? table.getCTTbl().getTblGrid()
              : table.getCTTbl().addNewTblGrid();
      while (grid.sizeOfGridColArray() > 0) {
        grid.removeGridCol(0);
      }
      for (int w : twips) {
        grid.addNewGridCol().setW(BigInteger.valueOf(w));
      }
      XWPFTableRow row = row(header.stream().map(h -> Cell.number(h).bold()).toList());
      row.setRepeatHeader(true);
      row.setCantSplitRow(true);
    }

    private int[] twips(int[] widths, int columns) {
      int[] relative = widths.length == columns ? widths : new int[columns];
      if (widths.length != columns) {
        java.util.Arrays.fill(relative, 1);
      }
      int sum = java.util.Arrays.stream(relative).sum();
      int[] out = new int[columns];
      for (int i = 0; i < columns; i++) {
        out[i] = textWidth * relative[i] / sum;
      }
      return out;
    }

    /** Adds a row; cells beyond the header's columns are ignored, missing ones left empty. */
    public XWPFTableRow row(List<Cell> cells) {
      XWPFTableRow row = first ? table.getRow(0) : table.createRow();
      for (int c = 0; c < twips.length; c++) {
        XWPFTableCell cell =
            c < row.getTableCells().size() ? row.getCell(c) : row.addNewTableCell();
        CTTblWidth w = cell.getCTTc().addNewTcPr().addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(twips[c]));
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        fill(cell, c < cells.size() ? cells.get(c) : Cell.text(""));
      }
      first = false;
      row.setCantSplitRow(true);
      return row;
    }

    private void fill(XWPFTableCell cell, Cell content) {
      XWPFParagraph paragraph = cell.getParagraphs().get(0);
      paragraph.setStyle("TableText");
      paragraph.setAlignment(
          content.centered() ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
      if (content.indent() > 0) {
        paragraph.setIndentationLeft(content.indent() * 210);
      }
      String text = ReportText.clean(content.text());
      if (text.isEmpty()) {
        return;
      }
      XWPFRun run = paragraph.createRun();
      run.setBold(content.strong());
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          run.addBreak();
        }
        run.setText(lines[i], i);
      }
    }
  }

  /** Writes the document; the caller owns the stream. */
  public void write(OutputStream out) throws IOException {
    fillTableOfContents();
    document.write(out);
  }

  /** The document as POI holds it, for a caller that needs what this builder does not offer. */
  public XWPFDocument document() {
    return document;
  }

  /** Releases what POI holds; the document cannot be written afterwards. */
  public void close() {
    try {
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
