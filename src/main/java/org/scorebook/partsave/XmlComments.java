package org.scorebook.partsave;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.apache.poi.ss.util.CellAddress;
import org.scorebook.write.EditedSheet.CommentBox;
import org.scorebook.write.EditedSheet.Note;

/**
 * The cell comments of one worksheet as XML: read from the sheet's comments part and the legacy VML
 * drawing that shows them, changed, and written back as POI writes them. Comments and shapes that
 * are not changed are copied element by element, so a reviewer's comment keeps its rich text and a
 * form control its shape; a comment that is replaced is written anew with a new box, as POI
 * replaces it.
 */
final class XmlComments {
  static final String VML_SHAPE_TYPE = "_x0000_t202";
  private static final String V = "urn:schemas-microsoft-com:vml";
  private static final String O = "urn:schemas-microsoft-com:office:office";
  private static final String X = "urn:schemas-microsoft-com:office:excel";
  private static final Map<String, String> MAIN = Map.of("", SheetXmlPatch.MAIN);
  private static final Pattern ENCODING =
      Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");
  private static final Pattern SHAPE_ID = Pattern.compile("_x0000_s(\\d+)");

  /** A comment of the comments part: where, by whom, its text. */
  private record Found(CellAddress address, int authorId, String text) {}

  /** A comment Scorebook adds. */
  private record Added(Note note, CommentBox box) {}

  /** A comment shape of the drawing: which top-level element, for which cell, shown or not. */
  private record Shape(int index, CellAddress address, boolean visible) {}

  private final List<String> authors = new ArrayList<>();
  private final List<Found> found = new ArrayList<>();
  private final Map<CellAddress, Shape> shapes = new HashMap<>();
  private final Set<String> shapeTypes = new HashSet<>();
  private int lastShapeId = 1024;
  private final String vml;

  /** The comments now, by cell: those found and not removed, and those added. */
  private final TreeMap<CellAddress, Note> current = new TreeMap<>();

  private final Set<CellAddress> removed = new HashSet<>();
  private final LinkedHashMap<CellAddress, Added> added = new LinkedHashMap<>();

  /**
   * Reads the comments part and the VML drawing, either of which may be missing.
   *
   * @throws IOException when either cannot be read
   */
  XmlComments(Optional<byte[]> comments, Optional<byte[]> vmlDrawing) throws IOException {
    this.vml = vmlDrawing.map(XmlComments::readable).orElse(null);
    try {
      if (vml != null) {
        readVml();
      }
      if (comments.isPresent()) {
        readComments(comments.get());
      }
    } catch (XMLStreamException | RuntimeException e) {
      throw new IOException("unreadable comments", e);
    }
    for (Found comment : found) {
      Shape shape = shapes.get(comment.address());
      String author =
          comment.authorId() >= 0 && comment.authorId() < authors.size()
              ? authors.get(comment.authorId())
              : "";
      current.putIfAbsent(
          comment.address(), new Note(author, comment.text(), shape != null && shape.visible()));
    }
  }

  Map<CellAddress, Note> comments() {
    return new TreeMap<>(current);
  }

  Optional<Note> comment(CellAddress address) {
    return Optional.ofNullable(current.get(address));
  }

  void set(CellAddress address, Note note, CommentBox box) {
    remove(address);
    current.put(address, note);
    added.put(address, new Added(note, box));
  }

  void remove(CellAddress address) {
    if (current.remove(address) != null) {
      if (added.remove(address) == null) {
        removed.add(address);
      }
    }
  }

  boolean changed() {
    return !removed.isEmpty() || !added.isEmpty();
  }

  boolean hasDrawing() {
    return vml != null;
  }

  // Reading

  /**
   * The drawing's text, readable as XML: Excel is known to write {@code <br>} unclosed, and some
   * writers give the namespace-less document SpreadsheetML's namespace; POI reads it so too.
   */
  private static String readable(byte[] bytes) {
    String text = new String(bytes, encoding(bytes));
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return text.replace("<br>", "<br/>").replace(" xmlns=\"" + SheetXmlPatch.MAIN + "\"", "");
  }

  /** The encoding the drawing's XML declaration names, UTF-8 without one. */
  private static Charset encoding(byte[] bytes) {
    String start = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
    Matcher declared = ENCODING.matcher(start);
    if (start.contains("<?xml") && declared.find()) {
      try {
        return Charset.forName(declared.group(1));
      } catch (IllegalArgumentException e) {
        return StandardCharsets.UTF_8;
      }
    }
    return StandardCharsets.UTF_8;
  }

  private void readVml() throws XMLStreamException {
    XMLStreamReader in = XmlCopy.INPUT.createXMLStreamReader(new java.io.StringReader(vml));
    // Excel's drawing reader is not an XML parser: new shapes declare only what the root does not.
    Map<String, String> undeclared = vmlNamespaces();
    try {
      VmlShape shape = new VmlShape();
      while (in.hasNext()) {
        int event = in.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          shape.depth++;
          vmlStart(in, shape);
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          if (shape.depth == 2 && in.getLocalName().equals("shape")) {
            shape.note().ifPresent(found -> shapes.putIfAbsent(found.address(), found));
          }
          shape.depth--;
        }
      }
    } finally {
      in.close();
    }
  }

  /** What the drawing says of the shape being read: where its note is and whether it shows. */
  private static final class VmlShape {
    int depth;
    int index = -1;
    String objectType;
    Integer row;
    Integer column;
    boolean visible;

    void next() {
      index++;
      objectType = null;
      row = null;
      column = null;
      visible = false;
    }

    Optional<Shape> note() {
      if (!"Note".equals(objectType) || row == null || column == null) {
        return Optional.empty();
      }
      return Optional.of(new Shape(index, new CellAddress(row, column), visible));
    }
  }

  private void vmlStart(XMLStreamReader in, VmlShape shape) throws XMLStreamException {
    String name = in.getLocalName();
    if (shape.depth == 2) {
      shape.next();
      if (name.equals("shapetype")) {
        shapeTypes.add(String.valueOf(in.getAttributeValue(null, "id")));
      } else if (name.equals("shape")) {
        String id = in.getAttributeValue(null, "id");
        Matcher m = SHAPE_ID.matcher(id == null ? "" : id);
        if (m.find()) {
          lastShapeId = Math.max(lastShapeId, Integer.parseInt(m.group(1)));
        }
      }
    } else if (shape.depth == 3 && name.equals("ClientData")) {
      shape.objectType = in.getAttributeValue(null, "ObjectType");
    } else if (shape.depth == 4 && shape.objectType != null) {
      switch (name) {
        case "Row" -> {
          shape.row = Integer.valueOf(in.getElementText().trim());
          shape.depth--;
        }
        case "Column" -> {
          shape.column = Integer.valueOf(in.getElementText().trim());
          shape.depth--;
        }
        case "Visible" -> shape.visible = true;
        default -> {}
      }
    }
  }

  private void readComments(byte[] xml) throws XMLStreamException {
    XMLStreamReader in = XmlCopy.INPUT.createXMLStreamReader(new ByteArrayInputStream(xml));
    try {
      while (in.hasNext()) {
        if (in.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        switch (in.getLocalName()) {
          case "author" -> authors.add(in.getElementText());
          case "comment" -> found.add(comment(in));
          default -> {}
        }
      }
    } finally {
      in.close();
    }
  }

  /** One {@code <comment>}, read to its end: its text is its runs' text, without phonetic runs. */
  private static Found comment(XMLStreamReader in) throws XMLStreamException {
    CellAddress address = new CellAddress(in.getAttributeValue(null, "ref"));
    String author = in.getAttributeValue(null, "authorId");
    StringBuilder text = new StringBuilder();
    int level = 1;
    boolean phonetic = false;
    while (level > 0 && in.hasNext()) {
      int event = in.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        level++;
        if (in.getLocalName().equals("rPh")) {
          phonetic = true;
        } else if (in.getLocalName().equals("t")) {
          String t = in.getElementText();
          level--;
          if (!phonetic) {
            text.append(t);
          }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        level--;
        if (in.getLocalName().equals("rPh")) {
          phonetic = false;
        }
      }
    }
    int authorId = author == null ? 0 : (int) Long.parseLong(author.trim());
    return new Found(address, authorId, Ooxml.decode(text.toString()));
  }

  // Writing

  /** The comments part: the authors, the comments kept as they were, then the new ones. */
  byte[] commentsXml(Optional<byte[]> original) throws IOException {
    List<String> allAuthors = new ArrayList<>(authors);
    for (Added comment : added.values()) {
      if (!allAuthors.contains(comment.note().author())) {
        allAuthors.add(comment.note().author());
      }
    }
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      XMLStreamWriter out = XmlCopy.writer(bytes);
      out.writeStartDocument("UTF-8", "1.0");
      if (original.isEmpty()) {
        out.writeStartElement("", "comments", SheetXmlPatch.MAIN);
        out.writeDefaultNamespace(SheetXmlPatch.MAIN);
        XmlCopy.fragment(out, authorsXml(allAuthors), MAIN, Map.of());
        XmlCopy.fragment(
            out, "<commentList>" + newComments(allAuthors) + "</commentList>", MAIN, Map.of());
        out.writeEndElement();
      } else {
        copyComments(original.get(), out, allAuthors);
      }
      out.writeEndDocument();
      out.close();
      return bytes.toByteArray();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the comments", e);
    }
  }

  private void copyComments(byte[] xml, XMLStreamWriter out, List<String> allAuthors)
      throws XMLStreamException {
    XMLStreamReader in = XmlCopy.INPUT.createXMLStreamReader(new ByteArrayInputStream(xml));
    try {
      new CommentsCopy(in, out, allAuthors).run();
    } finally {
      in.close();
    }
  }

  /** One pass over the comments part: kept comments copied, removed ones left out, new added. */
  private final class CommentsCopy {
    private final XMLStreamReader in;
    private final XMLStreamWriter out;
    private final List<String> allAuthors;
    private final String list;
    private Map<String, String> main = MAIN;
    private int depth;
    private boolean sawAuthors;
    private boolean sawList;

    CommentsCopy(XMLStreamReader in, XMLStreamWriter out, List<String> allAuthors) {
      this.in = in;
      this.out = out;
      this.allAuthors = allAuthors;
      this.list = "<commentList>" + newComments(allAuthors) + "</commentList>";
    }

    void run() throws XMLStreamException {
      while (in.hasNext()) {
        int event = in.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
          start(in.getLocalName());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          end();
        } else if (event == XMLStreamConstants.CHARACTERS && depth > 0) {
          XmlCopy.characters(out, in.getText());
        }
      }
    }

    private void start(String name) throws XMLStreamException {
      if (depth == 1) {
        XmlCopy.startTag(in, out, n -> true);
        if (SheetXmlPatch.MAIN.equals(in.getNamespaceURI(""))) {
          main = Map.of(); // the root's default namespace is the main one: no need to declare
        }
      } else if (depth == 2 && name.equals("authors")) {
        sawAuthors = true;
        XmlCopy.startTag(in, out, n -> true);
      } else if (depth == 2 && name.equals("commentList")) {
        if (!sawAuthors) {
          XmlCopy.fragment(out, authorsXml(allAuthors), MAIN, main);
          sawAuthors = true;
        }
        sawList = true;
        XmlCopy.startTag(in, out, n -> true);
      } else if (depth == 3 && name.equals("comment")) {
        if (removed.contains(new CellAddress(in.getAttributeValue(null, "ref")))) {
          XmlCopy.skip(in);
        } else {
          XmlCopy.element(in, out);
        }
        depth--;
      } else {
        if (depth == 2 && !sawList) {
          XmlCopy.fragment(out, list, MAIN, main); // an extension after the comments
          sawList = true;
        }
        XmlCopy.element(in, out);
        depth--;
      }
    }

    private void end() throws XMLStreamException {
      if (depth == 2 && in.getLocalName().equals("authors")) {
        List<String> fresh = allAuthors.subList(authors.size(), allAuthors.size());
        if (!fresh.isEmpty()) {
          XmlCopy.fragment(out, authorsXml(fresh).replaceAll("</?authors>", ""), MAIN, main);
        }
      } else if (depth == 2 && in.getLocalName().equals("commentList")) {
        String comments = newComments(allAuthors);
        if (!comments.isEmpty()) {
          XmlCopy.fragment(out, comments, MAIN, main);
        }
      } else if (depth == 1 && !sawList) {
        XmlCopy.fragment(out, list, MAIN, main);
      }
      out.writeEndElement();
      depth--;
    }
  }

  private String newComments(List<String> allAuthors) {
    StringBuilder xml = new StringBuilder();
    added.forEach(
        (address, comment) ->
            xml.append("<comment ref=\"")
                .append(address.formatAsString())
                .append("\" authorId=\"")
                .append(allAuthors.indexOf(comment.note().author()))
                .append("\"><text>")
                .append(Ooxml.t(comment.note().text()))
                .append("</text></comment>"));
    return xml.toString();
  }

  private static String authorsXml(List<String> allAuthors) {
    StringBuilder xml = new StringBuilder("<authors>");
    for (String author : allAuthors) {
      xml.append(author.isEmpty() ? "<author/>" : "<author>" + Ooxml.text(author) + "</author>");
    }
    return xml.append("</authors>").toString();
  }

  /**
   * The VML drawing: every element kept but the shapes of comments removed or replaced, then the
   * new comments' shapes (and their shape type, if the drawing had none).
   */
  byte[] vmlXml() throws IOException {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      XMLStreamWriter out = XmlCopy.writer(bytes);
      out.writeStartDocument("UTF-8", "1.0");
      if (vml == null) {
        out.writeStartElement("xml");
        out.writeNamespace("o", O);
        out.writeNamespace("v", V);
        out.writeNamespace("x", X);
        XmlCopy.fragment(
            out,
            "<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"1\"/></o:shapelayout>",
            vmlNamespaces(),
            Map.of());
        writeNewShapes(out, Map.of());
        out.writeEndElement();
      } else {
        copyVml(out);
      }
      out.writeEndDocument();
      out.close();
      return bytes.toByteArray();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the comments' drawing", e);
    }
  }

  private void copyVml(XMLStreamWriter out) throws XMLStreamException {
    Set<Integer> dropped = new HashSet<>();
    for (CellAddress address : removed) {
      Shape shape = shapes.get(address);
      if (shape != null) {
        dropped.add(shape.index());
      }
    }
    for (CellAddress address : added.keySet()) {
      Shape shape = shapes.get(address);
      if (shape != null) {
        dropped.add(shape.index());
      }
    }
    XMLStreamReader in = XmlCopy.INPUT.createXMLStreamReader(new java.io.StringReader(vml));
    // Excel's drawing reader is not an XML parser: new shapes declare only what the root does not.
    Map<String, String> undeclared = vmlNamespaces();
    try {
      int depth = 0;
      int index = -1;
      while (in.hasNext()) {
        int event = in.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
          if (depth == 1) {
            XmlCopy.startTag(in, out, n -> true);
            for (int i = 0; i < in.getNamespaceCount(); i++) {
              String prefix = in.getNamespacePrefix(i);
              if (prefix != null && in.getNamespaceURI(i).equals(undeclared.get(prefix))) {
                undeclared.remove(prefix);
              }
            }
            continue;
          }
          index++;
          if (dropped.contains(index)) {
            XmlCopy.skip(in);
          } else {
            XmlCopy.element(in, out);
          }
          depth--;
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          writeNewShapes(out, undeclared);
          out.writeEndElement();
          depth--;
        } else if (depth > 0
            && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.SPACE)) {
          XmlCopy.characters(out, in.getText());
        } else if (depth > 0 && event == XMLStreamConstants.COMMENT) {
          out.writeComment(in.getText());
        }
      }
    } finally {
      in.close();
    }
  }

  /** The new comments' shapes, declaring {@code undeclared} (prefix → URI) on each. */
  private void writeNewShapes(XMLStreamWriter out, Map<String, String> undeclared)
      throws XMLStreamException {
    if (added.isEmpty()) {
      return;
    }
    StringBuilder xml = new StringBuilder();
    if (!shapeTypes.contains(VML_SHAPE_TYPE)) {
      xml.append("<v:shapetype id=\"")
          .append(VML_SHAPE_TYPE)
          .append("\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\">")
          .append("<v:stroke joinstyle=\"miter\"/>")
          .append("<v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>");
    }
    int id = lastShapeId;
    for (Map.Entry<CellAddress, Added> entry : added.entrySet()) {
      CellAddress address = entry.getKey();
      CommentBox box = entry.getValue().box();
      boolean visible = entry.getValue().note().visible();
      xml.append("<v:shape id=\"_x0000_s")
          .append(++id)
          .append("\" type=\"#")
          .append(VML_SHAPE_TYPE)
          .append("\" style=\"")
          .append(visible ? "position:absolute" : "position:absolute;visibility:hidden")
          .append("\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\">")
          .append("<v:fill color=\"#ffffe1\"/>")
          .append("<v:shadow on=\"t\" color=\"black\" obscured=\"t\"/>")
          .append("<v:path o:connecttype=\"none\"/>")
          .append("<v:textbox style=\"mso-direction-alt:auto\"/>")
          .append("<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/>")
          .append("<x:Anchor>")
          .append(box.firstColumn())
          .append(", 0, ")
          .append(box.firstRow())
          .append(", 0, ")
          .append(box.lastColumn())
          .append(", 0, ")
          .append(box.lastRow())
          .append(", 0</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>")
          .append(address.getRow())
          .append("</x:Row><x:Column>")
          .append(address.getColumn())
          .append("</x:Column>")
          .append(visible ? "<x:Visible/>" : "")
          .append("</x:ClientData></v:shape>");
    }
    XmlCopy.fragment(out, xml.toString(), vmlNamespaces(), undeclared);
  }

  private static Map<String, String> vmlNamespaces() {
    Map<String, String> namespaces = new LinkedHashMap<>();
    namespaces.put("v", V);
    namespaces.put("o", O);
    namespaces.put("x", X);
    return namespaces;
  }
}
