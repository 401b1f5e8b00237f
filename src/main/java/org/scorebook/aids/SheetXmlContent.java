package org.scorebook.aids;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.scorebook.ooxml.CellRefs;
import org.scorebook.ooxml.XmlFactories;

/**
 * What a sheet holds, read from its worksheet part and the workbook's shared strings without POI,
 * answering as {@link ExcelAids#content} does for the same sheet open in POI: a formula's kind is
 * that of its cached result, strings read as POI reads them ({@code _x000D_} escapes decoded, the
 * phonetic runs left out), and the sheet has panes when its last sheet view has a pane.
 */
public final class SheetXmlContent implements SheetContent {
  private static final XMLInputFactory XML = XmlFactories.input();
  private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");

  private final Map<Integer, List<Cell>> rows;
  private final boolean autoFilter;
  private final boolean panes;

  private SheetXmlContent(Map<Integer, List<Cell>> rows, boolean autoFilter, boolean panes) {
    this.rows = rows;
    this.autoFilter = autoFilter;
    this.panes = panes;
  }

  /**
   * Reads a worksheet part.
   *
   * @param sharedStrings the workbook's shared strings ({@link #sharedStrings}), in order
   */
  public static SheetXmlContent read(byte[] worksheet, List<String> sharedStrings)
      throws IOException {
    Map<Integer, List<Cell>> rows = new TreeMap<>();
    boolean autoFilter = false;
    boolean lastViewHasPane = false;
    try {
      XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(worksheet));
      try {
        int depth = 0;
        int row = -1;
        int column = -1;
        List<Cell> cells = null;
        while (reader.hasNext()) {
          int event = reader.next();
          if (event == XMLStreamConstants.END_ELEMENT) {
            depth--;
            continue;
          }
          if (event != XMLStreamConstants.START_ELEMENT) {
            continue;
          }
          depth++;
          String name = reader.getLocalName();
          if (depth == 2 && name.equals("autoFilter")) {
            autoFilter = true;
          } else if (depth == 3 && name.equals("sheetView")) {
            lastViewHasPane = false;
          } else if (depth == 4 && name.equals("pane")) {
            lastViewHasPane = true;
          } else if (depth == 3 && name.equals("row")) {
            String r = reader.getAttributeValue(null, "r");
            row = r == null ? row + 1 : Integer.parseInt(r.strip()) - 1;
            column = -1;
            cells = rows.computeIfAbsent(row, key -> new ArrayList<>());
          } else if (depth == 4 && name.equals("c") && cells != null) {
            String r = reader.getAttributeValue(null, "r");
            column = r == null ? column + 1 : CellRefs.columnOf(r);
            cells.add(cell(reader, column, sharedStrings));
            depth--; // cell() read up to the cell's end tag
          }
        }
      } finally {
        reader.close();
      }
    } catch (XMLStreamException | RuntimeException e) {
      throw new IOException("unreadable worksheet", e);
    }
    for (List<Cell> cells : rows.values()) {
      cells.sort((a, b) -> Integer.compare(a.column(), b.column()));
    }
    return new SheetXmlContent(rows, autoFilter, lastViewHasPane);
  }

  /** The shared strings part's strings in order, as POI reads each one. */
  public static List<String> sharedStrings(byte[] part) throws IOException {
    List<String> strings = new ArrayList<>();
    try {
      XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(part));
      try {
        while (reader.hasNext()) {
          if (reader.next() == XMLStreamConstants.START_ELEMENT
              && reader.getLocalName().equals("si")) {
            strings.add(richText(reader));
          }
        }
      } finally {
        reader.close();
      }
    } catch (XMLStreamException e) {
      throw new IOException("unreadable shared strings", e);
    }
    return strings;
  }

  @Override
  public Optional<List<Cell>> row(int row) {
    return Optional.ofNullable(rows.get(row)).map(List::copyOf);
  }

  @Override
  public boolean hasAutoFilter() {
    return autoFilter;
  }

  @Override
  public boolean hasPanes() {
    return panes;
  }

  // Cells

  /** Reads a {@code <c>} element to its end. */
  private static Cell cell(XMLStreamReader reader, int column, List<String> sharedStrings)
      throws XMLStreamException {
    String type = reader.getAttributeValue(null, "t");
    type = type == null ? "n" : type.strip();
    boolean formula = false;
    String value = null;
    String inline = null;
    int depth = 1;
    while (depth > 0) {
      int event = reader.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        if (depth == 1) {
          switch (reader.getLocalName()) {
            case "f" -> {
              formula |= !"dataTable".equals(reader.getAttributeValue(null, "t"));
              reader.getElementText();
              continue;
            }
            case "v" -> {
              value = reader.getElementText();
              continue;
            }
            case "is" -> {
              inline = richText(reader);
              continue;
            }
            default -> {}
          }
        }
        depth++;
      }
    }
    switch (type) {
      case "s", "str", "inlineStr" -> {
        String text;
        if (type.equals("s")) {
          text = value == null ? "" : sharedStrings.get(Integer.parseInt(value.strip()));
        } else if (value != null || type.equals("str")) {
          text = decode(value == null ? "" : value);
        } else {
          text = inline == null ? "" : inline;
        }
        return new Cell(column, Kind.STRING, formula, text, 0);
      }
      case "n" -> {
        if (value == null) {
          return formula
              ? new Cell(column, Kind.NUMBER, true, "", 0)
              : new Cell(column, Kind.BLANK, false, "", 0);
        }
        try {
          return new Cell(column, Kind.NUMBER, formula, "", Double.parseDouble(value.strip()));
        } catch (NumberFormatException e) {
          return new Cell(column, Kind.OTHER, formula, "", 0);
        }
      }
      default -> {
        return new Cell(column, Kind.OTHER, formula, "", 0);
      }
    }
  }

  /**
   * The text of a rich string ({@code <si>} or {@code <is>}), read to its end: its {@code <t>} when
   * it has no runs, else its runs' texts; phonetic runs are left out.
   */
  private static String richText(XMLStreamReader reader) throws XMLStreamException {
    StringBuilder plain = new StringBuilder();
    StringBuilder runs = new StringBuilder();
    boolean hasRuns = false;
    int depth = 1;
    String parent = null;
    while (depth > 0) {
      int event = reader.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
        if (depth == 1) {
          parent = null;
        }
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        String name = reader.getLocalName();
        if (depth == 1) {
          if (name.equals("t")) {
            plain.append(reader.getElementText());
            continue;
          }
          parent = name;
          hasRuns |= name.equals("r");
        } else if (depth == 2 && name.equals("t") && "r".equals(parent)) {
          runs.append(reader.getElementText());
          continue;
        }
        depth++;
      }
    }
    return decode(hasRuns ? runs.toString() : plain.toString());
  }

  /** Decodes the {@code _xHHHH_} escapes Excel writes for characters XML cannot hold. */
  private static String decode(String text) {
    if (text.indexOf("_x") < 0) {
      return text;
    }
    Matcher matcher = ESCAPED.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(
          out,
          Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(matcher.group(1), 16))));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
