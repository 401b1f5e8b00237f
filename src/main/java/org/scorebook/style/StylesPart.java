package org.scorebook.style;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.FontUnderline;
import org.scorebook.style.PartXml.Attribute;
import org.scorebook.style.PartXml.Element;

/**
 * The cell formats of an .xlsx, worked on in the bytes of its styles part ({@code xl/styles.xml})
 * without loading the workbook: the XML path's counterpart of {@link Styles}. It gives the index
 * into {@code <cellXfs>} (a cell's {@code s} attribute) of the cell format POI's {@link Styles}
 * would make for a {@link Look}, or for an existing format with another fill or number format, and
 * the index into {@code <dxfs>} of a conditional format's fill.
 *
 * <p>What is asked for is found first among the formats the part already has, as {@link
 * Styles#reusingExisting} does: two formats are the same when POI reads the same attributes from
 * them (font, fill, borders and their colours, alignment, wrap, indent, rotation, protection,
 * number format), and, stricter than POI, when nothing that Excel shows but POI's getters pass over
 * differs either (a border, alignment or fill left out by an {@code apply…="0"}, a font's scheme, a
 * gradient, a diagonal border). Otherwise a format is appended, with its font, fill, border and
 * number format appended too unless an equal entry is there. Entries already in the part keep their
 * bytes and their indices, and nothing is appended twice.
 *
 * <p>{@link #toXml} gives the part with what was appended, or the very bytes read when nothing was.
 * A part that cannot be read safely is refused by {@link #read} with an {@link IOException}, for
 * the caller to fall back to POI: see there. Not thread-safe.
 */
public final class StylesPart {
  /** At most this many cell formats in a workbook (Excel's limit, POI's too). */
  public static final int MAX_CELL_FORMATS = 64_000;

  /** At most this many number formats of the workbook's own, as POI allows. */
  public static final int MAX_NUMBER_FORMATS = 250;

  /** The largest styles part read, in bytes. */
  public static final int MAX_BYTES = PartXml.MAX_BYTES;

  /** The most elements a styles part read may have. */
  public static final int MAX_ELEMENTS = PartXml.MAX_ELEMENTS;

  /** The deepest elements of a styles part read may lie. */
  public static final int MAX_DEPTH = PartXml.MAX_DEPTH;

  private static final int FIRST_CUSTOM_FORMAT = 164;

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";

  /** The children of {@code <styleSheet>}, in the order the schema wants them. */
  private static final List<String> ORDER =
      List.of(
          "numFmts",
          "fonts",
          "fills",
          "borders",
          "cellStyleXfs",
          "cellXfs",
          "cellStyles",
          "dxfs",
          "tableStyles",
          "colors",
          "extLst");

  /** The lists this class reads or appends to, and the name of their entries. */
  private static final Map<String, String> LISTS =
      Map.of(
          "numFmts", "numFmt",
          "fonts", "font",
          "fills", "fill",
          "borders", "border",
          "cellStyleXfs", "xf",
          "cellXfs", "xf",
          "dxfs", "dxf");

  private static final List<String> HORIZONTAL =
      List.of(
          "general",
          "left",
          "center",
          "right",
          "fill",
          "justify",
          "centerContinuous",
          "distributed");
  private static final List<String> VERTICAL =
      List.of("top", "center", "bottom", "justify", "distributed");
  private static final List<String> PATTERNS =
      List.of(
          "none",
          "solid",
          "mediumGray",
          "darkGray",
          "lightGray",
          "darkHorizontal",
          "darkVertical",
          "darkDown",
          "darkUp",
          "darkGrid",
          "darkTrellis",
          "lightHorizontal",
          "lightVertical",
          "lightDown",
          "lightUp",
          "lightGrid",
          "lightTrellis",
          "gray125",
          "gray0625");
  private static final List<String> BORDER_STYLES =
      List.of(
          "none",
          "thin",
          "medium",
          "dashed",
          "dotted",
          "thick",
          "double",
          "hair",
          "mediumDashed",
          "dashDot",
          "mediumDashDot",
          "dashDotDot",
          "mediumDashDotDot",
          "slantDashDot");
  private static final Map<String, Integer> UNDERLINES =
      Map.of(
          "none", 0,
          "single", 1,
          "double", 2,
          "singleAccounting", 0x21,
          "doubleAccounting", 0x22);
  private static final Map<String, Integer> VERTICAL_RUNS =
      Map.of("baseline", 0, "superscript", 1, "subscript", 2);

  /** Font properties that are on when present without a value. */
  private static final List<String> FONT_FLAGS =
      List.of("b", "i", "strike", "condense", "extend", "outline", "shadow");

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern HEX = Pattern.compile("([0-9A-F]{2})+");
  private static final String SEP = "\u0001";

  private final byte[] original;
  private final Element root;
  private final String ns;
  private final Map<String, ListPart> lists = new HashMap<>();
  private final TreeMap<Short, String> numberFormats = new TreeMap<>();
  private Map<String, Integer> xfSignatures;
  private final Map<Look, Integer> byLook = new HashMap<>();
  private final Map<Derived, Integer> derived = new HashMap<>();
  private boolean changed;

  /** An existing format with another fill or number format, or wrapped. */
  private record Derived(int base, Fill fill, String format, boolean wrap) {}

  /** An entry to use: one already in its list ({@code index} ≥ 0) or one to append. */
  private record Candidate(Element element, int index) {}

  /** A number format: its id ({@code -1}: one to append) and the text POI reads for it. */
  private record Format(int id, String text) {}

  /** One of the lists of the part: its element (null while absent) and its entries. */
  private final class ListPart {
    final String name;
    final Element element;
    final List<Element> entries = new ArrayList<>();
    final List<Element> appended = new ArrayList<>();
    final Map<String, Integer> byKey = new HashMap<>();

    ListPart(String name, Element element) {
      this.name = name;
      this.element = element;
    }

    /** The element its entries are parsed in: the list, or the root while the list is absent. */
    Element container() {
      return element != null ? element : root;
    }

    String prefix() {
      return container().childPrefix();
    }
  }

  private StylesPart(byte[] xml) throws IOException {
    original = xml;
    root = PartXml.parse(xml);
    if (!root.local.equals("styleSheet")
        || !(root.namespace.equals(MAIN) || root.namespace.equals(STRICT))) {
      throw new IOException("not a styles part: <" + root.qname + ">");
    }
    ns = root.namespace;
    Map<String, Element> found = new HashMap<>();
    for (Element child : root.children) {
      if (child.namespace.equals(ns) && ORDER.contains(child.local)) {
        if (found.put(child.local, child) != null) {
          throw new IOException("the styles part has two <" + child.local + ">");
        }
      }
    }
    for (Map.Entry<String, String> list : LISTS.entrySet()) {
      ListPart part = new ListPart(list.getKey(), found.get(list.getKey()));
      if (part.element != null) {
        for (Element entry : part.element.children) {
          if (!entry.namespace.equals(ns) || !entry.local.equals(list.getValue())) {
            throw new IOException(
                "<" + part.element.qname + "> holds <" + entry.qname + ">, not read here");
          }
          part.entries.add(entry);
          if (!part.name.endsWith("Xfs") && !part.name.equals("numFmts")) {
            part.byKey.putIfAbsent(canonical(entry), part.entries.size() - 1);
          }
        }
      }
      lists.put(part.name, part);
    }
    if (list("fonts").entries.isEmpty()) {
      throw new IOException("the styles part has no font");
    }
    if (list("cellXfs").entries.isEmpty()) {
      throw new IOException("the styles part has no cell format");
    }
    for (Element format : list("numFmts").entries) {
      String id = format.attribute("numFmtId");
      String code = format.attribute("formatCode");
      if (id == null || code == null) {
        throw new IOException("a number format without its id or code");
      }
      try {
        numberFormats.put((short) Long.parseLong(id.strip()), code);
      } catch (NumberFormatException e) {
        throw new IOException("a number format with the id " + id, e);
      }
    }
  }

  /**
   * The styles part {@code xml} (the bytes of {@code xl/styles.xml}), to find and append cell
   * formats in.
   *
   * @throws IOException when the part is not read here, and the caller should let POI write the
   *     workbook instead: not well-formed XML; not UTF-8; a DOCTYPE or an entity other than XML's
   *     own; more than {@link #MAX_BYTES} bytes, {@link #MAX_ELEMENTS} elements or {@link
   *     #MAX_DEPTH} levels, or an element with more than 256 attributes; a root other than
   *     SpreadsheetML's {@code <styleSheet>}; a list ({@code <fonts>}, {@code <cellXfs>}…) twice,
   *     or holding an element other than its entries; no font or no cell format at all; a number
   *     format without its id or code.
   */
  public static StylesPart read(byte[] xml) throws IOException {
    return new StylesPart(xml.clone());
  }

  /** Whether anything was appended: {@link #toXml} then differs from the bytes read. */
  public boolean changed() {
    return changed;
  }

  /** How many cell formats the part has, appended ones included. */
  public int cellFormats() {
    return list("cellXfs").entries.size();
  }

  /**
   * The index of the cell format for a new cell that should look like {@code look}: an existing one
   * that looks the same, else one appended.
   *
   * @throws IllegalStateException when the workbook already has {@link #MAX_CELL_FORMATS} cell
   *     formats or {@link #MAX_NUMBER_FORMATS} number formats of its own and one more is needed
   */
  public int of(Look look) {
    Integer known = byLook.get(look);
    if (known != null) {
      return known;
    }
    if (look.fontPoints() <= 0 || look.indent() < 0) {
      throw new IllegalArgumentException("a look that cannot be written: " + look);
    }
    ListPart fonts = list("fonts");
    ListPart fills = list("fills");
    ListPart borders = list("borders");
    Candidate font = candidate(fonts, fontXml(fonts.prefix(), look));
    Candidate fill =
        look.fill().isNone()
            ? new Candidate(baseFill(), 0)
            : candidate(fills, solidFillXml(fills.prefix(), look.fill(), ""));
    Candidate border =
        look.bordered()
            ? candidate(borders, thinBorderXml(borders.prefix()))
            : new Candidate(baseBorder(), 0);
    Format format = format(look.format());
    ListPart xfs = list("cellXfs");
    Element draft = PartXml.fragment(xfs.container(), lookXml(look, 0, 0, 0, 0)).get(0);
    String wanted =
        signature(draft, font.element(), fill.element(), border.element(), format.text());
    Integer existing = xfSignatures().get(wanted);
    int index;
    if (existing != null) {
      index = existing;
    } else {
      checkRoom(format);
      padBases();
      int fontId = place(fonts, font);
      int fillId = look.fill().isNone() ? 0 : place(fills, fill);
      int borderId = look.bordered() ? place(borders, border) : 0;
      int formatId = place(format);
      index = appendXf(lookXml(look, formatId, fontId, fillId, borderId), wanted);
    }
    byLook.put(look, index);
    return index;
  }

  /**
   * The cell format {@code baseXf} (an existing cell's {@code s}) with {@code fill} instead of its
   * own, as {@link Styles#withFill}; {@link Fill#NONE} gives one without a fill.
   */
  public int withFill(int baseXf, Fill fill) {
    return derive(baseXf, Objects.requireNonNull(fill), null, false);
  }

  /** {@code baseXf} with the number format {@code format}, as {@link Styles#withFormat}. */
  public int withFormat(int baseXf, String format) {
    return derive(baseXf, null, Objects.requireNonNull(format), false);
  }

  /**
   * {@code baseXf} with the number format {@code format} and its text wrapped, as {@link
   * Styles#wrappedWithFormat}.
   */
  public int wrappedWithFormat(int baseXf, String format) {
    return derive(baseXf, null, Objects.requireNonNull(format), true);
  }

  /**
   * Whether cell format {@code xf} shows {@code fill}: a solid pattern of the fill's indexed
   * colour, as {@link PoiCellFormats#hasFill} sees it. False for {@link Fill#NONE} and for a format
   * the part does not have.
   */
  public boolean hasFill(int xf, Fill fill) {
    if (fill.isNone()) {
      return false;
    }
    ListPart xfs = list("cellXfs");
    if (xf < 0 || xf >= xfs.entries.size()) {
      return false;
    }
    Element entry = entry(list("fills"), xfs.entries.get(xf).attribute("fillId"));
    if (entry == null) {
      return false;
    }
    for (Element pattern : entry.children) {
      if (!pattern.local.equals("patternFill")
          || !"solid".equals(pattern.attribute("patternType"))) {
        continue;
      }
      for (Element color : pattern.children) {
        if (color.local.equals("fgColor")) {
          return String.valueOf(fill.index()).equals(color.attribute("indexed"));
        }
      }
      // POI reads an absent foreground colour as automatic (64)
      return fill.index() == 64;
    }
    return false;
  }

  /**
   * The index into {@code <dxfs>} of the differential format a conditional-format rule of
   * Scorebook's shows with {@code fill}: a solid fill of the fill's colour, as {@code
   * org.scorebook.aids.ExcelAids} asks POI for ({@code <patternFill patternType="solid"><bgColor
   * indexed=…/>}); an equal one already there is reused.
   */
  public int differentialFill(Fill fill) {
    if (fill.isNone()) {
      throw new IllegalArgumentException("a conditional format needs a fill");
    }
    ListPart dxfs = list("dxfs");
    String p = dxfs.prefix();
    String xml =
        "<"
            + p
            + "dxf><"
            + p
            + "fill><"
            + p
            + "patternFill patternType=\"solid\"><"
            + p
            + "bgColor indexed=\""
            + fill.index()
            + "\"/></"
            + p
            + "patternFill></"
            + p
            + "fill></"
            + p
            + "dxf>";
    return place(dxfs, candidate(dxfs, xml));
  }

  /**
   * The styles part with what was appended: the bytes read where nothing was; else the same bytes
   * with the new entries at the end of their lists, the lists' {@code count} set, and a list that
   * was absent added where the schema wants it.
   */
  public byte[] toXml() {
    if (!changed) {
      return original.clone();
    }
    record Edit(int at, int removed, String text, int order) {}
    List<Edit> edits = new ArrayList<>();
    for (ListPart part : lists.values()) {
      if (part.appended.isEmpty()) {
        continue;
      }
      StringBuilder added = new StringBuilder();
      for (Element entry : part.appended) {
        added.append(new String(entry.bytes(), StandardCharsets.UTF_8));
      }
      String count = String.valueOf(part.entries.size());
      int order = ORDER.indexOf(part.name);
      Element list = part.element;
      if (list != null) {
        String oldCount = list.attribute("count");
        if (oldCount == null) {
          edits.add(new Edit(list.afterName, 0, " count=\"" + count + "\"", order));
        } else {
          int[] value = attributeValue(list, "count");
          edits.add(new Edit(value[0], value[1] - value[0], count, order));
        }
        if (list.selfClosing) {
          edits.add(
              new Edit(list.startTagEnd - 2, 2, ">" + added + "</" + list.qname + ">", order));
        } else {
          edits.add(new Edit(list.contentEnd, 0, added.toString(), order));
        }
      } else {
        String qname = root.childPrefix() + part.name;
        edits.add(
            new Edit(
                insertionPoint(part.name),
                0,
                "<" + qname + " count=\"" + count + "\">" + added + "</" + qname + ">",
                order));
      }
    }
    edits.sort(Comparator.comparingInt(Edit::at).thenComparingInt(Edit::order));
    ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + 4096);
    int from = 0;
    for (Edit edit : edits) {
      out.write(original, from, edit.at() - from);
      out.writeBytes(edit.text().getBytes(StandardCharsets.UTF_8));
      from = edit.at() + edit.removed();
    }
    out.write(original, from, original.length - from);
    return out.toByteArray();
  }

  // Deriving from an existing format

  private int derive(int base, Fill fill, String format, boolean wrap) {
    ListPart xfs = list("cellXfs");
    if (base < 0 || base >= xfs.entries.size()) {
      throw new IllegalArgumentException(
          "no cell format " + base + " (the part has " + xfs.entries.size() + ")");
    }
    Derived key = new Derived(base, fill, format, wrap);
    Integer known = derived.get(key);
    if (known != null) {
      return known;
    }
    Element baseXf = xfs.entries.get(base);
    ListPart fills = list("fills");
    Candidate newFill = null;
    if (fill != null) {
      newFill =
          fill.isNone()
              ? noFill()
              : candidate(
                  fills,
                  solidFillXml(
                      fills.prefix(),
                      fill,
                      keptBackground(entry(fills, baseXf.attribute("fillId")), fills.prefix())));
    }
    Format newFormat = format == null ? null : format(format);
    Element draft =
        PartXml.fragment(
                xfs.container(), derivedXml(baseXf, changes(newFill, 0, newFormat, 0), wrap))
            .get(0);
    String wanted;
    try {
      wanted =
          signature(
              draft,
              fontOf(baseXf),
              newFill != null ? newFill.element() : entry(fills, baseXf.attribute("fillId")),
              entry(list("borders"), baseXf.attribute("borderId")),
              newFormat != null ? newFormat.text() : formatText(baseXf.attribute("numFmtId")));
    } catch (Opaque e) {
      wanted = null;
    }
    Integer existing = wanted == null ? null : xfSignatures().get(wanted);
    int index;
    if (existing != null) {
      index = existing;
    } else {
      checkRoom(newFormat);
      padBases();
      int fillId = newFill == null ? 0 : place(fills, newFill);
      int formatId = newFormat == null ? 0 : place(newFormat);
      index =
          appendXf(derivedXml(baseXf, changes(newFill, fillId, newFormat, formatId), wrap), wanted);
    }
    derived.put(key, index);
    return index;
  }

  private static Map<String, String> changes(
      Candidate fill, int fillId, Format format, int formatId) {
    Map<String, String> changes = new LinkedHashMap<>();
    if (format != null) {
      changes.put("numFmtId", String.valueOf(formatId));
    }
    if (fill != null) {
      changes.put("fillId", String.valueOf(fillId));
    }
    if (format != null) {
      changes.put("applyNumberFormat", "1");
    }
    if (fill != null) {
      changes.put("applyFill", "1");
    }
    return changes;
  }

  /**
   * {@code base} written again with the attributes {@code changes} and, if {@code wrap}, its text
   * wrapped; its children and everything else kept as they are written.
   */
  private String derivedXml(Element base, Map<String, String> changes, boolean wrap) {
    String startTag = startTag(base, changes, base.selfClosing && !wrap);
    if (!wrap) {
      return base.selfClosing ? startTag : startTag + text(base, base.startTagEnd, base.end);
    }
    Element alignment = base.child(ns, "alignment");
    if (alignment != null) {
      return startTag
          + text(base, base.startTagEnd, alignment.start)
          + startTag(alignment, Map.of("wrapText", "1"), alignment.selfClosing)
          + text(base, alignment.startTagEnd, base.end);
    }
    String added = "<" + base.childPrefix() + "alignment wrapText=\"1\"/>";
    return base.selfClosing
        ? startTag + added + "</" + base.qname + ">"
        : startTag + added + text(base, base.startTagEnd, base.end);
  }

  private static String startTag(Element element, Map<String, String> changes, boolean empty) {
    Map<String, String> left = new LinkedHashMap<>(changes);
    StringBuilder tag = new StringBuilder("<").append(element.qname);
    for (Attribute declaration : element.declarations) {
      tag.append(' ')
          .append(declaration.qname())
          .append("=\"")
          .append(PartXml.escape(declaration.value()))
          .append('"');
    }
    for (Attribute attribute : element.attributes) {
      String value = attribute.value();
      if (attribute.namespace().isEmpty() && left.containsKey(attribute.local())) {
        value = left.remove(attribute.local());
      }
      tag.append(' ')
          .append(attribute.qname())
          .append("=\"")
          .append(PartXml.escape(value))
          .append('"');
    }
    left.forEach(
        (name, value) ->
            tag.append(' ').append(name).append("=\"").append(PartXml.escape(value)).append('"'));
    return tag.append(empty ? "/>" : ">").toString();
  }

  private static String text(Element element, int from, int to) {
    return new String(element.source, from, to - from, StandardCharsets.UTF_8);
  }

  /** A fill that shows nothing: the first such in the part, else a new one. */
  private Candidate noFill() {
    ListPart fills = list("fills");
    for (int i = 0; i < fills.entries.size(); i++) {
      String[] look = fillLook(fills.entries.get(i));
      if (look != null && look[0].equals("none") && look[3].isEmpty()) {
        return new Candidate(fills.entries.get(i), i);
      }
    }
    return candidate(fills, noneFillXml(fills.prefix()));
  }

  // What is appended

  private static String fontXml(String p, Look look) {
    StringBuilder font = new StringBuilder("<").append(p).append("font>");
    if (look.bold()) {
      font.append('<').append(p).append("b val=\"true\"/>");
    }
    if (look.link()) {
      font.append('<')
          .append(p)
          .append("u val=\"")
          .append(underline(Look.LINK_UNDERLINE))
          .append("\"/>");
    }
    font.append('<').append(p).append("sz val=\"").append(look.fontPoints()).append("\"/>");
    if (look.link()) {
      font.append('<')
          .append(p)
          .append("color indexed=\"")
          .append(Look.LINK_COLOR.getIndex())
          .append("\"/>");
    }
    font.append('<')
        .append(p)
        .append("name val=\"")
        .append(PartXml.escape(Look.FONT_NAME))
        .append("\"/>");
    return font.append("</").append(p).append("font>").toString();
  }

  private static String underline(FontUnderline underline) {
    return switch (underline) {
      case SINGLE -> "single";
      case DOUBLE -> "double";
      case SINGLE_ACCOUNTING -> "singleAccounting";
      case DOUBLE_ACCOUNTING -> "doubleAccounting";
      case NONE -> "none";
    };
  }

  private static String solidFillXml(String p, Fill fill, String background) {
    return "<"
        + p
        + "fill><"
        + p
        + "patternFill patternType=\"solid\"><"
        + p
        + "fgColor indexed=\""
        + fill.index()
        + "\"/>"
        + background
        + "</"
        + p
        + "patternFill></"
        + p
        + "fill>";
  }

  /**
   * The background colour of the fill {@code base} (as {@code <bgColor>}, "" for none): POI's copy
   * of a style keeps it under the new foreground colour, and so does a fill derived here.
   */
  private String keptBackground(Element base, String p) {
    Element pattern = base == null ? null : base.child(ns, "patternFill");
    Element bg = pattern == null ? null : pattern.child(ns, "bgColor");
    if (bg == null) {
      return "";
    }
    StringBuilder xml = new StringBuilder("<").append(p).append("bgColor");
    for (PartXml.Attribute attribute : bg.attributes) {
      if (attribute.namespace() == null || attribute.namespace().isEmpty()) {
        xml.append(' ')
            .append(attribute.local())
            .append("=\"")
            .append(
                attribute
                    .value()
                    .replace("&", "&amp;")
                    .replace("<", "&lt;")
                    .replace("\"", "&quot;"))
            .append('"');
      }
    }
    return xml.append("/>").toString();
  }

  private static String noneFillXml(String p) {
    return patternFillXml(p, "none");
  }

  private static String patternFillXml(String p, String pattern) {
    return "<" + p + "fill><" + p + "patternFill patternType=\"" + pattern + "\"/></" + p + "fill>";
  }

  private static String thinBorderXml(String p) {
    String style = BORDER_STYLES.get(Look.BORDER.getCode());
    StringBuilder border = new StringBuilder("<").append(p).append("border>");
    for (String side : List.of("left", "right", "top", "bottom")) {
      border.append('<').append(p).append(side).append(" style=\"").append(style).append("\"/>");
    }
    return border.append("</").append(p).append("border>").toString();
  }

  private static String emptyBorderXml(String p) {
    StringBuilder border = new StringBuilder("<").append(p).append("border>");
    for (String side : List.of("left", "right", "top", "bottom", "diagonal")) {
      border.append('<').append(p).append(side).append("/>");
    }
    return border.append("</").append(p).append("border>").toString();
  }

  /** The cell format of {@code look}, with the attributes POI's {@link Styles} gives it. */
  private String lookXml(Look look, int formatId, int fontId, int fillId, int borderId) {
    String p = list("cellXfs").prefix();
    StringBuilder xf =
        new StringBuilder("<")
            .append(p)
            .append("xf numFmtId=\"")
            .append(formatId)
            .append("\" fontId=\"")
            .append(fontId)
            .append("\" fillId=\"")
            .append(fillId)
            .append("\" borderId=\"")
            .append(borderId)
            .append('"');
    if (!list("cellStyleXfs").entries.isEmpty()) {
      xf.append(" xfId=\"0\"");
    }
    if (!look.format().isEmpty()) {
      xf.append(" applyNumberFormat=\"1\"");
    }
    xf.append(" applyFont=\"1\"");
    if (!look.fill().isNone()) {
      xf.append(" applyFill=\"1\"");
    }
    if (look.bordered()) {
      xf.append(" applyBorder=\"1\"");
    }
    xf.append(" applyAlignment=\"1\"><").append(p).append("alignment");
    String horizontal = HORIZONTAL.get(look.align().ordinal());
    if (!horizontal.equals("general")) {
      xf.append(" horizontal=\"").append(horizontal).append('"');
    }
    String vertical = VERTICAL.get(look.verticalAlign().ordinal());
    if (!vertical.equals("bottom")) {
      xf.append(" vertical=\"").append(vertical).append('"');
    }
    if (look.wrapped()) {
      xf.append(" wrapText=\"1\"");
    }
    if (look.indent() > 0) {
      xf.append(" indent=\"").append(look.indent()).append('"');
    }
    return xf.append("/></").append(p).append("xf>").toString();
  }

  // Finding and appending entries

  private ListPart list(String name) {
    return lists.get(name);
  }

  /** The entry of {@code list} equal to the one {@code xml} writes, or that one to append. */
  private Candidate candidate(ListPart list, String xml) {
    Element parsed = PartXml.fragment(list.container(), xml).get(0);
    Integer found = list.byKey.get(canonical(parsed));
    return found != null
        ? new Candidate(list.entries.get(found), found)
        : new Candidate(parsed, -1);
  }

  /** The index of {@code candidate} in {@code list}, appending it unless an equal one is there. */
  private int place(ListPart list, Candidate candidate) {
    if (candidate.index() >= 0) {
      return candidate.index();
    }
    String key = canonical(candidate.element());
    Integer found = list.byKey.get(key);
    if (found != null) {
      return found;
    }
    list.entries.add(candidate.element());
    list.appended.add(candidate.element());
    list.byKey.put(key, list.entries.size() - 1);
    changed = true;
    return list.entries.size() - 1;
  }

  /**
   * Fill 0 and 1 (none and gray125, which Excel reserves) and border 0, where a list lacks them.
   */
  private void padBases() {
    ListPart fills = list("fills");
    if (fills.entries.isEmpty()) {
      place(fills, new Candidate(parse(fills, noneFillXml(fills.prefix())), -1));
    }
    if (fills.entries.size() == 1) {
      place(fills, new Candidate(parse(fills, patternFillXml(fills.prefix(), "gray125")), -1));
    }
    ListPart borders = list("borders");
    if (borders.entries.isEmpty()) {
      place(borders, new Candidate(parse(borders, emptyBorderXml(borders.prefix())), -1));
    }
  }

  private static Element parse(ListPart list, String xml) {
    return PartXml.fragment(list.container(), xml).get(0);
  }

  /** Fill 0, which a new cell format without a fill uses, as POI's do. */
  private Element baseFill() {
    ListPart fills = list("fills");
    return fills.entries.isEmpty()
        ? parse(fills, noneFillXml(fills.prefix()))
        : fills.entries.get(0);
  }

  /** Border 0, which a new cell format without a border uses. */
  private Element baseBorder() {
    ListPart borders = list("borders");
    return borders.entries.isEmpty()
        ? parse(borders, emptyBorderXml(borders.prefix()))
        : borders.entries.get(0);
  }

  /**
   * Refuses, before anything is appended, a cell format beyond Excel's limit or a number format
   * ({@code format}, null for none) beyond POI's.
   */
  private void checkRoom(Format format) {
    if (list("cellXfs").entries.size() >= MAX_CELL_FORMATS) {
      throw new IllegalStateException(
          "the workbook already has " + MAX_CELL_FORMATS + " cell formats, Excel's limit");
    }
    if (format != null && format.id() < 0 && numberFormats.size() >= MAX_NUMBER_FORMATS) {
      throw new IllegalStateException(
          "the workbook already has " + MAX_NUMBER_FORMATS + " number formats of its own");
    }
  }

  private int appendXf(String xml, String wanted) {
    ListPart xfs = list("cellXfs");
    Element xf = parse(xfs, xml);
    String signature = signature(xf);
    if (wanted != null && !wanted.equals(signature)) {
      throw new IllegalStateException("a cell format written here does not read as meant: " + xml);
    }
    xfs.entries.add(xf);
    xfs.appended.add(xf);
    changed = true;
    int index = xfs.entries.size() - 1;
    if (signature != null) {
      xfSignatures().putIfAbsent(signature, index);
    }
    return index;
  }

  /** The number format POI gives {@code format}: a built-in one's id, else the workbook's own. */
  private Format format(String format) {
    String wanted = format.isEmpty() ? "General" : format;
    int id = BuiltinFormats.getBuiltinFormat(wanted);
    if (id < 0) {
      for (Map.Entry<Short, String> own : numberFormats.entrySet()) {
        if (own.getValue().equals(wanted)) {
          id = own.getKey();
          break;
        }
      }
    }
    return id < 0 ? new Format(-1, wanted) : new Format(id, formatText(id));
  }

  private int place(Format format) {
    if (format.id() >= 0) {
      return format.id();
    }
    if (numberFormats.size() >= MAX_NUMBER_FORMATS) {
      throw new IllegalStateException(
          "the workbook already has " + MAX_NUMBER_FORMATS + " number formats of its own");
    }
    short id =
        numberFormats.isEmpty()
            ? FIRST_CUSTOM_FORMAT
            : (short) Math.max((short) (numberFormats.lastKey() + 1), FIRST_CUSTOM_FORMAT);
    if (id < 0) {
      throw new IllegalStateException("no number format id is left after 32767");
    }
    ListPart formats = list("numFmts");
    String p = formats.prefix();
    Element element =
        parse(
            formats,
            "<"
                + p
                + "numFmt numFmtId=\""
                + id
                + "\" formatCode=\""
                + PartXml.escape(format.text())
                + "\"/>");
    formats.entries.add(element);
    formats.appended.add(element);
    numberFormats.put(id, format.text());
    changed = true;
    return id;
  }

  /** The text POI reads for the number format {@code id}: the workbook's own, else built-in. */
  private String formatText(int id) {
    short key = (short) id;
    String own = numberFormats.get(key);
    return own != null ? own : BuiltinFormats.getBuiltinFormat(key);
  }

  /** As {@link #formatText(int)} for an id as written; {@link Opaque} when unreadable. */
  private String formatText(String id) {
    return formatText((int) unsigned(id, 0));
  }

  /** Where a list absent from the part goes: after the lists before it in the schema's order. */
  private int insertionPoint(String name) {
    int order = ORDER.indexOf(name);
    Element before = null;
    Element after = null;
    for (Element child : root.children) {
      if (!child.namespace.equals(ns) || !ORDER.contains(child.local)) {
        continue;
      }
      int at = ORDER.indexOf(child.local);
      if (at < order) {
        before = child;
      } else if (at > order && after == null) {
        after = child;
      }
    }
    if (before != null) {
      return before.end;
    }
    if (after != null) {
      return after.start;
    }
    return root.startTagEnd;
  }

  /** Where the value of the attribute {@code name} of {@code element} lies in its source. */
  private static int[] attributeValue(Element element, String name) {
    byte[] src = element.source;
    int p = element.afterName;
    while (p < element.startTagEnd) {
      while (p < element.startTagEnd && isSpace(src[p])) {
        p++;
      }
      if (src[p] == '/' || src[p] == '>') {
        break;
      }
      int nameStart = p;
      while (p < element.startTagEnd && src[p] != '=' && !isSpace(src[p])) {
        p++;
      }
      String attribute = new String(src, nameStart, p - nameStart, StandardCharsets.UTF_8);
      while (src[p] != '"' && src[p] != '\'') {
        p++;
      }
      byte quote = src[p];
      int valueStart = p + 1;
      int valueEnd = valueStart;
      while (src[valueEnd] != quote) {
        valueEnd++;
      }
      if (attribute.equals(name)) {
        return new int[] {valueStart, valueEnd};
      }
      p = valueEnd + 1;
    }
    throw new IllegalStateException("no attribute " + name + " on <" + element.qname + ">");
  }

  private static boolean isSpace(byte c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  // Signatures: how a cell format looks

  /** The first cell format with each signature. */
  private Map<String, Integer> xfSignatures() {
    if (xfSignatures == null) {
      xfSignatures = new HashMap<>();
      List<Element> xfs = list("cellXfs").entries;
      for (int i = 0; i < xfs.size(); i++) {
        String signature = signature(xfs.get(i));
        if (signature != null) {
          xfSignatures.putIfAbsent(signature, i);
        }
      }
    }
    return xfSignatures;
  }

  private String signature(Element xf) {
    try {
      return signature(
          xf,
          fontOf(xf),
          entry(list("fills"), xf.attribute("fillId")),
          entry(list("borders"), xf.attribute("borderId")),
          formatText(xf.attribute("numFmtId")));
    } catch (Opaque e) {
      return null;
    }
  }

  /** The font POI reads for a cell format: its own, else its cell style's. */
  private Element fontOf(Element xf) {
    String fontId = xf.attribute("fontId");
    if (fontId == null) {
      Element style;
      try {
        long xfId = unsigned(xf.attribute("xfId"), 0);
        List<Element> styles = list("cellStyleXfs").entries;
        style = xfId < styles.size() ? styles.get((int) xfId) : null;
      } catch (Opaque e) {
        return null;
      }
      if (style == null) {
        return null;
      }
      fontId = style.attribute("fontId");
      if (fontId == null) {
        fontId = "0";
      }
    }
    return entry(list("fonts"), fontId);
  }

  /** The entry {@code id} (absent: 0) of {@code list}, or null when there is none. */
  private static Element entry(ListPart list, String id) {
    try {
      long index = unsigned(id, 0);
      return index < list.entries.size() ? list.entries.get((int) index) : null;
    } catch (Opaque e) {
      return null;
    }
  }

  /**
   * How a cell format looks, as a string: what POI's getters read (what {@link StyleSignature}
   * compares) and, after it, whatever Excel shows that they pass over. Null when a part of it
   * cannot be read as POI would: such a format is never reused.
   */
  private String signature(Element xf, Element font, Element fill, Element border, String format) {
    if (xf == null || font == null || fill == null || border == null) {
      return null;
    }
    try {
      List<String> parts = new ArrayList<>();
      List<String> extra = new ArrayList<>();
      Alignment alignment = alignment(xf, extra);
      Element protection = xf.child(ns, "protection");
      boolean hidden = protection != null && bool(protection.attribute("hidden"), false);
      boolean locked = protection == null || bool(protection.attribute("locked"), true);
      parts.add(alignment.horizontal());
      parts.add(alignment.vertical());
      parts.add(String.valueOf(alignment.wrap()));
      parts.add(String.valueOf(alignment.indent()));
      parts.add(String.valueOf(alignment.rotation()));
      parts.add(String.valueOf(hidden));
      parts.add(String.valueOf(locked));
      parts.add(String.valueOf(alignment.shrink()));
      parts.add(String.valueOf(bool(xf.attribute("quotePrefix"), false)));
      if (bool(xf.attribute("pivotButton"), false)) {
        extra.add("pivotButton");
      }
      Element extensions = xf.child(ns, "extLst");
      if (extensions != null) {
        extra.add(canonical(extensions));
      }
      addBorder(xf, border, parts, extra);
      parts.add(fontLook(font));
      parts.add(String.valueOf(format));
      if (!addFill(xf, fill, parts, extra)) {
        return null;
      }
      parts.add(String.join(",", extra));
      return String.join(SEP, parts);
    } catch (Opaque e) {
      return null;
    }
  }

  /** A cell format's alignment as POI reads it. */
  private record Alignment(
      String horizontal,
      String vertical,
      boolean wrap,
      boolean shrink,
      short indent,
      short rotation) {}

  /**
   * The alignment POI reads from {@code xf}; what Excel shows and POI passes over (an alignment not
   * applied, reading order, justification of the last line, relative indent) goes to {@code extra}.
   */
  private Alignment alignment(Element xf, List<String> extra) {
    boolean applyAlignment = bool(xf.attribute("applyAlignment"), false);
    Element alignment = xf.child(ns, "alignment");
    if (alignment == null) {
      return new Alignment("general", "bottom", false, false, (short) 0, (short) 0);
    }
    String horizontal = "general";
    String vertical = "bottom";
    String h = oneOf(HORIZONTAL, alignment.attribute("horizontal"));
    String v = oneOf(VERTICAL, alignment.attribute("vertical"));
    if (applyAlignment) {
      horizontal = h == null ? horizontal : h;
      vertical = v == null ? vertical : v;
    } else {
      if (h != null && !h.equals("general")) {
        extra.add("horizontal=" + h);
      }
      if (v != null && !v.equals("bottom")) {
        extra.add("vertical=" + v);
      }
    }
    Alignment read =
        new Alignment(
            horizontal,
            vertical,
            bool(alignment.attribute("wrapText"), false),
            bool(alignment.attribute("shrinkToFit"), false),
            (short) unsigned(alignment.attribute("indent"), 0),
            (short) unsigned(alignment.attribute("textRotation"), 0));
    if (unsigned(alignment.attribute("readingOrder"), 0) != 0) {
      extra.add("readingOrder=" + alignment.attribute("readingOrder"));
    }
    if (bool(alignment.attribute("justifyLastLine"), false)) {
      extra.add("justifyLastLine");
    }
    if (integer(alignment.attribute("relativeIndent")) != 0) {
      extra.add("relativeIndent=" + alignment.attribute("relativeIndent"));
    }
    return read;
  }

  /** The four sides POI reads when the border is applied; the other sides, or all, in extra. */
  private void addBorder(Element xf, Element border, List<String> parts, List<String> extra) {
    boolean applyBorder = bool(xf.attribute("applyBorder"), false);
    for (String side : List.of("top", "right", "bottom", "left")) {
      parts.add(applyBorder ? side(border, side) : "");
    }
    if (applyBorder) {
      for (String side : List.of("diagonal", "vertical", "horizontal", "start", "end")) {
        String shown = side(border, side);
        if (!shown.isEmpty()) {
          extra.add(
              side
                  + "="
                  + shown
                  + "/"
                  + border.attribute("diagonalUp")
                  + "/"
                  + border.attribute("diagonalDown"));
        }
      }
    } else if (shows(border)) {
      extra.add("unapplied " + canonical(border));
    }
  }

  /** The fill POI reads, or none when not applied; false when it cannot be read as POI would. */
  private boolean addFill(Element xf, Element fill, List<String> parts, List<String> extra) {
    String applyFill = xf.attribute("applyFill");
    String[] fillLook = fillLook(fill);
    if (fillLook == null) {
      return false;
    }
    if (applyFill != null && !bool(applyFill, true)) {
      parts.add("none");
      parts.add("");
      parts.add("");
      if (!fillLook[0].equals("none") || !fillLook[3].isEmpty()) {
        extra.add("unapplied " + canonical(fill));
      }
    } else {
      parts.add(fillLook[0]);
      parts.add(fillLook[1]);
      parts.add(fillLook[2]);
      if (!fillLook[3].isEmpty()) {
        extra.add(fillLook[3]);
      }
    }
    return true;
  }

  /** A border side as POI reads it: "" for none, else its style and colour. */
  private String side(Element border, String name) {
    Element side = border.child(ns, name);
    if (side == null) {
      return "";
    }
    String style = oneOf(BORDER_STYLES, side.attribute("style"));
    if (style == null || style.equals("none")) {
      return "";
    }
    Element color = side.child(ns, "color");
    return style + "/" + (color == null ? "auto" : color(color));
  }

  /** Whether a border draws anything on any side. */
  private boolean shows(Element border) {
    for (Element side : border.children) {
      if (side.namespace.equals(ns) && !side(border, side.local).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A fill as POI reads it when applied: pattern, foreground and background colour (each "" where
   * it cannot show), and what POI passes over (a gradient); null when unreadable.
   */
  private String[] fillLook(Element fill) {
    try {
      Element gradient = fill.child(ns, "gradientFill");
      String extra = gradient == null ? "" : canonical(gradient);
      Element pattern = fill.child(ns, "patternFill");
      String type = pattern == null ? null : oneOf(PATTERNS, pattern.attribute("patternType"));
      if (type == null || type.equals("none")) {
        return new String[] {"none", "", "", extra};
      }
      Element fg = pattern.child(ns, "fgColor");
      Element bg = pattern.child(ns, "bgColor");
      return new String[] {
        type,
        fg == null ? "auto" : color(fg),
        type.equals("solid") ? "" : bg == null ? "auto" : color(bg),
        extra
      };
    } catch (Opaque e) {
      return null;
    }
  }

  /** A font as POI reads it, then what POI passes over (a theme's scheme, Mac effects). */
  private String fontLook(Element font) {
    Element nameElement = font.child(ns, "name");
    String name = nameElement == null ? "Calibri" : required(nameElement.attribute("val"));
    Element size = font.child(ns, "sz");
    double points = size == null ? 11.0 : number(required(size.attribute("val")));
    short height = (short) (int) (points * 20);
    Element underline = font.child(ns, "u");
    Integer underlined =
        underline == null
            ? Integer.valueOf(0)
            : UNDERLINES.get(Objects.requireNonNullElse(underline.attribute("val"), "single"));
    Element run = font.child(ns, "vertAlign");
    Integer offset =
        run == null ? Integer.valueOf(0) : VERTICAL_RUNS.get(required(run.attribute("val")));
    if (underlined == null || offset == null) {
      throw new Opaque();
    }
    Element color = font.child(ns, "color");
    List<String> extra = new ArrayList<>();
    Element scheme = font.child(ns, "scheme");
    if (scheme != null && !"none".equals(scheme.attribute("val"))) {
      extra.add("scheme=" + scheme.attribute("val"));
    }
    for (String effect : List.of("condense", "extend", "outline", "shadow")) {
      if (flag(font, effect)) {
        extra.add(effect);
      }
    }
    return String.join(
        "|",
        name,
        String.valueOf(height),
        String.valueOf(flag(font, "b")),
        String.valueOf(flag(font, "i")),
        String.valueOf(underlined),
        String.valueOf(flag(font, "strike")),
        String.valueOf(offset),
        color == null ? "auto" : color(color),
        String.join(",", extra));
  }

  private boolean flag(Element font, String name) {
    Element flag = font.child(ns, name);
    return flag != null && bool(flag.attribute("val"), true);
  }

  /** A colour as POI's {@link StyleSignature} names it. */
  private static String color(Element color) {
    if (bool(color.attribute("auto"), false)) {
      return "auto";
    }
    double tint = color.attribute("tint") == null ? 0 : number(color.attribute("tint"));
    String theme = color.attribute("theme");
    if (theme != null) {
      return "theme" + (int) unsigned(theme, 0) + "/" + tint;
    }
    String rgb = color.attribute("rgb");
    String indexed = color.attribute("indexed");
    if (rgb != null) {
      if (indexed != null && (short) unsigned(indexed, 0) > 0) {
        throw new Opaque(); // POI would read the palette's colour: not followed here
      }
      String hex = rgb.strip().toUpperCase(Locale.ROOT);
      if (!HEX.matcher(hex).matches()) {
        throw new Opaque();
      }
      return "rgb" + (hex.length() == 6 ? "FF" + hex : hex) + "/" + tint;
    }
    short index = indexed == null ? 0 : (short) unsigned(indexed, 0);
    if (index == 64 || index == 0x7FFF) {
      return tint == 0 ? "auto" : "auto/" + tint;
    }
    return "i" + index + "/" + tint;
  }

  /**
   * An element as a key that two equal entries share however they are written: names with their
   * namespaces, attributes and children in any order, {@code 1} and {@code true}, {@code 11} and
   * {@code 11.0}, a font's {@code <b/>} and {@code <b val="1"/>}.
   */
  private String canonical(Element element) {
    Map<String, String> attributes = new TreeMap<>();
    for (Attribute attribute : element.attributes) {
      attributes.put(
          "{" + attribute.namespace() + "}" + attribute.local(),
          PartXml.escape(normalized(attribute.local(), attribute.value())));
    }
    if (element.namespace.equals(ns) && !attributes.containsKey("{}val")) {
      if (FONT_FLAGS.contains(element.local)) {
        attributes.put("{}val", "1");
      } else if (element.local.equals("u")) {
        attributes.put("{}val", "single");
      }
    }
    List<String> children = new ArrayList<>();
    for (Element child : element.children) {
      children.add(canonical(child));
    }
    children.sort(null);
    StringBuilder key = new StringBuilder("<{").append(element.namespace).append('}');
    key.append(element.local);
    attributes.forEach(
        (name, value) -> key.append(' ').append(name).append("=\"").append(value).append('"'));
    key.append('>');
    children.forEach(key::append);
    return key.append("</>").toString();
  }

  private static String normalized(String name, String value) {
    String v = value.strip();
    if (name.equals("rgb")) {
      return v.toUpperCase(Locale.ROOT);
    }
    if (v.equals("true")) {
      return "1";
    }
    if (v.equals("false")) {
      return "0";
    }
    if (NUMBER.matcher(v).matches()) {
      return new BigDecimal(v).stripTrailingZeros().toPlainString();
    }
    return v;
  }

  // Reading values as XMLBeans does for POI

  /** A part of a format that POI could not read: the format is never reused. */
  private static final class Opaque extends RuntimeException {
    Opaque() {
      super(null, null, false, false);
    }
  }

  private static boolean bool(String value, boolean absent) {
    if (value == null) {
      return absent;
    }
    return switch (value.strip()) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default -> throw new Opaque();
    };
  }

  private static long unsigned(String value, long absent) {
    if (value == null) {
      return absent;
    }
    try {
      long parsed = Long.parseLong(value.strip());
      if (parsed < 0 || parsed > 0xFFFFFFFFL) {
        throw new Opaque();
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new Opaque();
    }
  }

  private static long integer(String value) {
    if (value == null) {
      return 0;
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new Opaque();
    }
  }

  private static double number(String value) {
    try {
      double parsed = Double.parseDouble(value.strip());
      if (Double.isNaN(parsed) || Double.isInfinite(parsed)) {
        throw new Opaque();
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new Opaque();
    }
  }

  private static String required(String value) {
    if (value == null) {
      throw new Opaque();
    }
    return value;
  }

  /** {@code value} if it is one of {@code values}; null if absent. */
  private static String oneOf(List<String> values, String value) {
    if (value == null) {
      return null;
    }
    if (!values.contains(value.strip())) {
      throw new Opaque();
    }
    return value.strip();
  }
}
