package org.scorebook.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a sheet of an .xlsx file says about its data validations, conditional formatting and
 * hyperlinks, read from the sheet's XML in the zip without POI: the independent reader for what
 * fastexcel does not expose.
 */
public final class SheetXml {
  private static final String REL_NS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  /** A validation: its cells, type, operator, first formula, titles and texts. */
  public record Validation(
      String sqref,
      String type,
      String operator,
      String formula1,
      String errorStyle,
      String promptTitle,
      String prompt,
      String errorTitle,
      String error) {}

  /** A conditional-format rule with the cells it covers and its formula. */
  public record Rule(String sqref, String type, String formula) {}

  /** A hyperlink: its cell and either a place in the workbook or a target outside it. */
  public record Link(String ref, String location, String target) {}

  public final List<Validation> validations = new ArrayList<>();
  public final List<Rule> rules = new ArrayList<>();
  public final List<Link> links = new ArrayList<>();

  private SheetXml() {}

  public static SheetXml read(Path file, String sheetName) throws Exception {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Document workbook = parse(zip, "xl/workbook.xml");
      Map<String, String> targets = relationships(zip, "xl/_rels/workbook.xml.rels");
      NodeList sheets = workbook.getElementsByTagNameNS("*", "sheet");
      for (int i = 0; i < sheets.getLength(); i++) {
        Element sheet = (Element) sheets.item(i);
        if (sheet.getAttribute("name").equals(sheetName)) {
          String target = targets.get(sheet.getAttributeNS(REL_NS, "id"));
          String path = target.startsWith("/") ? target.substring(1) : "xl/" + target;
          return of(zip, path);
        }
      }
      throw new AssertionError("no sheet " + sheetName + " in " + file);
    }
  }

  /** How many differential formats (the looks of conditional-format rules) the workbook holds. */
  public static int differentialFormats(Path file) throws Exception {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      return parse(zip, "xl/styles.xml").getElementsByTagNameNS("*", "dxf").getLength();
    }
  }

  private static SheetXml of(ZipFile zip, String path) throws Exception {
    SheetXml found = new SheetXml();
    Document sheet = parse(zip, path);
    String name = path.substring(path.lastIndexOf('/') + 1);
    String rels = path.substring(0, path.lastIndexOf('/')) + "/_rels/" + name + ".rels";
    Map<String, String> targets = zip.getEntry(rels) == null ? Map.of() : relationships(zip, rels);
    for (Element v : elements(sheet, "dataValidation")) {
      found.validations.add(
          new Validation(
              v.getAttribute("sqref"),
              v.getAttribute("type"),
              v.getAttribute("operator"),
              text(v, "formula1"),
              v.getAttribute("errorStyle"),
              v.getAttribute("promptTitle"),
              v.getAttribute("prompt"),
              v.getAttribute("errorTitle"),
              v.getAttribute("error")));
    }
    for (Element formatting : elements(sheet, "conditionalFormatting")) {
      NodeList cfRules = formatting.getElementsByTagNameNS("*", "cfRule");
      for (int i = 0; i < cfRules.getLength(); i++) {
        Element rule = (Element) cfRules.item(i);
        found.rules.add(
            new Rule(
                formatting.getAttribute("sqref"),
                rule.getAttribute("type"),
                text(rule, "formula")));
      }
    }
    for (Element link : elements(sheet, "hyperlink")) {
      String id = link.getAttributeNS(REL_NS, "id");
      found.links.add(
          new Link(
              link.getAttribute("ref"),
              link.getAttribute("location"),
              id.isEmpty() ? "" : targets.getOrDefault(id, "")));
    }
    return found;
  }

  private static List<Element> elements(Document document, String tag) {
    NodeList nodes = document.getElementsByTagNameNS("*", tag);
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  private static String text(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagNameNS("*", tag);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
  }

  private static Map<String, String> relationships(ZipFile zip, String path) throws Exception {
    Map<String, String> targets = new HashMap<>();
    for (Element rel : elements(parse(zip, path), "Relationship")) {
      targets.put(rel.getAttribute("Id"), rel.getAttribute("Target"));
    }
    return targets;
  }

  private static Document parse(ZipFile zip, String path) throws Exception {
    byte[] bytes;
    try (var in = zip.getInputStream(zip.getEntry(path))) {
      bytes = in.readAllBytes();
    } catch (NullPointerException e) {
      throw new IOException("no " + path);
    }
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
  }
}
