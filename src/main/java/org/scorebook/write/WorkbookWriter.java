package org.scorebook.write;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.scorebook.files.SafeFiles;
import org.scorebook.model.Evaluation;
import org.scorebook.model.Scorecard;
import org.scorebook.model.SheetNames;
import org.scorebook.style.PoiCellFormats;
import org.scorebook.style.Styles;

/**
 * Writes a scorecard into the evaluator's own workbook, as the contract's "What the processor
 * writes" says: 得分, 得分率 and 校验结果 on 指标评分, the cells at fault filled and commented, a fresh 评分汇总
 * sheet first, every formula's cached value recalculated, and the result saved atomically.
 *
 * <p>Processing an output again gives the same workbook: the previous score sheet, comments and
 * fault fills are replaced, not added to, and no styles pile up.
 */
public final class WorkbookWriter {
  public static final String SCORE_SHEET = SheetNames.SCORE_SHEET;

  private WorkbookWriter() {}

  /**
   * Annotates {@code workbook} and saves it to {@code target} through a temporary file and an
   * atomic rename. The workbook stays open; the caller closes it.
   *
   * @param version the tool version for the footer
   * @param writtenAt the time for the footer
   */
  public static void write(
      Workbook workbook, Scorecard card, Path target, String version, ZonedDateTime writtenAt)
      throws IOException {
    write(workbook, Optional.empty(), card, target, version, writtenAt);
  }

  /**
   * As {@link #write(Workbook, Scorecard, Path, String, ZonedDateTime)}; given the {@code original}
   * package bytes an .xlsx was opened from, every part this run did not change is copied from them
   * byte for byte ({@link PartPreservingSave}) rather than written anew by POI.
   */
  public static void write(
      Workbook workbook,
      Optional<byte[]> original,
      Scorecard card,
      Path target,
      String version,
      ZonedDateTime writtenAt)
      throws IOException {
    Objects.requireNonNull(target, "target");
    save(workbook, original, annotated(workbook, card, version, writtenAt), target);
  }

  /**
   * Saves atomically: keeping every part outside {@code changed} as {@code original} had it when
   * there is an original .xlsx package, POI's whole save otherwise.
   */
  static void save(Workbook workbook, Optional<byte[]> original, ChangedSheets changed, Path target)
      throws IOException {
    if (original.isPresent() && workbook instanceof XSSFWorkbook xssf) {
      PartPreservingSave.save(xssf, original.get(), changed, target);
    } else {
      SafeFiles.writeAtomically(target, workbook::write);
    }
  }

  /**
   * Annotates and adds the score sheet in memory without saving (used by tests and by {@code
   * write}).
   */
  public static void annotate(
      Workbook workbook, Scorecard card, String version, ZonedDateTime writtenAt) {
    annotated(workbook, card, version, writtenAt);
  }

  static ChangedSheets annotated(
      Workbook workbook, Scorecard card, String version, ZonedDateTime writtenAt) {
    Objects.requireNonNull(workbook, "workbook");
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(writtenAt, "writtenAt");
    Styles styles = Styles.reusingExisting(workbook);
    ChangedSheets changed = new ChangedSheets();
    annotatedSheets(workbook, card.evaluation()).forEach(changed::add);
    SheetEdits.apply(new PoiSheets(workbook, changed), new PoiCellFormats(workbook, styles), card);
    List<Cell> cached = WorkbookAids.refresh(workbook, card.evaluation(), styles);
    new ScoreSheet(workbook, styles, changed).write(card, version, writtenAt);
    Recalculator.recalculate(workbook, cached, changed);
    return changed;
  }

  /**
   * The sheets that get results and aids whatever the run finds: the indicator sheet (or the form)
   * and 项目信息.
   */
  private static List<Sheet> annotatedSheets(Workbook workbook, Evaluation evaluation) {
    List<Sheet> sheets = new ArrayList<>();
    Cells.findSheet(workbook, evaluation.indicators().sheetName()).ifPresent(sheets::add);
    Cells.findSheet(workbook, evaluation.project().sheetName()).ifPresent(sheets::add);
    evaluation
        .form()
        .flatMap(form -> Cells.findSheet(workbook, form.sheetName()))
        .ifPresent(sheets::add);
    return sheets;
  }
}
