package org.scorebook.department;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.scorebook.model.Text;
import org.scorebook.write.DepartmentStyles;
import org.scorebook.write.SafeFiles;

/**
 * Writes the results workbook: 绩效评价结果信息表, 总览, 一级指标得分率 and 问题清单, in that order.
 *
 * <p>The three sheets that grow with the number of workbooks are streamed (SXSSF keeps a window of
 * {@value #ROW_WINDOW} rows in memory and the rest in temporary files, removed afterwards). 总览 has a
 * few dozen cells and two charts; it is an ordinary XSSF sheet created on the underlying workbook, which
 * SXSSF copies into the file as it is.
 */
public final class ResultsWorkbook {
  static final int ROW_WINDOW = 100;

  public static final String RESULTS = Text.get("department.sheet.results");
  public static final String OVERVIEW = Text.get("department.sheet.overview");
  public static final String LEVELS = Text.get("department.sheet.levels");
  public static final String PROBLEMS = Text.get("department.sheet.problems");

  private ResultsWorkbook() {}

  /**
   * Saves the results of {@code consolidation} to {@code target} atomically.
   *
   * @param title printed above every page and on 总览, such as 2018年度绩效评价结果
   */
  public static void write(Consolidation consolidation, String title, Path target) throws IOException {
    SafeFiles.writeAtomically(target, out -> {
      SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
      try {
        build(workbook, consolidation, title);
        workbook.write(out);
      } finally {
        workbook.dispose();
        workbook.close();
      }
    });
  }

  static void build(SXSSFWorkbook workbook, Consolidation consolidation, String title) {
    DepartmentStyles styles = new DepartmentStyles(workbook);
    ResultsSheet results = new ResultsSheet(workbook.createSheet(RESULTS), styles);
    // Created on the XSSF workbook itself: SXSSF leaves a sheet it does not know as it is, charts included.
    XSSFSheet overview = workbook.getXSSFWorkbook().createSheet(OVERVIEW);
    results.write(consolidation.projects(), title);
    new OverviewSheet(overview, styles).write(consolidation, title, results.scoreColumn());
    new LevelsSheet(workbook.createSheet(LEVELS), styles).write(consolidation, title);
    new ProblemsSheet(workbook.createSheet(PROBLEMS), styles).write(consolidation.problems(), title);
    workbook.setActiveSheet(0);
  }
}
