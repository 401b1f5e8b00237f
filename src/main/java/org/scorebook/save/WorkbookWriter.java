package org.scorebook.save;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.scorebook.files.SafeFiles;
import org.scorebook.model.Evaluation;
import org.scorebook.model.Scorecard;
import org.scorebook.model.SheetNames;
import org.scorebook.ooxml.PackageIndex;
import org.scorebook.partsave.StreamingSave;
import org.scorebook.style.PoiCellFormats;
import org.scorebook.style.Styles;
import org.scorebook.write.Cells;
import org.scorebook.write.ChangedSheets;
import org.scorebook.write.ScoreSheet;
import org.scorebook.write.SheetEdits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a scorecard into the evaluator's own workbook, as the contract's "What the processor
 * writes" says: 得分, 得分率 and 校验结果 on 指标评分, the cells at fault filled and commented, a fresh 评分汇总
 * sheet first, every formula's cached value recalculated, and the result saved atomically.
 *
 * <p>Processing an output again gives the same workbook: the previous score sheet, comments and
 * fault fills are replaced, not added to, and no styles pile up.
 */
public final class WorkbookWriter {
  private static final Logger LOG = LoggerFactory.getLogger(WorkbookWriter.class);
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
    write(workbook, original, List.of(card), target, version, writtenAt);
  }

  /**
   * As {@link #write(Workbook, Optional, Scorecard, Path, String, ZonedDateTime)}, for every
   * project of the workbook, each in its own sheet, with one score sheet for them all.
   */
  public static void write(
      Workbook workbook,
      Optional<byte[]> original,
      List<Scorecard> cards,
      Path target,
      String version,
      ZonedDateTime writtenAt)
      throws IOException {
    Objects.requireNonNull(target, "target");
    save(workbook, original, annotated(workbook, cards, version, writtenAt), target);
  }

  /**
   * As {@link #write(Workbook, Optional, Scorecard, Path, String, ZonedDateTime)}, with one more
   * sheet, which {@code extraSheet} adds to the annotated workbook and returns, saved with the
   * rest.
   */
  public static void write(
      Workbook workbook,
      Optional<byte[]> original,
      Scorecard card,
      Path target,
      String version,
      ZonedDateTime writtenAt,
      Function<Workbook, Sheet> extraSheet)
      throws IOException {
    write(workbook, original, List.of(card), target, version, writtenAt, extraSheet);
  }

  /**
   * As {@link #write(Workbook, Optional, Scorecard, Path, String, ZonedDateTime, Function)}, for
   * every project of the workbook.
   */
  public static void write(
      Workbook workbook,
      Optional<byte[]> original,
      List<Scorecard> cards,
      Path target,
      String version,
      ZonedDateTime writtenAt,
      Function<Workbook, Sheet> extraSheet)
      throws IOException {
    ChangedSheets changed = annotated(workbook, cards, version, writtenAt);
    changed.add(extraSheet.apply(workbook));
    save(workbook, original, changed, target);
  }

  /**
   * Writes {@code card} into the .xlsx or .xlsm package {@code original} as {@code target} without
   * POI: only the parts that change are written anew (the indicator sheet and 项目信息, their comments,
   * styles, the workbook part, the new 评分汇总), every other entry is copied as it is. Where that
   * cannot give what {@link #write} gives (a formula whose cached value the results would change
   * and that it cannot calculate, or that has none, a name that refers to the indicator sheet, a
   * package it cannot read), nothing is written and the answer is false: the caller writes through
   * POI.
   *
   * @throws IOException when the target cannot be written
   */
  public static boolean writeParts(
      byte[] original, Scorecard card, Path target, String version, ZonedDateTime writtenAt)
      throws IOException {
    Objects.requireNonNull(target, "target");
    return written(StreamingSave.prepare(original, List.of(card), version, writtenAt), target);
  }

  /**
   * As {@link #writeParts(byte[], Scorecard, Path, String, ZonedDateTime)}, taking the package's
   * parts from the index it was read through instead of inflating them again.
   */
  public static boolean writeParts(
      PackageIndex index, Scorecard card, Path target, String version, ZonedDateTime writtenAt)
      throws IOException {
    return writeParts(index, List.of(card), target, version, writtenAt);
  }

  /**
   * As {@link #writeParts(PackageIndex, Scorecard, Path, String, ZonedDateTime)}, for every project
   * of the workbook.
   */
  public static boolean writeParts(
      PackageIndex index,
      List<Scorecard> cards,
      Path target,
      String version,
      ZonedDateTime writtenAt)
      throws IOException {
    Objects.requireNonNull(target, "target");
    return written(StreamingSave.prepare(index, cards, version, writtenAt), target);
  }

  /** As {@link #writeParts(byte[], Scorecard, Path, String, ZonedDateTime)}, for every project. */
  public static boolean writeParts(
      byte[] original, List<Scorecard> cards, Path target, String version, ZonedDateTime writtenAt)
      throws IOException {
    Objects.requireNonNull(target, "target");
    return written(StreamingSave.prepare(original, cards, version, writtenAt), target);
  }

  private static boolean written(StreamingSave.Prepared prepared, Path target) throws IOException {
    if (prepared instanceof StreamingSave.Ready ready) {
      ready.writeTo(target);
      return true;
    }
    LOG.debug("{}: written through POI: {}", target, ((StreamingSave.LeftToPoi) prepared).why());
    return false;
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
    annotated(workbook, List.of(card), version, writtenAt);
  }

  static ChangedSheets annotated(
      Workbook workbook, List<Scorecard> cards, String version, ZonedDateTime writtenAt) {
    Objects.requireNonNull(workbook, "workbook");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(writtenAt, "writtenAt");
    if (cards.isEmpty()) {
      throw new IllegalArgumentException("no project to write");
    }
    Styles styles = Styles.reusingExisting(workbook);
    ChangedSheets changed = new ChangedSheets();
    cards.forEach(card -> annotatedSheets(workbook, card.evaluation()).forEach(changed::add));
    SheetEdits.apply(new PoiSheets(workbook, changed), new PoiCellFormats(workbook, styles), cards);
    List<Cell> cached = new ArrayList<>();
    cards.forEach(card -> cached.addAll(WorkbookAids.refresh(workbook, card.evaluation(), styles)));
    new ScoreSheet(workbook, styles, changed).write(cards, version, writtenAt);
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
        .printedForm()
        .flatMap(form -> Cells.findSheet(workbook, form.sheetName()))
        .ifPresent(sheets::add);
    return sheets;
  }
}
