package org.scorebook.partsave;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellAddress;
import org.scorebook.partsave.XmlSheets.ContentType;
import org.scorebook.partsave.XmlSheets.Relationship;
import org.scorebook.write.EditedSheet;

/**
 * An existing worksheet part edited as XML, without loading the workbook: it reads what the writers
 * ask from the part's bytes (formats, values with the shared strings the caller gives, widths,
 * heights) and from the sheet's comments part and VML drawing, keeps their edits, and writes the
 * new sheet part through {@link SheetXmlPatch}, with the comments part and the drawing as POI
 * writes them. What it cannot do as POI would ({@link UnsupportedEdit}) leaves the caller to save
 * with POI.
 *
 * <p>A text is written inline in its cell ({@code t="inlineStr"}), so the shared strings stay as
 * they are.
 */
final class XmlSheet implements EditedSheet {
  static final String COMMENTS_TYPE = WorksheetScan.RELATIONSHIPS + "/comments";
  static final String VML_TYPE = WorksheetScan.RELATIONSHIPS + "/vmlDrawing";
  static final String COMMENTS_CONTENT =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
  static final String VML_CONTENT = "application/vnd.openxmlformats-officedocument.vmlDrawing";

  /** Why an edit cannot be made as XML as POI would make it: the caller saves with POI instead. */
  static final class UnsupportedEdit extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnsupportedEdit(String message) {
      super(message);
    }

    UnsupportedEdit(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** A cell's new content ({@code xml} without its {@code s}), or null for a new format only. */
  private record CellEdit(Content content, int format) {}

  private sealed interface Content {}

  private record NumberContent(double value) implements Content {}

  private record TextContent(String text) implements Content {}

  private record BlankContent() implements Content {}

  private final XmlSheets.SheetPart part;
  private final XmlSheets.Package pack;
  private WorksheetScan scan;
  private XmlComments comments;

  private final NavigableMap<Integer, NavigableMap<Integer, CellEdit>> edits = new TreeMap<>();
  private final Map<Integer, Float> heights = new TreeMap<>();
  private final TreeMap<Integer, Integer> widths = new TreeMap<>();
  private final Set<CellAddress> formulasRemoved = new TreeSet<>();
  private final List<Finish> finishes = new ArrayList<>();
  private SheetFormulas formulas;

  /**
   * What a caller adds to the sheet's patch once the edits are in it, before its one pass over the
   * part: the patch as the edits leave it, cached values of formulas included.
   */
  @FunctionalInterface
  interface Finish {
    void finish(SheetXmlPatch patch) throws IOException;
  }

  XmlSheet(XmlSheets.SheetPart part, XmlSheets.Package pack) {
    this.part = part;
    this.pack = pack;
  }

  @Override
  public String name() {
    return part.name();
  }

  /** The worksheet part's name in the package, such as {@code xl/worksheets/sheet1.xml}. */
  String partName() {
    return part.partName();
  }

  @Override
  public SpreadsheetVersion version() {
    return SpreadsheetVersion.EXCEL2007;
  }

  /**
   * Has {@code finish} add to the sheet's patch when it is written, after the edits and the
   * finishes given before; the sheet is written even without edits.
   */
  void finishWith(Finish finish) {
    finishes.add(finish);
  }

  /** Whether anything was changed. */
  boolean changed() {
    return !edits.isEmpty()
        || !finishes.isEmpty()
        || !heights.isEmpty()
        || !widths.isEmpty()
        || comments != null && comments.changed();
  }

  // Reading

  private WorksheetScan scan() {
    if (scan == null) {
      try {
        scan = WorksheetScan.of(pack.read(part.partName()), pack.sharedStrings());
      } catch (IOException e) {
        throw new UnsupportedEdit(name() + ": " + e.getMessage(), e);
      }
      if (scan.unsupported != null) {
        throw new UnsupportedEdit(name() + ": " + scan.unsupported);
      }
    }
    return scan;
  }

  @Override
  public List<Integer> columns(int row) {
    TreeSet<Integer> columns = new TreeSet<>();
    NavigableMap<Integer, WorksheetScan.Cell> found = scan().rows.get(row);
    if (found != null) {
      columns.addAll(found.keySet());
    }
    NavigableMap<Integer, CellEdit> edited = edits.get(row);
    if (edited != null) {
      columns.addAll(edited.keySet());
    }
    return new ArrayList<>(columns);
  }

  @Override
  public OptionalInt format(int row, int column) {
    CellEdit edit = edit(row, column);
    if (edit != null) {
      return OptionalInt.of(edit.format());
    }
    WorksheetScan.Cell cell = scan().cell(row, column);
    if (cell == null) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(cell.format() >= 0 ? cell.format() : newCellFormat(column));
  }

  @Override
  public int newCellFormat(int column) {
    WorksheetScan.Column col = scan().column(column);
    String style = col == null ? null : col.attributes().get("style");
    return style == null ? 0 : Integer.parseInt(style.trim());
  }

  @Override
  public CellValue value(int row, int column) {
    CellEdit edit = edit(row, column);
    if (edit != null && edit.content() != null) {
      if (edit.content() instanceof TextContent text) {
        return CellValue.text(text.text());
      }
      return edit.content() instanceof NumberContent
          ? CellValue.of(CellValue.Kind.NUMBER)
          : CellValue.BLANK;
    }
    WorksheetScan.Cell cell = scan().cell(row, column);
    return cell == null ? CellValue.BLANK : cell.value();
  }

  /**
   * A formula of the cell alone; a shared formula or one over an array, which the XML edits do not
   * rewrite for the other cells, leaves the workbook to POI's save.
   */
  @Override
  public Optional<String> formula(int row, int column) {
    CellEdit edit = edit(row, column);
    WorksheetScan.Cell cell = scan().cell(row, column);
    if ((edit == null || edit.content() == null) && cell != null && cell.formula() != null) {
      Optional<SheetFormulas.Stored> stored = formulas().stored(row, column);
      if (stored.isEmpty() || !stored.get().ownFormula()) {
        throw new StreamingSave.Declined(
            name()
                + "!"
                + new CellAddress(row, column)
                + " holds a formula a result would replace");
      }
      return Optional.of(stored.get().formula());
    }
    return Optional.empty();
  }

  /**
   * What the formula gives with the results written so far: calculated again when it reads one of
   * them, its saved value otherwise. A formula that cannot be calculated exactly, or that reads
   * nothing written and has no saved value, leaves the workbook to POI's save.
   */
  @Override
  public OptionalDouble calculated(int row, int column) {
    CellAddress at = new CellAddress(row, column);
    Set<CellAddress> written = written();
    Set<CellAddress> reading = formulas().reading(written);
    CellFormula.Value value;
    if (reading.contains(at)) {
      try {
        value = formulas().evaluate(Set.of(at), reading, written, this::currentValue).get(at);
      } catch (CellFormula.Unsupported e) {
        throw new StreamingSave.Declined(name() + "!" + at + ": " + e.getMessage());
      }
    } else {
      value = storedValue(at);
      if (value == null || value.kind() == CellFormula.Value.Kind.BLANK) {
        throw new StreamingSave.Declined(name() + "!" + at + " has no saved result");
      }
    }
    return value.kind() == CellFormula.Value.Kind.NUMBER
        ? OptionalDouble.of(value.number())
        : OptionalDouble.empty();
  }

  private SheetFormulas formulas() {
    if (formulas == null) {
      try {
        formulas = SheetFormulas.read(pack.read(part.partName()));
      } catch (IOException | javax.xml.stream.XMLStreamException e) {
        throw new UnsupportedEdit(name() + ": " + e.getMessage(), e);
      }
    }
    return formulas;
  }

  /** The cells given a value, a text or a blank here. */
  private Set<CellAddress> written() {
    Set<CellAddress> written = new TreeSet<>();
    edits.forEach(
        (row, cells) ->
            cells.forEach(
                (column, edit) -> {
                  if (edit.content() != null) {
                    written.add(new CellAddress(row, column));
                  }
                }));
    return written;
  }

  /** A cell's value with the edits made: a formula's as the file saved it. */
  private CellFormula.Value currentValue(int row, int column) throws CellFormula.Unsupported {
    CellEdit edit = edit(row, column);
    if (edit != null && edit.content() != null) {
      if (edit.content() instanceof NumberContent number) {
        return CellFormula.Value.number(number.value());
      }
      return edit.content() instanceof TextContent text
          ? CellFormula.Value.text(text.text())
          : CellFormula.Value.BLANK;
    }
    CellFormula.Value stored = storedValue(new CellAddress(row, column));
    if (stored == null) {
      throw new CellFormula.Unsupported(name() + "!" + new CellAddress(row, column) + " unread");
    }
    return stored;
  }

  /**
   * The cell's value as the file saved it, a text's from the scan; null for one not read here (a
   * date).
   */
  private CellFormula.Value storedValue(CellAddress at) {
    WorksheetScan.Cell scanned = scan().cell(at.getRow(), at.getColumn());
    if (scanned != null && scanned.value().isText()) {
      return CellFormula.Value.text(scanned.value().text());
    }
    Optional<SheetFormulas.Stored> stored = formulas().stored(at.getRow(), at.getColumn());
    return stored.isEmpty() ? CellFormula.Value.BLANK : stored.get().value();
  }

  @Override
  public int columnWidth(int column) {
    Integer set = widths.get(column);
    if (set != null) {
      return set;
    }
    WorksheetScan.Column col = scan().column(column);
    String width = col == null ? null : col.attributes().get("width");
    double characters = width == null ? scan().baseColumnWidth : Double.parseDouble(width);
    return Math.toIntExact(Math.round(characters * 256));
  }

  @Override
  public float rowHeight(int row) {
    Float set = heights.get(row);
    if (set != null) {
      return set;
    }
    Float own = scan().heights.get(row);
    return own != null ? own : scan().defaultRowHeight;
  }

  private CellEdit edit(int row, int column) {
    NavigableMap<Integer, CellEdit> cells = edits.get(row);
    return cells == null ? null : cells.get(column);
  }

  // Writing

  @Override
  public void setNumber(int row, int column, double value, int format) {
    content(row, column, new NumberContent(value), format);
  }

  @Override
  public void setText(int row, int column, String text, int format) {
    content(row, column, new TextContent(text), format);
  }

  @Override
  public void setBlank(int row, int column, int format) {
    content(row, column, new BlankContent(), format);
  }

  @Override
  public void setFormat(int row, int column, int format) {
    CellEdit before = edit(row, column);
    put(row, column, new CellEdit(before == null ? null : before.content(), format));
  }

  /**
   * A new value: the formula the cell held goes, which POI can do for a formula of the cell alone;
   * a shared formula's first cell or a cell of an array formula over several cells it rewrites
   * other cells for, which the XML edits do not.
   */
  private void content(int row, int column, Content content, int format) {
    WorksheetScan.Cell cell = scan().cell(row, column);
    if (cell != null && cell.formula() != null && cell.formula().coversOthers(row, column)) {
      throw new UnsupportedEdit(
          name() + "!" + new CellAddress(row, column) + " holds a formula for other cells too");
    }
    if (scan().inArrayRange(row, column)) {
      throw new UnsupportedEdit(
          name() + "!" + new CellAddress(row, column) + " is part of an array formula");
    }
    if (cell != null && cell.formula() != null) {
      formulasRemoved.add(new CellAddress(row, column));
    }
    put(row, column, new CellEdit(content, format));
  }

  private void put(int row, int column, CellEdit edit) {
    scan();
    edits.computeIfAbsent(row, r -> new TreeMap<>()).put(column, edit);
  }

  @Override
  public void setColumnWidth(int column, int width) {
    if (width > 255 * 256) {
      throw new IllegalArgumentException("The maximum column width is 255 characters: " + width);
    }
    scan();
    widths.put(column, width);
  }

  @Override
  public void setRowHeight(int row, float points) {
    scan();
    heights.put(row, points);
  }

  // Comments

  private XmlComments notes() {
    if (comments == null) {
      try {
        Optional<byte[]> commentsPart =
            part.comments().isPresent()
                ? Optional.of(pack.read(part.comments().get()))
                : Optional.empty();
        Optional<String> vml = vmlPart();
        comments =
            new XmlComments(
                commentsPart,
                vml.isPresent() ? Optional.of(pack.read(vml.get())) : Optional.empty());
      } catch (IOException e) {
        throw new UnsupportedEdit(name() + ": " + e.getMessage(), e);
      }
    }
    return comments;
  }

  /** The VML drawing that {@code <legacyDrawing>} names, if the sheet has one. */
  private Optional<String> vmlPart() {
    String id = scan().legacyDrawing;
    if (id == null) {
      return Optional.empty();
    }
    Relationship found = part.relationships().get(id);
    return found == null || !found.type().equals(VML_TYPE)
        ? Optional.empty()
        : Optional.of(found.target());
  }

  @Override
  public Map<CellAddress, Note> comments() {
    if (part.comments().isEmpty() && comments == null) {
      return Map.of(); // no comments part, nothing added: no comments, without reading the sheet
    }
    return notes().comments();
  }

  @Override
  public Optional<Note> comment(int row, int column) {
    if (part.comments().isEmpty() && comments == null) {
      return Optional.empty();
    }
    return notes().comment(new CellAddress(row, column));
  }

  @Override
  public void setComment(int row, int column, Note note, CommentBox box) {
    notes().set(new CellAddress(row, column), note, box);
  }

  @Override
  public void removeComment(int row, int column) {
    if (part.comments().isPresent() || comments != null) {
      notes().remove(new CellAddress(row, column));
    }
  }

  // Output

  /**
   * The sheet's changed and new parts, and what the package must add for new ones.
   *
   * @param parts entry name → new bytes: the worksheet, and its comments and drawing when they
   *     changed
   * @param relationshipsPart the entry of the sheet's relationships (which may not exist yet)
   * @param relationships what that part must add: the new comments part's and drawing's
   * @param contentTypes overrides {@code [Content_Types].xml} must add for the new parts
   * @param formulasRemoved cells whose formula was replaced by a value, for the calculation chain
   * @param formulasStale cells whose formula reads a result but could not be calculated here: their
   *     cached values are as the file saved them
   */
  record Output(
      Map<String, byte[]> parts,
      String relationshipsPart,
      List<Relationship> relationships,
      List<ContentType> contentTypes,
      Set<CellAddress> formulasRemoved,
      Set<CellAddress> formulasStale) {}

  Output write() throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    List<Relationship> relationships = new ArrayList<>();
    List<ContentType> types = new ArrayList<>();
    SheetXmlPatch patch = new SheetXmlPatch();
    if (!changed()) {
      return new Output(
          parts,
          part.relationshipsPart(),
          relationships,
          types,
          Set.copyOf(formulasRemoved),
          Set.of());
    }
    edits.forEach(
        (row, cells) ->
            cells.forEach(
                (column, edit) -> {
                  if (edit.content() == null) {
                    patch.format(row, column, edit.format());
                  } else {
                    patch.cell(row, column, cellXml(edit));
                  }
                }));
    Set<CellAddress> stale = edits.isEmpty() ? Set.of() : cachedValues(patch);
    heights.forEach(patch::height);
    if (!widths.isEmpty()) {
      patch.element("cols", colsXml());
    }
    if (comments != null && comments.changed()) {
      writeComments(patch, parts, relationships, types);
    }
    if (!finishes.isEmpty()) {
      patch.cellsAsCopied(); // as they read when the finishes were a pass of their own
    }
    for (Finish finish : finishes) {
      finish.finish(patch);
    }
    LinkedHashMap<String, byte[]> ordered = new LinkedHashMap<>();
    ordered.put(part.partName(), patch.apply(pack.read(part.partName())));
    ordered.putAll(parts);
    return new Output(
        ordered,
        part.relationshipsPart(),
        relationships,
        types,
        Set.copyOf(formulasRemoved),
        Set.copyOf(stale));
  }

  /** The comments part and its drawing, each added with its relationship where there was none. */
  private void writeComments(
      SheetXmlPatch patch,
      Map<String, byte[]> parts,
      List<Relationship> relationships,
      List<ContentType> types)
      throws IOException {
    Set<String> ids = new LinkedHashSet<>(part.ids());
    String commentsName = part.comments().orElse(null);
    if (commentsName == null) {
      commentsName = pack.newPartName("xl/comments", ".xml");
      String id = pack.newId(ids);
      relationships.add(
          new Relationship(id, COMMENTS_TYPE, XmlSheets.relative(part.partName(), commentsName)));
      types.add(new ContentType("/" + commentsName, COMMENTS_CONTENT));
    }
    String vmlName = vmlPart().orElse(null);
    if (vmlName == null) {
      vmlName = pack.newPartName("xl/drawings/vmlDrawing", ".vml");
      String id = pack.newId(ids);
      relationships.add(
          new Relationship(id, VML_TYPE, XmlSheets.relative(part.partName(), vmlName)));
      types.add(new ContentType("/" + vmlName, VML_CONTENT));
      patch.element("legacyDrawing", "<legacyDrawing r:id=\"" + id + "\"/>");
    }
    parts.put(
        commentsName,
        comments.commentsXml(
            part.comments().isPresent()
                ? Optional.of(pack.read(part.comments().get()))
                : Optional.empty()));
    parts.put(vmlName, comments.vmlXml());
  }

  /**
   * Writes the new cached value of every formula that reads a cell written here, as a reader that
   * does not calculate shows it; the cells of those it cannot calculate are returned.
   */
  private Set<CellAddress> cachedValues(SheetXmlPatch patch) {
    Set<CellAddress> written = written();
    Set<CellAddress> reading = formulas().reading(written);
    Map<CellAddress, CellFormula.Value> values = new TreeMap<>();
    Set<CellAddress> stale = new TreeSet<>();
    try {
      values.putAll(formulas().evaluate(reading, reading, written, this::currentValue));
    } catch (CellFormula.Unsupported all) {
      for (CellAddress at : reading) { // one by one, to keep those that can be calculated
        try {
          values.putAll(formulas().evaluate(Set.of(at), reading, written, this::currentValue));
        } catch (CellFormula.Unsupported e) {
          stale.add(at);
        }
      }
    }
    values.forEach(
        (at, value) -> {
          SheetFormulas.Stored cell = formulas().stored(at.getRow(), at.getColumn()).orElseThrow();
          CellEdit edit = edit(at.getRow(), at.getColumn());
          String style = edit != null ? String.valueOf(edit.format()) : cell.style();
          patch.cell(at.getRow(), at.getColumn(), formulaXml(cell, style, value));
        });
    return stale;
  }

  /** A formula cell as it was, with {@code value} as its cached result, as POI stores it. */
  private static String formulaXml(
      SheetFormulas.Stored cell, String style, CellFormula.Value value) {
    StringBuilder xml = new StringBuilder("<c");
    if (style != null) {
      xml.append(" s=\"").append(Ooxml.attribute(style)).append('"');
    }
    String cached =
        switch (value.kind()) {
          case ERROR -> value.error();
          case TEXT -> value.text();
          case BOOLEAN -> value.isTrue() ? "1" : "0";
          default -> String.valueOf(value.number());
        };
    switch (value.kind()) {
      case ERROR -> xml.append(" t=\"e\"");
      case TEXT -> xml.append(" t=\"str\"");
      case BOOLEAN -> xml.append(" t=\"b\"");
      default -> {}
    }
    xml.append("><f");
    cell.formulaAttributes()
        .forEach(
            (name, text) ->
                xml.append(' ')
                    .append(name)
                    .append("=\"")
                    .append(Ooxml.attribute(text))
                    .append('"'));
    xml.append('>').append(Ooxml.text(cell.formula())).append("</f>");
    return xml.append("<v>").append(Ooxml.text(cached)).append("</v></c>").toString();
  }

  private static String cellXml(CellEdit edit) {
    String s = " s=\"" + edit.format() + "\"";
    if (edit.content() instanceof NumberContent number) {
      return number(s, number.value());
    }
    if (edit.content() instanceof TextContent text) {
      return "<c" + s + " t=\"inlineStr\"><is>" + Ooxml.t(text.text()) + "</is></c>";
    }
    return "<c" + s + "/>";
  }

  /** A number as POI stores it: an infinite value as #DIV/0!, a value that is none as #NUM!. */
  private static String number(String s, double value) {
    if (Double.isInfinite(value)) {
      return "<c" + s + " t=\"e\"><v>" + FormulaError.DIV0.getString() + "</v></c>";
    }
    if (Double.isNaN(value)) {
      return "<c" + s + " t=\"e\"><v>" + FormulaError.NUM.getString() + "</v></c>";
    }
    return "<c" + s + "><v>" + value + "</v></c>";
  }

  /**
   * The sheet's column definitions with the widths set: a definition over several columns split
   * around each column given its own width, which is marked custom, as POI sets a width.
   */
  private String colsXml() {
    List<Map<String, String>> columns = new ArrayList<>();
    for (WorksheetScan.Column col : scan().columns) {
      columns.add(new LinkedHashMap<>(col.attributes()));
    }
    for (Map.Entry<Integer, Integer> set : widths.entrySet()) {
      int at = set.getKey() + 1;
      String width = String.valueOf(set.getValue() / 256.0);
      Map<String, String> own = null;
      for (int i = 0; i < columns.size(); i++) {
        Map<String, String> col = columns.get(i);
        int min = Integer.parseInt(col.getOrDefault("min", "0").trim());
        int max = Integer.parseInt(col.getOrDefault("max", "0").trim());
        if (min <= at && at <= max) {
          List<Map<String, String>> pieces = new ArrayList<>();
          if (min < at) {
            pieces.add(range(col, min, at - 1));
          }
          own = range(col, at, at);
          pieces.add(own);
          if (at < max) {
            pieces.add(range(col, at + 1, max));
          }
          columns.remove(i);
          columns.addAll(i, pieces);
          break;
        }
      }
      if (own == null) {
        own = new LinkedHashMap<>();
        own.put("min", String.valueOf(at));
        own.put("max", String.valueOf(at));
        columns.add(own);
      }
      own.put("width", width);
      own.put("customWidth", "1");
    }
    columns.sort(
        (a, b) ->
            Integer.compare(
                Integer.parseInt(a.get("min").trim()), Integer.parseInt(b.get("min").trim())));
    StringBuilder xml = new StringBuilder("<cols>");
    for (Map<String, String> col : columns) {
      xml.append("<col");
      col.forEach(
          (name, value) ->
              xml.append(' ')
                  .append(name)
                  .append("=\"")
                  .append(Ooxml.attribute(value))
                  .append('"'));
      xml.append("/>");
    }
    return xml.append("</cols>").toString();
  }

  private static Map<String, String> range(Map<String, String> col, int min, int max) {
    Map<String, String> copy = new LinkedHashMap<>(col);
    copy.put("min", String.valueOf(min));
    copy.put("max", String.valueOf(max));
    return copy;
  }
}
