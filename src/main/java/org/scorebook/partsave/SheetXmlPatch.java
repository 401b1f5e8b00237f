package org.scorebook.partsave;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.apache.poi.ss.util.CellReference;

/**
 * Changes to one worksheet part, applied in a single streaming pass over its XML: cells replaced or
 * added in their row and column order, a cell's format changed, a row's height, whole top-level
 * elements (validations, conditional formats, the autofilter, the comments' drawing) replaced or
 * added where the schema puts them, and whether the tab is selected. Everything else is copied as
 * it was, element by element.
 *
 * <p>Cells are given as finished {@code <c>} elements without their {@code r} attribute, which the
 * patch adds; they are written in the main namespace whatever prefix the part uses.
 */
final class SheetXmlPatch {
  static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  /** CT_Worksheet's children in schema order; a new element goes before the first one after it. */
  private static final List<String> ORDER =
      List.of(
          "sheetPr",
          "dimension",
          "sheetViews",
          "sheetFormatPr",
          "cols",
          "sheetData",
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

  private static final Pattern EMPTY_ELEMENT = Pattern.compile("<([A-Za-z_][\\w.:-]*)([^<>]*?)/>");

  /** Row → column → what to do with that cell. */
  private final NavigableMap<Integer, NavigableMap<Integer, CellChange>> cells = new TreeMap<>();

  private final Map<Integer, Float> heights = new HashMap<>();
  private final Map<String, String> elements = new HashMap<>();
  private final Map<String, Function<List<String>, String>> derived = new LinkedHashMap<>();
  private Optional<Boolean> tabSelected = Optional.empty();
  private String frozenPane;

  /** A cell's new content, or only its new format. */
  private record CellChange(String xml, int format) {
    boolean formatOnly() {
      return xml == null;
    }
  }

  /** Replaces or adds the cell at ({@code row}, {@code column}), 0-based, with {@code cellXml}. */
  SheetXmlPatch cell(int row, int column, String cellXml) {
    cells.computeIfAbsent(row, r -> new TreeMap<>()).put(column, new CellChange(cellXml, -1));
    return this;
  }

  /**
   * Gives the cell at ({@code row}, {@code column}) the format {@code format}, adding it if blank.
   */
  SheetXmlPatch format(int row, int column, int format) {
    NavigableMap<Integer, CellChange> row0 = cells.computeIfAbsent(row, r -> new TreeMap<>());
    CellChange before = row0.get(column);
    if (before != null && !before.formatOnly()) {
      row0.put(column, new CellChange(withFormat(before.xml(), format), -1));
    } else {
      row0.put(column, new CellChange(null, format));
    }
    return this;
  }

  /** Sets a row's height in points, adding the row if the sheet has none there. */
  SheetXmlPatch height(int row, float points) {
    heights.put(row, points);
    cells.computeIfAbsent(row, r -> new TreeMap<>());
    return this;
  }

  /**
   * Replaces every top-level {@code localName} element with {@code xml} (one or more elements, or
   * "" to remove them); adds it at its place in the schema when the sheet has none.
   */
  SheetXmlPatch element(String localName, String xml) {
    if (!ORDER.contains(localName) || localName.equals("sheetData")) {
      throw new IllegalArgumentException("not a replaceable worksheet element: " + localName);
    }
    elements.put(localName, xml);
    return this;
  }

  /**
   * Replaces the top-level {@code localName} elements with what {@code make} gives for them as this
   * pass writes them (each one's text, in order; none when the sheet has none): at the first one's
   * place, or where the schema puts the element; left as copied when it gives them back unchanged.
   */
  SheetXmlPatch derived(String localName, Function<List<String>, String> make) {
    if (!ORDER.contains(localName) || localName.equals("sheetData")) {
      throw new IllegalArgumentException("not a replaceable worksheet element: " + localName);
    }
    derived.put(localName, make);
    return this;
  }

  /** The cells this patch writes, as a worksheet part of their rows alone. */
  byte[] cellsPart() {
    StringBuilder xml =
        new StringBuilder("<worksheet xmlns=\"").append(MAIN).append("\"><sheetData>");
    cells.forEach(
        (row, columns) -> {
          xml.append("<row r=\"").append(row + 1).append("\">");
          columns.forEach(
              (column, change) -> {
                String ref = reference(row, column);
                String cell =
                    change.formatOnly() ? "<c s=\"" + change.format() + "\"/>" : change.xml();
                xml.append("<c r=\"").append(ref).append('"').append(cell.substring(2));
              });
          xml.append("</row>");
        });
    return xml.append("</sheetData></worksheet>").toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Has the cells given so far written as a second pass over the part would copy them, event by
   * event (an empty cell with an end tag of its own): the part reads the same as when another patch
   * was applied over this one's result, byte for byte.
   */
  SheetXmlPatch cellsAsCopied() {
    cells
        .values()
        .forEach(
            columns ->
                columns.replaceAll(
                    (column, change) ->
                        change.formatOnly()
                            ? change
                            : new CellChange(asCopied(change.xml()), change.format())));
    return this;
  }

  /**
   * A cell's XML as a pass copying it event by event writes it: an empty element gets an end tag of
   * its own. Attribute values escape their angle brackets, so a tag is found by them.
   */
  private static String asCopied(String cellXml) {
    return cellXml.contains("/>")
        ? EMPTY_ELEMENT.matcher(cellXml).replaceAll("<$1$2></$1>")
        : cellXml;
  }

  /**
   * The cells of {@link #cellsPart} that only change a format, as they stand now: row → columns.
   */
  Map<Integer, Set<Integer>> formatOnlyCells() {
    Map<Integer, Set<Integer>> found = new HashMap<>();
    cells.forEach(
        (row, columns) ->
            columns.forEach(
                (column, change) -> {
                  if (change.formatOnly()) {
                    found.computeIfAbsent(row, r -> new HashSet<>()).add(column);
                  }
                }));
    return found;
  }

  SheetXmlPatch tabSelected(boolean selected) {
    tabSelected = Optional.of(selected);
    return this;
  }

  /**
   * Freezes the first of the sheet's views as POI does: {@code pane} (a pane and its selection)
   * written first in it in place of its own selections, and no view's tab selected.
   */
  SheetXmlPatch freezeFirstView(String pane) {
    frozenPane = pane;
    return this;
  }

  byte[] apply(byte[] sheetXml) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(sheetXml.length + 8 * 1024);
    try {
      XMLStreamReader in = XmlCopy.INPUT.createXMLStreamReader(new ByteArrayInputStream(sheetXml));
      Writer text = XmlCopy.text(out);
      XMLStreamWriter to = XmlCopy.writer(text);
      Pass pass = new Pass(in, to, text, out);
      try {
        pass.run();
      } finally {
        in.close();
      }
      to.flush();
      to.close();
      return derived.isEmpty() ? out.toByteArray() : pass.derive(out.toByteArray());
    } catch (XMLStreamException e) {
      throw new IOException("unreadable worksheet XML", e);
    }
  }

  private static String withFormat(String cellXml, int format) {
    String attribute = " s=\"" + format + "\"";
    String replaced = cellXml.replaceFirst("^<c( [^>]*?)? s=\"\\d+\"", "<c$1" + attribute);
    return replaced.equals(cellXml) ? cellXml.replaceFirst("^<c", "<c" + attribute) : replaced;
  }

  /** One pass over one part. */
  private final class Pass {
    private final XMLStreamReader in;
    private final XMLStreamWriter out;
    private final Writer text;
    private final ByteArrayOutputStream bytes;
    private final Map<String, String> pending = new HashMap<>(elements);
    private final Map<String, Found> found = new LinkedHashMap<>();
    private final List<String[]> rootNamespaces = new ArrayList<>();
    private String derivedOpen;
    private int derivedStart;
    private final NavigableMap<Integer, NavigableMap<Integer, CellChange>> rowsLeft =
        new TreeMap<>();
    private int depth;
    private int lastRow = -1;
    private int views;
    private boolean inFrozenView;

    Pass(XMLStreamReader in, XMLStreamWriter out, Writer text, ByteArrayOutputStream bytes) {
      this.in = in;
      this.out = out;
      this.text = text;
      this.bytes = bytes;
      cells.forEach((row, columns) -> rowsLeft.put(row, new TreeMap<>(columns)));
    }

    void run() throws XMLStreamException {
      out.writeStartDocument("UTF-8", "1.0");
      while (in.hasNext()) {
        int event = in.next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT -> start();
          case XMLStreamConstants.END_ELEMENT -> end();
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE -> {
            if (depth > 0) {
              XmlCopy.characters(out, in.getText());
            }
          }
          case XMLStreamConstants.CDATA -> out.writeCData(in.getText());
          default -> {}
        }
      }
      out.writeEndDocument();
    }

    private void start() throws XMLStreamException {
      depth++;
      String name = in.getLocalName();
      if (depth == 1) {
        for (int i = 0; i < in.getNamespaceCount(); i++) {
          String prefix = in.getNamespacePrefix(i);
          rootNamespaces.add(new String[] {prefix == null ? "" : prefix, in.getNamespaceURI(i)});
        }
      }
      if (depth == 2) {
        insertPendingBefore(name);
        if (derived.containsKey(name)) {
          derivedStart = offset();
          derivedOpen = name;
          copyStart();
          return;
        }
        if (pending.containsKey(name)) {
          String replacement = pending.remove(name);
          skipElement();
          writeFragment(out, replacement);
          return;
        }
        if (elements.containsKey(name)) {
          skipElement(); // a second occurrence of an element already replaced
          return;
        }
      }
      if (depth == 2 && name.equals("sheetData")) {
        copyStart();
        sheetData();
        return;
      }
      if (depth == 3 && name.equals("sheetView") && frozenPane != null) {
        freezeView();
        return;
      }
      if (depth == 4 && inFrozenView && name.equals("selection")) {
        skipElement();
        return;
      }
      if (depth == 3 && name.equals("sheetView") && tabSelected.isPresent()) {
        copyStart("tabSelected", tabSelected.get() ? "1" : null);
        return;
      }
      copyStart();
    }

    /** A view's start tag without its tab selected; the first one's frozen pane after it. */
    private void freezeView() throws XMLStreamException {
      boolean selected = false;
      for (int i = 0; i < in.getAttributeCount(); i++) {
        String prefix = in.getAttributePrefix(i);
        if ((prefix == null || prefix.isEmpty())
            && in.getAttributeLocalName(i).equals("tabSelected")) {
          selected = in.getAttributeValue(i).equals("1") || in.getAttributeValue(i).equals("true");
        }
      }
      boolean unselect = selected;
      XmlCopy.startTag(in, out, attribute -> !(unselect && attribute.equals("tabSelected")));
      if (views++ == 0) {
        writeFragment(out, frozenPane);
        inFrozenView = true;
      }
    }

    private void end() throws XMLStreamException {
      if (depth == 1) {
        insertPendingBefore(null);
      }
      if (depth == 3) {
        inFrozenView = false;
      }
      out.writeEndElement();
      if (depth == 2 && derivedOpen != null) {
        found(derivedOpen).spans.add(new int[] {derivedStart, offset()});
        derivedOpen = null;
      }
      depth--;
    }

    /** Where the output stands, in bytes, everything written so far flushed. */
    private int offset() throws XMLStreamException {
      out.writeCharacters(""); // closes a start tag still open
      out.flush();
      try {
        text.flush();
      } catch (IOException e) {
        throw new XMLStreamException(e);
      }
      return bytes.size();
    }

    private Found found(String name) {
      return found.computeIfAbsent(name, n -> new Found());
    }

    /**
     * The derived elements put into the part as written: each made from the text of those written,
     * written as {@link #writeFragment} writes an element at its place.
     */
    byte[] derive(byte[] written) throws XMLStreamException {
      List<int[]> cuts = new ArrayList<>(); // from, to, index into the replacements
      List<byte[]> replacements = new ArrayList<>();
      for (String name : ORDER) { // in schema order, for elements added at one place
        Function<List<String>, String> make = derived.get(name);
        if (make == null) {
          continue;
        }
        Found at = found(name);
        List<String> texts = new ArrayList<>();
        for (int[] span : at.spans) {
          texts.add(new String(written, span[0], span[1] - span[0], StandardCharsets.UTF_8));
        }
        String made = make.apply(texts);
        if (!at.spans.isEmpty() && made.equals(String.join("", texts))) {
          continue;
        }
        int place = at.spans.isEmpty() ? at.insertAt : at.spans.get(0)[0];
        replacements.add(fragmentBytes(made));
        cuts.add(new int[] {place, place, replacements.size() - 1});
        at.spans.forEach(span -> cuts.add(new int[] {span[0], span[1], -1}));
      }
      return splice(written, cuts, replacements);
    }

    private byte[] splice(byte[] written, List<int[]> cuts, List<byte[]> replacements) {
      // at one place, an insertion before a removal, insertions in the order made
      cuts.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
      ByteArrayOutputStream spliced = new ByteArrayOutputStream(written.length + 8 * 1024);
      int from = 0;
      for (int[] cut : cuts) {
        spliced.write(written, from, cut[0] - from);
        if (cut[2] >= 0) {
          spliced.writeBytes(replacements.get(cut[2]));
        }
        from = cut[1];
      }
      spliced.write(written, from, written.length - from);
      return spliced.toByteArray();
    }

    /** {@code xml} written as {@link #writeFragment} writes it under the part's root element. */
    private byte[] fragmentBytes(String xml) throws XMLStreamException {
      ByteArrayOutputStream fragment = new ByteArrayOutputStream();
      Writer fragmentText = XmlCopy.text(fragment);
      XMLStreamWriter to = XmlCopy.writer(fragmentText);
      for (String[] namespace : rootNamespaces) {
        if (namespace[0].isEmpty()) {
          to.setDefaultNamespace(namespace[1]);
        } else {
          to.setPrefix(namespace[0], namespace[1]);
        }
      }
      writeFragment(to, xml);
      to.flush();
      try {
        fragmentText.flush();
      } catch (IOException e) {
        throw new XMLStreamException(e);
      }
      return fragment.toByteArray();
    }

    /** Writes the pending elements that the schema puts before {@code next} (all, at the end). */
    private void insertPendingBefore(String next) throws XMLStreamException {
      int position = next == null ? Integer.MAX_VALUE : ORDER.indexOf(next);
      if (position < 0) {
        return; // an element the schema does not list (an extension): keep order as found
      }
      for (String name : ORDER) {
        if (ORDER.indexOf(name) >= position) {
          break;
        }
        if (pending.containsKey(name)) {
          writeFragment(out, pending.remove(name));
        }
        if (derived.containsKey(name) && found(name).insertAt < 0) {
          found(name).insertAt = offset();
        }
      }
    }

    /**
     * The rows, in order, with the changed ones merged in; the reader is at {@code <sheetData>}.
     */
    private void sheetData() throws XMLStreamException {
      while (in.hasNext()) {
        int event = in.next();
        if (event == XMLStreamConstants.START_ELEMENT && in.getLocalName().equals("row")) {
          int row = rowIndex();
          writeNewRowsBefore(row);
          row(row);
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          writeNewRowsBefore(Integer.MAX_VALUE);
          out.writeEndElement();
          depth--;
          return;
        } else if (event == XMLStreamConstants.CHARACTERS) {
          XmlCopy.characters(out, in.getText());
        }
      }
    }

    private int rowIndex() {
      String r = in.getAttributeValue(null, "r");
      lastRow = r == null ? lastRow + 1 : Integer.parseInt(r) - 1;
      return lastRow;
    }

    private void writeNewRowsBefore(int row) throws XMLStreamException {
      while (!rowsLeft.isEmpty() && rowsLeft.firstKey() < row) {
        Map.Entry<Integer, NavigableMap<Integer, CellChange>> added = rowsLeft.pollFirstEntry();
        out.writeStartElement(mainPrefix(), "row", MAIN);
        out.writeAttribute("r", String.valueOf(added.getKey() + 1));
        writeHeight(added.getKey());
        for (Map.Entry<Integer, CellChange> cell : added.getValue().entrySet()) {
          writeNewCell(added.getKey(), cell.getKey(), cell.getValue());
        }
        out.writeEndElement();
      }
    }

    private void writeHeight(int row) throws XMLStreamException {
      Float points = heights.remove(row);
      if (points != null) {
        out.writeAttribute("ht", plain(points));
        out.writeAttribute("customHeight", "1");
      }
    }

    /** One original row with its changes; the reader is at {@code <row>}. */
    private void row(int row) throws XMLStreamException {
      NavigableMap<Integer, CellChange> changes = rowsLeft.remove(row);
      Float points = heights.remove(row);
      XmlCopy.startTag(
          in,
          out,
          name ->
              !(points != null && (name.equals("ht") || name.equals("customHeight")))
                  && !(changes != null && name.equals("spans")));
      if (points != null) {
        out.writeAttribute("ht", plain(points));
        out.writeAttribute("customHeight", "1");
      }
      depth++;
      int lastColumn = -1;
      while (in.hasNext()) {
        int event = in.next();
        if (event == XMLStreamConstants.START_ELEMENT && in.getLocalName().equals("c")) {
          String r = in.getAttributeValue(null, "r");
          int column = r == null ? lastColumn + 1 : new CellReference(r).getCol();
          lastColumn = column;
          writeNewCellsBefore(row, column, changes);
          CellChange change = changes == null ? null : changes.remove(column);
          if (change == null) {
            copyElement();
          } else if (change.formatOnly()) {
            copyCellWithFormat(row, column, change.format());
          } else {
            depth++; // skipElement() ends the element it is at, as start() began it
            skipElement();
            writeCell(row, column, change);
          }
        } else if (event == XMLStreamConstants.START_ELEMENT) {
          copyElement(); // extLst inside a row
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          writeNewCellsBefore(row, Integer.MAX_VALUE, changes);
          out.writeEndElement();
          depth--;
          return;
        }
      }
    }

    private void writeNewCellsBefore(int row, int column, NavigableMap<Integer, CellChange> changes)
        throws XMLStreamException {
      while (changes != null && !changes.isEmpty() && changes.firstKey() < column) {
        Map.Entry<Integer, CellChange> added = changes.pollFirstEntry();
        writeNewCell(row, added.getKey(), added.getValue());
      }
    }

    private void writeNewCell(int row, int column, CellChange change) throws XMLStreamException {
      if (change.formatOnly()) {
        out.writeStartElement(mainPrefix(), "c", MAIN);
        out.writeAttribute("r", reference(row, column));
        out.writeAttribute("s", String.valueOf(change.format()));
        out.writeEndElement();
      } else {
        writeCell(row, column, change);
      }
    }

    private void writeCell(int row, int column, CellChange change) throws XMLStreamException {
      String withReference = "<c r=\"" + reference(row, column) + "\"" + change.xml().substring(2);
      if (mainPrefix().isEmpty()) {
        writeAsItIs(withReference);
      } else {
        writeFragment(out, withReference);
      }
    }

    /**
     * Writes a cell written here as text straight into the output: its elements are all in the main
     * namespace, which is the part's default one, so the text means the same there; parsing and
     * writing it again event by event, as {@link #writeFragment} does, gives the same XML.
     */
    private void writeAsItIs(String cellXml) throws XMLStreamException {
      out.writeCharacters(""); // closes the row's start tag
      out.flush();
      try {
        text.write(cellXml);
      } catch (IOException e) {
        throw new XMLStreamException(e);
      }
    }

    private void copyCellWithFormat(int row, int column, int format) throws XMLStreamException {
      XmlCopy.startTag(in, out, name -> !name.equals("s"));
      if (in.getAttributeValue(null, "r") == null) {
        out.writeAttribute("r", reference(row, column));
      }
      out.writeAttribute("s", String.valueOf(format));
      depth++;
      copyChildren();
    }

    /** Copies the element the reader is at, with its subtree. */
    private void copyElement() throws XMLStreamException {
      XmlCopy.startTag(in, out, name -> true);
      depth++;
      copyChildren();
    }

    private void copyChildren() throws XMLStreamException {
      int level = 1;
      while (level > 0 && in.hasNext()) {
        int event = in.next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT -> {
            level++;
            XmlCopy.startTag(in, out, name -> true);
          }
          case XMLStreamConstants.END_ELEMENT -> {
            level--;
            out.writeEndElement();
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE ->
              XmlCopy.characters(out, in.getText());
          case XMLStreamConstants.CDATA -> out.writeCData(in.getText());
          default -> {}
        }
      }
      depth--;
    }

    /** Skips the element the reader is at, which {@link #start} counted in the depth. */
    private void skipElement() throws XMLStreamException {
      XmlCopy.skip(in);
      depth--;
    }

    private String mainPrefix() {
      return mainPrefix(out);
    }

    private static String mainPrefix(XMLStreamWriter out) {
      String prefix = out.getNamespaceContext().getPrefix(MAIN);
      return prefix == null ? "" : prefix;
    }

    private void copyStart() throws XMLStreamException {
      XmlCopy.startTag(in, out, name -> true);
    }

    private void copyStart(String attribute, String value) throws XMLStreamException {
      XmlCopy.startTag(in, out, name -> !name.equals(attribute));
      if (value != null) {
        out.writeAttribute(attribute, value);
      }
    }

    /**
     * Writes elements given as text in the main namespace, under the prefix the part uses for it
     * (none, or {@code x:} as some programs write).
     */
    private static void writeFragment(XMLStreamWriter out, String xml) throws XMLStreamException {
      if (xml == null || xml.isEmpty()) {
        return;
      }
      String prefix = mainPrefix(out);
      String wrapped =
          "<fragment xmlns=\""
              + MAIN
              + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
              + " xmlns:x14=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/main\""
              + " xmlns:xm=\"http://schemas.microsoft.com/office/excel/2006/main\">"
              + xml
              + "</fragment>";
      XMLStreamReader fragment = XmlCopy.INPUT.createXMLStreamReader(new StringReader(wrapped));
      try {
        fragment.next(); // <fragment>
        int level = 0;
        Map<String, String> declared = new HashMap<>();
        Map<Integer, List<String>> declaredAt = new HashMap<>();
        while (fragment.hasNext()) {
          int event = fragment.next();
          if (event == XMLStreamConstants.START_ELEMENT) {
            level++;
            startFragmentElement(out, fragment, prefix, level, declared, declaredAt);
          } else if (event == XMLStreamConstants.END_ELEMENT) {
            if (level == 0) {
              break;
            }
            List<String> ended = declaredAt.remove(level);
            if (ended != null) {
              ended.forEach(declared::remove);
            }
            level--;
            out.writeEndElement();
          } else if (event == XMLStreamConstants.CHARACTERS) {
            XmlCopy.characters(out, fragment.getText());
          }
        }
      } finally {
        fragment.close();
      }
    }

    /**
     * Writes the start of the fragment's element the reader is at: an element of the main namespace
     * under the part's prefix, any other with its own, declared where not yet in scope.
     */
    private static void startFragmentElement(
        XMLStreamWriter out,
        XMLStreamReader fragment,
        String prefix,
        int level,
        Map<String, String> declared,
        Map<Integer, List<String>> declaredAt)
        throws XMLStreamException {
      String uri = fragment.getNamespaceURI();
      String elementPrefix = MAIN.equals(uri) ? prefix : fragment.getPrefix();
      out.writeStartElement(
          elementPrefix == null ? "" : elementPrefix, fragment.getLocalName(), uri);
      if (!MAIN.equals(uri) && !uri.equals(declared.get(elementPrefix))) {
        // the writer takes a prefix as bound once used, declared or not: ask no writer
        out.writeNamespace(elementPrefix, uri);
        declaredAt.computeIfAbsent(level, l -> new ArrayList<>()).add(elementPrefix);
        declared.put(elementPrefix, uri);
      }
      for (int i = 0; i < fragment.getAttributeCount(); i++) {
        String attributePrefix = fragment.getAttributePrefix(i);
        if (attributePrefix == null || attributePrefix.isEmpty()) {
          out.writeAttribute(fragment.getAttributeLocalName(i), fragment.getAttributeValue(i));
          continue;
        }
        String attributeUri = fragment.getAttributeNamespace(i);
        if (!attributePrefix.equals("xml")
            && out.getNamespaceContext().getPrefix(attributeUri) == null
            && !attributeUri.equals(declared.get(attributePrefix))) {
          out.writeNamespace(attributePrefix, attributeUri);
          declaredAt.computeIfAbsent(level, l -> new ArrayList<>()).add(attributePrefix);
          declared.put(attributePrefix, attributeUri);
        }
        out.writeAttribute(
            attributePrefix,
            attributeUri,
            fragment.getAttributeLocalName(i),
            fragment.getAttributeValue(i));
      }
    }
  }

  /** Where a derived element stands in the part as written: each one found, or its place. */
  private static final class Found {
    final List<int[]> spans = new ArrayList<>();
    int insertAt = -1;
  }

  private static String reference(int row, int column) {
    return CellReference.convertNumToColString(column) + (row + 1);
  }

  private static String plain(float points) {
    return points == Math.rint(points) ? String.valueOf((int) points) : String.valueOf(points);
  }
}
