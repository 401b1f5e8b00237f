package org.scorebook.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A .docx read without POI: the zip's XML parts parsed by the JDK's own parser (which rejects a
 * document that is not well-formed), paragraphs and table rows as plain text. Public for the
 * department report's tests.
 */
public final class DocxXml {
  public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private final Path file;
  public final Document document;

  public DocxXml(Path file) throws Exception {
    this.file = file;
    this.document = part("word/document.xml");
  }

  /** Any part of the package, parsed; throws when it is missing or not well-formed XML. */
  public Document part(String name) throws Exception {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry entry = zip.getEntry(name);
      if (entry == null) {
        throw new IOException("no part " + name);
      }
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      try (InputStream in = zip.getInputStream(entry)) {
        return builder.parse(in);
      }
    }
  }

  List<String> partNames() throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      return zip.stream().map(ZipEntry::getName).toList();
    }
  }

  /** Every body paragraph outside tables, as its text. */
  public List<String> paragraphs() {
    List<String> out = new ArrayList<>();
    NodeList ps = document.getElementsByTagNameNS(W, "p");
    for (int i = 0; i < ps.getLength(); i++) {
      Element p = (Element) ps.item(i);
      if (!insideTable(p)) {
        out.add(text(p));
      }
    }
    return out;
  }

  /** The style id of each body paragraph, beside its text. */
  List<String[]> styledParagraphs() {
    List<String[]> out = new ArrayList<>();
    NodeList ps = document.getElementsByTagNameNS(W, "p");
    for (int i = 0; i < ps.getLength(); i++) {
      Element p = (Element) ps.item(i);
      NodeList styles = p.getElementsByTagNameNS(W, "pStyle");
      String style =
          styles.getLength() > 0 ? ((Element) styles.item(0)).getAttributeNS(W, "val") : "";
      out.add(new String[] {style, text(p)});
    }
    return out;
  }

  /** Each table as rows of cell texts. */
  public List<List<List<String>>> tables() {
    List<List<List<String>>> out = new ArrayList<>();
    NodeList tables = document.getElementsByTagNameNS(W, "tbl");
    for (int t = 0; t < tables.getLength(); t++) {
      List<List<String>> rows = new ArrayList<>();
      NodeList trs = ((Element) tables.item(t)).getElementsByTagNameNS(W, "tr");
      for (int r = 0; r < trs.getLength(); r++) {
        List<String> cells = new ArrayList<>();
        NodeList tcs = ((Element) trs.item(r)).getElementsByTagNameNS(W, "tc");
        for (int c = 0; c < tcs.getLength(); c++) {
          cells.add(text((Element) tcs.item(c)));
        }
        rows.add(cells);
      }
      out.add(rows);
    }
    return out;
  }

  /** The table rows' elements of table {@code index}. */
  public List<Element> rows(int index) {
    List<Element> out = new ArrayList<>();
    NodeList trs =
        ((Element) document.getElementsByTagNameNS(W, "tbl").item(index))
            .getElementsByTagNameNS(W, "tr");
    for (int r = 0; r < trs.getLength(); r++) {
      out.add((Element) trs.item(r));
    }
    return out;
  }

  public static String text(Element element) {
    StringBuilder text = new StringBuilder();
    NodeList ts = element.getElementsByTagNameNS(W, "t");
    for (int i = 0; i < ts.getLength(); i++) {
      text.append(ts.item(i).getTextContent());
    }
    return text.toString();
  }

  private static boolean insideTable(Node node) {
    for (Node n = node.getParentNode(); n != null; n = n.getParentNode()) {
      if ("tbl".equals(n.getLocalName()) && W.equals(n.getNamespaceURI())) {
        return true;
      }
    }
    return false;
  }
}
