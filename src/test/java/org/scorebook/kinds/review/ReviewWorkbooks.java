package org.scorebook.kinds.review;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.scorebook.kinds.Kinds;

/** Workbooks of the test kind {@link ReviewKind}, built in code. */
public final class ReviewWorkbooks {
  /** The shipped kinds and the test review kind, asked last. */
  public static final Kinds KINDS = Kinds.ALL.with(new ReviewKind());

  private ReviewWorkbooks() {}

  /**
   * 项目甲 (甲项目, 甲单位, 120.5): 培训人数 ≥1000人次 in B6, 满意度 较高 in B7 (a warning), 覆盖率 left blank in B8 (an
   * error); grade 中.
   */
  public static void withErrors(XSSFWorkbook workbook) {
    Sheet sheet = project(workbook, "项目甲", "甲项目", "甲单位", 120.5);
    value(sheet, 5, "培训人数", "≥1000人次");
    value(sheet, 6, "满意度", "较高");
    sheet.createRow(7).createCell(0).setCellValue("覆盖率");
  }

  /** 项目乙 (乙项目, 乙单位, 80): 培训人数 ≥500人次, then 满意度 较高 and 时效 及时, two warnings; grade 优. */
  public static void passed(XSSFWorkbook workbook) {
    Sheet sheet = project(workbook, "项目乙", "乙项目", "乙单位", 80);
    value(sheet, 5, "培训人数", "≥500人次");
    value(sheet, 6, "满意度", "较高");
    value(sheet, 7, "时效", "及时");
  }

  /** Saves a workbook of the projects {@code projects} add, in order. */
  @SafeVarargs
  public static Path save(Path file, Consumer<XSSFWorkbook>... projects) throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      for (Consumer<XSSFWorkbook> project : projects) {
        project.accept(workbook);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
    return file;
  }

  private static Sheet project(
      XSSFWorkbook workbook, String sheetName, String name, String unit, double amount) {
    Sheet sheet = workbook.createSheet(sheetName);
    sheet.createRow(0).createCell(0).setCellValue(ReviewReader.MARK);
    label(sheet.createRow(1), "项目名称").createCell(1).setCellValue(name);
    label(sheet.createRow(2), "项目单位").createCell(1).setCellValue(unit);
    label(sheet.createRow(3), "年度金额").createCell(1).setCellValue(amount);
    value(sheet, 4, "指标", "指标值");
    return sheet;
  }

  private static Row label(Row row, String label) {
    row.createCell(0).setCellValue(label);
    return row;
  }

  private static void value(Sheet sheet, int row, String indicator, String value) {
    Row r = sheet.createRow(row);
    r.createCell(0).setCellValue(indicator);
    r.createCell(1).setCellValue(value);
  }
}
