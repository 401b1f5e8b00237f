package org.scorebook.partsave;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Changes to the workbook part, in one streaming pass, as a new first sheet needs them: sheets
 * removed (with the names scoped to them), a sheet put first, every sheet-scoped name's index
 * shifted to follow its sheet, names set, the first tab active and shown, and Excel asked to
 * recalculate on opening. Everything else is copied as it was.
 */
final class WorkbookXmlPatch {
  static final String RELATIONSHIPS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  /** CT_Workbook's children in schema order; a missing element goes before the first after it. */
  private static final List<String> ORDER =
      List.of(
          "fileVersion",
          "fileSharing",
          "workbookPr",
          "workbookProtection",
          "bookViews",
          "sheets",
          "functionGroups",
          "externalReferences",
          "definedNames",
          "calcPr",
          "oleSize",
          "customWorkbookViews",
          "pivotCaches",
          "smartTagPr",
          "smartTagTypes",
          "webPublishing",
          "fileRecoveryPr",
          "webPublishObjects",
          "extLst");

  /** A sheet as the workbook part lists it. */
  record SheetEntry(
      String name, String sheetId, String relationshipId, Map<String, String> other) {}

  /** A defined name; {@code sheet} is the name of the sheet it is scoped to, or null. */
  record Name(String name, String sheet, String formula, Map<String, String> attributes) {}

  private Predicate<String> removed = name -> false;
  private String firstName;
  private String firstRelationship;
  private final List<Name> setNames = new ArrayList<>();

  /** Removes the sheets whose name {@code which} accepts, and the names scoped to them. */
  WorkbookXmlPatch removeSheets(Predicate<String> which) {
    removed = which;
    return this;
  }

  /** Puts a new sheet first, related to the workbook part by {@code relationshipId}. */
  WorkbookXmlPatch firstSheet(String name, String relationshipId) {
    firstName = name;
    firstRelationship = relationshipId;
    return this;
  }

  /**
   * Sets a name scoped to {@code sheet} (or the workbook when null), replacing one of the same name
   * and scope.
   */
  WorkbookXmlPatch name(String name, String sheet, String formula, boolean hidden) {
    setNames.add(new Name(name, sheet, formula, hidden ? Map.of("hidden", "1") : Map.of()));
    return this;
  }

  byte[] apply(byte[] workbookXml) throws IOException {
    Parsed parsed = Parsed.of(workbookXml);
    List<SheetEntry> before = parsed.sheets;
    List<SheetEntry> after = new ArrayList<>();
    if (firstName != null) {
      after.add(
          new SheetEntry(
              firstName, String.valueOf(parsed.maxSheetId() + 1), firstRelationship, Map.of()));
    }
    before.stream().filter(sheet -> !removed.test(sheet.name())).forEach(after::add);
    List<Name> names = new ArrayList<>();
    for (Name name : parsed.names) {
      boolean gone = name.sheet() != null && removed.test(name.sheet());
      boolean replaced =
          setNames.stream()
              .anyMatch(
                  set ->
                      set.name().equalsIgnoreCase(name.name())
                          && Objects.equals(set.sheet(), name.sheet()));
      if (!gone && !replaced) {
        names.add(name);
      }
    }
    names.addAll(setNames);
    ByteArrayOutputStream out = new ByteArrayOutputStream(workbookXml.length + 1024);
    try {
      XMLStreamReader in =
          XmlCopy.INPUT.createXMLStreamReader(new ByteArrayInputStream(workbookXml));
      XMLStreamWriter to = XmlCopy.writer(out);
      try {
        new Pass(in, to, after, names).run();
      } finally {
        in.close();
      }
      to.flush();
      to.close();
    } catch (XMLStreamException e) {
      throw new IOException("unreadable workbook XML", e);
    }
    return out.toByteArray();
  }

  /** The sheets in order and the names, with the names' scopes as sheet names. */
  record Listing(List<String> sheets, List<Name> names) {}

  static Listing list(byte[] workbookXml) throws IOException {
    Parsed parsed = Parsed.of(workbookXml);
    return new Listing(parsed.sheets.stream().map(SheetEntry::name).toList(), parsed.names);
  }

  /** What the part lists, read first so that names can be given their new sheet indices. */
  private static final class Parsed {
    final List<SheetEntry> sheets = new ArrayList<>();
    final List<Name> names = new ArrayList<>();

    int maxSheetId() {
      return sheets.stream().mapToInt(s -> parseInt(s.sheetId())).max().orElse(0);
    }

    static Parsed of(byte[] xml) throws IOException {
      Parsed parsed = new Parsed();
      try {
        XMLStreamReader in = XmlCopy.INPUT.createXMLStreamReader(new ByteArrayInputStream(xml));
        try {
          while (in.hasNext()) {
            if (in.next() != XMLStreamConstants.START_ELEMENT) {
              continue;
            }
            if (in.getLocalName().equals("sheet")) {
              parsed.sheets.add(
                  new SheetEntry(
                      in.getAttributeValue(null, "name"),
                      in.getAttributeValue(null, "sheetId"),
                      in.getAttributeValue(RELATIONSHIPS, "id"),
                      otherAttributes(in, "name", "sheetId")));
            } else if (in.getLocalName().equals("definedName")) {
              String local = in.getAttributeValue(null, "localSheetId");
              Map<String, String> attributes = otherAttributes(in, "name", "localSheetId");
              String name = in.getAttributeValue(null, "name");
              String formula = in.getElementText();
              String sheet =
                  local == null || parseInt(local) >= parsed.sheets.size()
                      ? null
                      : parsed.sheets.get(parseInt(local)).name();
              parsed.names.add(new Name(name, sheet, formula, attributes));
            }
          }
        } finally {
          in.close();
        }
      } catch (XMLStreamException e) {
        throw new IOException("unreadable workbook XML", e);
      }
      return parsed;
    }
  }

  private static Map<String, String> otherAttributes(XMLStreamReader in, String... except) {
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int i = 0; i < in.getAttributeCount(); i++) {
      String prefix = in.getAttributePrefix(i);
      String local = in.getAttributeLocalName(i);
      if ((prefix == null || prefix.isEmpty()) && !List.of(except).contains(local)) {
        attributes.put(local, in.getAttributeValue(i));
      }
    }
    return attributes;
  }

  private static int parseInt(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (RuntimeException e) {
      return 0;
    }
  }

  /** The copying pass. */
  private static final class Pass {
    private final XMLStreamReader in;
    private final XMLStreamWriter out;
    private final List<SheetEntry> sheets;
    private final List<Name> names;
    private boolean namesWritten;
    private boolean calcWritten;
    private int depth;

    Pass(XMLStreamReader in, XMLStreamWriter out, List<SheetEntry> sheets, List<Name> names) {
      this.in = in;
      this.out = out;
      this.sheets = sheets;
      this.names = names;
    }

    void run() throws XMLStreamException {
      out.writeStartDocument("UTF-8", "1.0");
      while (in.hasNext()) {
        switch (in.next()) {
          case XMLStreamConstants.START_ELEMENT -> start();
          case XMLStreamConstants.END_ELEMENT -> end();
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE -> {
            if (depth > 0) {
              out.writeCharacters(in.getText());
            }
          }
          default -> {}
        }
      }
      out.writeEndDocument();
    }

    private void start() throws XMLStreamException {
      depth++;
      String name = in.getLocalName();
      if (depth == 2) {
        insertMissingBefore(name);
        switch (name) {
          case "sheets" -> {
            XmlCopy.startTag(in, out, attribute -> true);
            writeSheets();
            XmlCopy.skip(in);
            out.writeEndElement();
            depth--;
            return;
          }
          case "definedNames" -> {
            XmlCopy.skip(in);
            depth--;
            writeNames();
            return;
          }
          case "calcPr" -> {
            XmlCopy.startTag(in, out, attribute -> !attribute.equals("fullCalcOnLoad"));
            out.writeAttribute("fullCalcOnLoad", "1");
            calcWritten = true;
            return;
          }
          default -> {}
        }
      }
      if (depth == 3 && name.equals("workbookView")) {
        XmlCopy.startTag(
            in,
            out,
            attribute -> !attribute.equals("activeTab") && !attribute.equals("firstSheet"));
        out.writeAttribute("activeTab", "0");
        out.writeAttribute("firstSheet", "0");
        return;
      }
      XmlCopy.startTag(in, out, attribute -> true);
    }

    private void end() throws XMLStreamException {
      if (depth == 1) {
        insertMissingBefore(null);
      }
      out.writeEndElement();
      depth--;
    }

    /** definedNames and calcPr when the part has none, at their place in the schema. */
    private void insertMissingBefore(String next) throws XMLStreamException {
      int position = next == null ? Integer.MAX_VALUE : ORDER.indexOf(next);
      if (position < 0) {
        return;
      }
      if (!namesWritten
          && position > ORDER.indexOf("definedNames")
          && !"definedNames".equals(next)) {
        writeNames();
      }
      if (!calcWritten && position > ORDER.indexOf("calcPr") && !"calcPr".equals(next)) {
        out.writeStartElement(prefix(), "calcPr", SheetXmlPatch.MAIN);
        out.writeAttribute("fullCalcOnLoad", "1");
        out.writeEndElement();
        calcWritten = true;
      }
    }

    private void writeSheets() throws XMLStreamException {
      for (SheetEntry sheet : sheets) {
        out.writeStartElement(prefix(), "sheet", SheetXmlPatch.MAIN);
        out.writeAttribute("name", sheet.name());
        out.writeAttribute("sheetId", sheet.sheetId());
        for (Map.Entry<String, String> other : sheet.other().entrySet()) {
          out.writeAttribute(other.getKey(), other.getValue());
        }
        out.writeAttribute(relationshipsPrefix(), RELATIONSHIPS, "id", sheet.relationshipId());
        out.writeEndElement();
      }
    }

    private void writeNames() throws XMLStreamException {
      namesWritten = true;
      List<Name> kept =
          names.stream().filter(n -> n.sheet() == null || indexOf(n.sheet()) >= 0).toList();
      if (kept.isEmpty()) {
        return;
      }
      out.writeStartElement(prefix(), "definedNames", SheetXmlPatch.MAIN);
      for (Name name : kept) {
        out.writeStartElement(prefix(), "definedName", SheetXmlPatch.MAIN);
        out.writeAttribute("name", name.name());
        if (name.sheet() != null) {
          out.writeAttribute("localSheetId", String.valueOf(indexOf(name.sheet())));
        }
        for (Map.Entry<String, String> attribute : name.attributes().entrySet()) {
          out.writeAttribute(attribute.getKey(), attribute.getValue());
        }
        out.writeCharacters(name.formula());
        out.writeEndElement();
      }
      out.writeEndElement();
    }

    private int indexOf(String sheet) {
      for (int i = 0; i < sheets.size(); i++) {
        if (sheets.get(i).name().equals(sheet)) {
          return i;
        }
      }
      return -1;
    }

    private String prefix() {
      String prefix = out.getNamespaceContext().getPrefix(SheetXmlPatch.MAIN);
      return prefix == null ? "" : prefix;
    }

    private String relationshipsPrefix() throws XMLStreamException {
      String prefix = out.getNamespaceContext().getPrefix(RELATIONSHIPS);
      if (prefix == null) {
        out.writeNamespace("r", RELATIONSHIPS);
        return "r";
      }
      return prefix;
    }
  }
}
