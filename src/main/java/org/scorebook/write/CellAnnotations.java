package org.scorebook.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellAddress;
import org.scorebook.model.CellRef;
import org.scorebook.model.Message;
import org.scorebook.model.Text;
import org.scorebook.style.CellFormats;
import org.scorebook.style.Fill;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marks the cells at fault: a red (error) or yellow (warning) fill and a comment with the messages.
 * Marks from an earlier run are removed first, so processing an output again gives the same marks,
 * not more.
 */
final class CellAnnotations {
  private static final Logger LOG = LoggerFactory.getLogger(CellAnnotations.class);

  private final EditedSheets sheets;
  private final CellFormats formats;

  CellAnnotations(EditedSheets sheets, CellFormats formats) {
    this.sheets = sheets;
    this.formats = formats;
  }

  /**
   * Removes every Scorebook comment, and Scorebook's messages below a reviewer's comment, and the
   * fault fill of the cells that carried them.
   */
  void clearStale() {
    for (EditedSheet sheet : sheets.all()) {
      for (CellAddress address : Comments.withOurPart(sheet)) {
        Comments.removeOurPart(sheet, address.getRow(), address.getColumn());
        clearFaultFill(sheet, address.getRow(), address.getColumn());
      }
    }
  }

  private void clearFaultFill(EditedSheet sheet, int row, int column) {
    int format = sheet.formatOrNew(row, column);
    if (formats.hasFill(format, Fill.ERROR) || formats.hasFill(format, Fill.WARNING)) {
      sheet.setFormat(row, column, formats.withFill(format, Fill.NONE));
    }
  }

  /** Fills and comments every cell that a message points at. */
  void mark(List<Message> messages) {
    byCell(messages)
        .forEach(
            (where, found) ->
                sheets
                    .find(where.sheet())
                    .ifPresentOrElse(
                        sheet -> mark(sheet, where.row(), where.column(), found),
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

  private void mark(EditedSheet sheet, int row, int column, List<Message> messages) {
    Fill fill = messages.stream().anyMatch(Message::isError) ? Fill.ERROR : Fill.WARNING;
    sheet.setFormat(row, column, formats.withFill(sheet.formatOrNew(row, column), fill));
    Comments.attach(sheet, row, column, commentText(messages));
  }

  static String commentText(List<Message> messages) {
    return String.join("\n", messages.stream().map(CellAnnotations::line).distinct().toList());
  }

  private static String line(Message message) {
    return Text.get("write.commentLine", message.severity().label(), message.text());
  }
}
