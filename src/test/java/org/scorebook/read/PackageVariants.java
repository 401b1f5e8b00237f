package org.scorebook.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The same workbook as other programs write it: strings inline (openpyxl), text in rich runs with
 * phonetic guides, rows and cells without their {@code r}, dates counted from 1904. Each variant
 * rewrites the XML of an .xlsx package and zips it again.
 */
final class PackageVariants {
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  private PackageVariants() {}

  /** Every shared-string cell of every sheet as an inline string ({@code t="inlineStr"}). */
  static byte[] inlineStrings(byte[] xlsx) {
    Map<String, byte[]> parts = parts(xlsx);
    byte[] sst = parts.get("xl/sharedStrings.xml");
    if (sst == null) {
      return xlsx;
    }
    List<Element> strings = elements(parse(sst), "si");
    for (String name : sheetParts(parts)) {
      Document sheet = parse(parts.get(name));
      for (Element cell : elements(sheet, "c")) {
        if ("s".equals(cell.getAttribute("t"))) {
          Element v = first(cell, "v");
          Element si = strings.get(Integer.parseInt(v.getTextContent().trim()));
          Element is = sheet.createElementNS(MAIN, "is");
          for (Node child = si.getFirstChild(); child != null; child = child.getNextSibling()) {
            is.appendChild(sheet.importNode(child, true));
          }
          cell.replaceChild(is, v);
          cell.setAttribute("t", "inlineStr");
        }
      }
      parts.put(name, serialize(sheet));
    }
    return zip(parts);
  }

  /**
   * Every shared string of two characters or more split into two runs, the first bold, followed by
   * a phonetic guide and its properties, as Excel writes Japanese or Chinese text with pinyin.
   */
  static byte[] richRuns(byte[] xlsx) {
    return editPart(
        xlsx,
        "xl/sharedStrings.xml",
        sst -> {
          for (Element si : elements(sst, "si")) {
            Element t = first(si, "t");
            if (t == null || t.getTextContent().length() < 2) {
              continue;
            }
            String text = t.getTextContent();
            si.removeChild(t);
            int half = text.length() / 2;
            si.appendChild(run(sst, text.substring(0, half), true));
            si.appendChild(run(sst, text.substring(half), false));
            Element phonetic = sst.createElementNS(MAIN, "rPh");
            phonetic.setAttribute("sb", "0");
            phonetic.setAttribute("eb", "1");
            phonetic.appendChild(text(sst, "pīn"));
            si.appendChild(phonetic);
            Element properties = sst.createElementNS(MAIN, "phoneticPr");
            properties.setAttribute("fontId", "0");
            si.appendChild(properties);
          }
        });
  }

  private static Element run(Document document, String text, boolean bold) {
    Element run = document.createElementNS(MAIN, "r");
    if (bold) {
      Element properties = document.createElementNS(MAIN, "rPr");
      properties.appendChild(document.createElementNS(MAIN, "b"));
      run.appendChild(properties);
    }
    run.appendChild(text(document, text));
    return run;
  }

  private static Element text(Document document, String text) {
    Element t = document.createElementNS(MAIN, "t");
    t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
    t.setTextContent(text);
    return t;
  }

  /** No {@code r} on any row or cell: positions follow on, as some export tools write them. */
  static byte[] withoutReferences(byte[] xlsx) {
    Map<String, byte[]> parts = parts(xlsx);
    for (String name : sheetParts(parts)) {
      Document sheet = parse(parts.get(name));
      for (Element row : elements(sheet, "row")) {
        row.removeAttribute("r");
        row.removeAttribute("spans");
      }
      for (Element cell : elements(sheet, "c")) {
        cell.removeAttribute("r");
      }
      parts.put(name, serialize(sheet));
    }
    return zip(parts);
  }

  /** The workbook's dates counted from 1904, as old Mac workbooks count them. */
  static byte[] date1904(byte[] xlsx) {
    return editPart(
        xlsx,
        "xl/workbook.xml",
        workbook -> {
          Element properties = first(workbook.getDocumentElement(), "workbookPr");
          if (properties == null) {
            properties = workbook.createElementNS(MAIN, "workbookPr");
            Element root = workbook.getDocumentElement();
            Element sheets = first(root, "sheets");
            Element before = first(root, "bookViews");
            root.insertBefore(properties, before != null ? before : sheets);
          }
          properties.setAttribute("date1904", "1");
        });
  }

  /**
   * Formulas filled down as Excel saves them: in each column, a run of formula cells on consecutive
   * rows becomes one shared formula, written in full in its first cell ({@code ref} over the run)
   * and only referred to ({@code si}) in the others, whose formulas are the first one's moved down.
   */
  static byte[] sharedFormulas(byte[] xlsx) {
    Map<String, byte[]> parts = parts(xlsx);
    for (String name : sheetParts(parts)) {
      Document sheet = parse(parts.get(name));
      Map<String, Element> above = new LinkedHashMap<>();
      Map<Element, List<Element>> runs = new LinkedHashMap<>();
      for (Element cell : elements(sheet, "c")) {
        Element f = first(cell, "f");
        if (f == null || f.hasAttribute("t")) {
          continue;
        }
        org.apache.poi.ss.util.CellReference at =
            new org.apache.poi.ss.util.CellReference(cell.getAttribute("r"));
        String previous = at.getCol() + ":" + (at.getRow() - 1);
        Element master = above.remove(previous);
        Element start = master == null ? cell : runOf(runs, master);
        runs.computeIfAbsent(start, k -> new ArrayList<>()).add(cell);
        above.put(at.getCol() + ":" + at.getRow(), cell);
      }
      int si = 0;
      for (Map.Entry<Element, List<Element>> run : runs.entrySet()) {
        List<Element> cells = run.getValue();
        if (cells.size() < 2) {
          continue;
        }
        Element master = first(cells.get(0), "f");
        master.setAttribute("t", "shared");
        master.setAttribute(
            "ref",
            cells.get(0).getAttribute("r") + ":" + cells.get(cells.size() - 1).getAttribute("r"));
        master.setAttribute("si", String.valueOf(si));
        for (Element child : cells.subList(1, cells.size())) {
          Element f = first(child, "f");
          f.setTextContent("");
          f.setAttribute("t", "shared");
          f.setAttribute("si", String.valueOf(si));
        }
        si++;
      }
      parts.put(name, serialize(sheet));
    }
    return zip(parts);
  }

  private static Element runOf(Map<Element, List<Element>> runs, Element cell) {
    for (Map.Entry<Element, List<Element>> run : runs.entrySet()) {
      if (run.getValue().contains(cell)) {
        return run.getKey();
      }
    }
    return cell;
  }

  /** Whether any sheet of the package has a formula without a saved result, or a shared one. */
  static boolean hasFormulasOnlyPoiReads(byte[] xlsx) {
    Map<String, byte[]> parts = parts(xlsx);
    for (String name : sheetParts(parts)) {
      for (Element cell : elements(parse(parts.get(name)), "c")) {
        Element f = first(cell, "f");
        Element v = first(cell, "v");
        if (f != null
            && (v == null
                || v.getTextContent().isBlank()
                || "shared".equals(f.getAttribute("t")))) {
          return true;
        }
      }
    }
    return false;
  }

  // Zips and XML

  private static byte[] editPart(byte[] xlsx, String part, Consumer<Document> edit) {
    Map<String, byte[]> parts = parts(xlsx);
    if (!parts.containsKey(part)) {
      return xlsx;
    }
    Document document = parse(parts.get(part));
    edit.accept(document);
    parts.put(part, serialize(document));
    return zip(parts);
  }

  private static List<String> sheetParts(Map<String, byte[]> parts) {
    return parts.keySet().stream()
        .filter(name -> name.startsWith("xl/worksheets/") && name.endsWith(".xml"))
        .toList();
  }

  static Map<String, byte[]> parts(byte[] xlsx) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        parts.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parts;
  }

  static byte[] zip(Map<String, byte[]> parts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static Document parse(byte[] xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] serialize(Document document) {
    try {
      var transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      transformer.transform(new DOMSource(document), new StreamResult(out));
      return out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Element> elements(Document document, String name) {
    NodeList nodes = document.getElementsByTagNameNS(MAIN, name);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  private static Element first(Element parent, String name) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element
          && MAIN.equals(element.getNamespaceURI())
          && name.equals(element.getLocalName())) {
        return element;
      }
    }
    return null;
  }
}
