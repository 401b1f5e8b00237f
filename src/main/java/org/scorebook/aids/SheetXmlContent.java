package org.scorebook.aids;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamException;
import org.scorebook.ooxml.ExcelEscapes;
import org.scorebook.ooxml.SharedStrings;
import org.scorebook.ooxml.WorksheetXml;

/**
 * What a sheet holds, read from its worksheet part and the workbook's shared strings without POI,
 * answering as {@link ExcelAids#content} does for the same sheet open in POI: a formula's kind is
 * that of its cached result, strings read as POI reads them ({@code _x000D_} escapes decoded, the
 * phonetic runs left out), and the sheet has panes when its last sheet view has a pane.
 */
public final class SheetXmlContent implements SheetContent {

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
    WorksheetXml sheet;
    try {
      sheet = WorksheetXml.read(worksheet);
      for (WorksheetXml.Row row : sheet.rows.values()) {
        List<Cell> cells = new ArrayList<>();
        for (WorksheetXml.Cell cell : row.cells().values()) {
          cells.add(cell(cell, sharedStrings));
        }
        rows.put(row.index(), cells);
      }
    } catch (XMLStreamException | RuntimeException e) {
      throw new IOException("unreadable worksheet", e);
    }
    return new SheetXmlContent(rows, sheet.autoFilter, sheet.lastViewHasPane);
  }

  /** The shared strings part's strings in order, as POI reads each one. */
  public static List<String> sharedStrings(byte[] part) throws IOException {
    try {
      List<String> strings = new ArrayList<>();
      for (String text : SharedStrings.read(part).strings) {
        strings.add(text == null ? "" : text);
      }
      return strings;
    } catch (XMLStreamException e) {
      throw new IOException("unreadable shared strings", e);
    }
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

  /** A cell as {@link ExcelAids#content} sees it. */
  private static Cell cell(WorksheetXml.Cell found, List<String> sharedStrings) {
    int column = found.column();
    String type = found.type() == null ? "n" : found.type().strip();
    boolean formula = found.formula() != null && !"dataTable".equals(found.formula().type());
    String value = found.value();
    switch (type) {
      case "s", "str", "inlineStr" -> {
        String text;
        if (type.equals("s")) {
          text = value == null ? "" : sharedStrings.get(Integer.parseInt(value.strip()));
        } else if (type.equals("inlineStr") && found.hasInline()) {
          text = found.inline() == null ? "" : decode(found.inline());
        } else {
          text = decode(value == null ? "" : value);
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

  private static String decode(String text) {
    return ExcelEscapes.decode(text);
  }
}
