package org.scorebook.department;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlException;
import org.scorebook.files.SafeFiles;
import org.scorebook.model.Text;
import org.scorebook.style.DepartmentStyles;

/**
 * Writes the results workbook: 绩效评价结果信息表, 总览, 一级指标得分率 and 问题清单, in that order. Reviewed projects
 * (declarations) come first in 审核结果, 常见问题 and 退回修改; with them, the scored sheets are written only
 * when some project was scored, and 问题清单 only when a workbook was left out.
 *
 * <p>The three sheets that grow with the number of workbooks are streamed (SXSSF keeps a window of
 * {@value #ROW_WINDOW} rows in memory and the rest in temporary files, removed afterwards). 总览 has
 * a few dozen cells and two charts; it is an ordinary XSSF sheet created on the underlying
 * workbook, which SXSSF copies into the file as it is.
 */
public final class ResultsWorkbook {
  static final int ROW_WINDOW = 100;

  /**
   * A custom document property every results workbook carries, so that a later run knows it may
   * replace it.
   */
  static final String MARK = "ScorebookResults";

  /** A results workbook is small; a larger file in the --out position is certainly not one. */
  private static final long MAX_MARKED_BYTES = 50L * 1024 * 1024;

  public static final String RESULTS = Text.get("department.sheet.results");
  public static final String OVERVIEW = Text.get("department.sheet.overview");
  public static final String LEVELS = Text.get("department.sheet.levels");
  public static final String PROBLEMS = Text.get("department.sheet.problems");
  public static final String REVIEWS = Text.get("department.review.sheet.results");
  public static final String FREQUENT = Text.get("department.review.sheet.frequent");
  public static final String SENT_BACK = Text.get("department.review.sheet.sentBack");

  private ResultsWorkbook() {}

  /**
   * Saves the results of {@code consolidation} to {@code target} atomically.
   *
   * @param title printed above every page and on 总览, such as 2018年度绩效评价结果
   */
  public static void write(Consolidation consolidation, String title, Path target)
      throws IOException {
    SafeFiles.writeAtomically(
        target,
        out -> {
          SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
          try {
            build(workbook, consolidation, title, target.toAbsolutePath().getParent());
            workbook.write(out);
          } finally {
            workbook.dispose();
            workbook.close();
          }
        });
  }

  /**
   * Fills {@code workbook}; project names and problem files link to their workbooks by a path
   * relative to {@code folder} (the results workbook's), when they lie in it or below.
   */
  static void build(
      SXSSFWorkbook workbook, Consolidation consolidation, String title, Path folder) {
    DepartmentStyles styles = new DepartmentStyles(workbook);
    boolean reviews = !consolidation.reviews().isEmpty();
    if (reviews) {
      buildReviews(workbook, consolidation, title, new ReviewSheets(styles, folder));
    }
    if (!consolidation.projects().isEmpty() || !reviews) {
      buildScored(workbook, consolidation, title, styles, folder);
    }
    if (!consolidation.problems().isEmpty() || !reviews) {
      new ProblemsSheet(workbook.createSheet(PROBLEMS), styles, folder)
          .write(consolidation.problems(), title);
    }
    workbook.setActiveSheet(0);
    workbook.getXSSFWorkbook().getProperties().getCustomProperties().addProperty(MARK, title);
  }

  /** 审核结果, 常见问题 and 退回修改, first: the reviewed projects are kept apart from the scored ones. */
  private static void buildReviews(
      SXSSFWorkbook workbook, Consolidation consolidation, String title, ReviewSheets sheets) {
    sheets.results(workbook.createSheet(REVIEWS), consolidation.reviews(), title);
    sheets.frequent(workbook.createSheet(FREQUENT), consolidation.findingsByRule(), title);
    sheets.sentBack(workbook.createSheet(SENT_BACK), consolidation.sentBack(), title);
  }

  private static void buildScored(
      SXSSFWorkbook workbook,
      Consolidation consolidation,
      String title,
      DepartmentStyles styles,
      Path folder) {
    ResultsSheet results = new ResultsSheet(workbook.createSheet(RESULTS), styles, folder);
    // Created on the XSSF workbook itself: SXSSF leaves a sheet it does not know as it is, charts
    // included.
    XSSFSheet overview = workbook.getXSSFWorkbook().createSheet(OVERVIEW);
    results.write(consolidation.projects(), title);
    new OverviewSheet(overview, styles).write(consolidation, title, results.scoreColumn());
    new LevelsSheet(workbook.createSheet(LEVELS), styles).write(consolidation, title);
  }

  /**
   * Whether {@code file} is a results workbook Scorebook wrote, and so may be replaced by a new
   * one: it carries {@link #MARK}, or (written before the mark existed) holds exactly the four
   * results sheets. Anything else, an evaluator's workbook above all, is not to be overwritten.
   */
  public static boolean isResultsWorkbook(Path file) {
    try {
      if (Files.size(file) > MAX_MARKED_BYTES) {
        return false;
      }
      try (InputStream in = Files.newInputStream(file);
          OPCPackage pkg = OPCPackage.open(in)) {
        if (new POIXMLProperties(pkg).getCustomProperties().contains(MARK)) {
          return true;
        }
        return sheetNames(pkg).equals(List.of(RESULTS, OVERVIEW, LEVELS, PROBLEMS));
      }
    } catch (IOException | OpenXML4JException | XmlException | RuntimeException e) {
      return false;
    }
  }

  private static List<String> sheetNames(OPCPackage pkg) throws IOException, OpenXML4JException {
    List<String> names = new ArrayList<>();
    XSSFReader.SheetIterator sheets =
        (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
    while (sheets.hasNext()) {
      sheets.next().close();
      names.add(sheets.getSheetName());
    }
    return names;
  }
}
