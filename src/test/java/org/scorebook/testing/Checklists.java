package org.scorebook.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reviewers' checklists (审核口径) built in code in the shape review offices keep them: a title row,
 * then the header {@code 编码 | 审核对象 | 模式 | 审核要点 | 二级要点 | 审核细项 | 审核意见表述（问题+建议） | 正则表达式 | 备注}, with a
 * 判定 column after them when asked, then one rule per row.
 */
public final class Checklists {
  public static final List<String> HEADER =
      List.of("编码", "审核对象", "模式", "审核要点", "二级要点", "审核细项", "审核意见表述（问题+建议）", "正则表达式", "备注");
  public static final String JUDGEMENT = "判定";

  private Checklists() {}

  /**
   * One rule's row: 编码, 审核对象, 模式, 审核要点, 审核细项, 审核意见表述, 正则表达式, and 判定 (empty when the row leaves it
   * to the 审核细项).
   */
  public record Rule(
      String code,
      String object,
      String mode,
      String point,
      String item,
      String opinion,
      String pattern,
      String judgement) {}

  /** {@code rules} written to {@code file} under a title row and the header, with a 判定 column. */
  public static Path save(Path file, List<Rule> rules) {
    try (Workbook workbook = new XSSFWorkbook();
        var out = Files.newOutputStream(file)) {
      Sheet sheet = workbook.createSheet("审核口径");
      sheet.createRow(0).createCell(0).setCellValue("2023年度项目支出绩效目标审核口径");
      Row header = sheet.createRow(1);
      for (int c = 0; c < HEADER.size(); c++) {
        header.createCell(c).setCellValue(HEADER.get(c));
      }
      header.createCell(HEADER.size()).setCellValue(JUDGEMENT);
      for (int i = 0; i < rules.size(); i++) {
        Rule rule = rules.get(i);
        Row row = sheet.createRow(2 + i);
        String[] cells = {
          rule.code(),
          rule.object(),
          rule.mode(),
          rule.point(),
          "",
          rule.item(),
          rule.opinion(),
          rule.pattern(),
          "",
          rule.judgement()
        };
        for (int c = 0; c < cells.length; c++) {
          row.createCell(c).setCellValue(cells[c]);
        }
      }
      workbook.write(out);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
