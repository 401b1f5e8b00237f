package org.scorebook.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.scorebook.model.CellRef;
import org.scorebook.model.Message;
import org.scorebook.model.Text;
import org.scorebook.style.Fill;
import org.scorebook.style.Styles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marks the cells at fault: a red (error) or yellow (warning) fill and a comment with the messages.
 * Marks from an earlier run are removed first, so processing an output again gives the same marks,
 * not more.
 */
final class CellAnnotations {
  private static final Logger LOG = LoggerFactory.getLogger(CellAnnotations.class);

  private final Workbook workbook;
  private final Styles styles;
  private final ChangedSheets changed;

  CellAnnotations(Workbook workbook, Styles styles, ChangedSheets changed) {
    this.workbook = workbook;
    this.styles = styles;
    this.changed = changed;
  }

  /**
   * Removes every Scorebook comment, and Scorebook's messages below a reviewer's comment, and the
   * fault fill of the cells that carried them.
   */
  void clearStale() {
    for (Sheet sheet : workbook) {
      for (CellAddress address : Comments.withOurPart(sheet)) {
        changed.add(sheet);
        Cell cell = Cells.cell(sheet, address.getRow(), address.getColumn());
        Comments.removeOurPart(cell);
        clearFaultFill(cell);
      }
    }
  }

  private void clearFaultFill(Cell cell) {
    CellStyle style = cell.getCellStyle();
    if (style.getFillPattern() == FillPatternType.SOLID_FOREGROUND
        && (style.getFillForegroundColor() == Fill.ERROR.index()
            || style.getFillForegroundColor() == Fill.WARNING.index())) {
      cell.setCellStyle(styles.withFill(style, Fill.NONE));
    }
  }

  /** Fills and comments every cell that a message points at. */
  void mark(List<Message> messages) {
    byCell(messages)
        .forEach(
            (where, found) ->
                Cells.findSheet(workbook, where.sheet())
                    .ifPresentOrElse(
                        sheet -> mark(Cells.cell(sheet, where.row(), where.column()), found),
                        () -> LOG.debug("no sheet {} for messages at {}", where.sheet(), where)));
  }

  private static Map<CellRef, List<Message>> byCell(List<Message> messages) {
    Map<CellRef, List<Message>> byCell = new LinkedHashMap<>();
    for (Message message : messages) {
      if (message.where().hasCell()) {
        byCell.computeIfAbsent(message.where(), k -> new ArrayList<>()).add(message);
      }
    }
    return byCell;
  }

  private void mark(Cell cell, List<Message> messages) {
    changed.add(cell.getSheet());
    Fill fill = messages.stream().anyMatch(Message::isError) ? Fill.ERROR : Fill.WARNING;
    cell.setCellStyle(styles.withFill(cell.getCellStyle(), fill));
    Comments.attach(cell, commentText(messages));
  }

  static String commentText(List<Message> messages) {
    return String.join("\n", messages.stream().map(CellAnnotations::line).distinct().toList());
  }

  private static String line(Message message) {
    return Text.get("write.commentLine", message.severity().label(), message.text());
  }
}
