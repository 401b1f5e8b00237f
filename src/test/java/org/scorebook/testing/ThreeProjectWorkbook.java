package org.scorebook.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.scorebook.testing.SelfEvaluationForms.Leaf;

/**
 * A unit's workbook of three self-evaluation forms, one per sheet: 「项目一」项目甲 and 「项目二」项目乙 are the
 * sample form (96.16 分，优), 「项目三」项目丙 has a 分值 written in words (五), an error.
 */
public final class ThreeProjectWorkbook {
  public static final List<String> SHEETS = List.of("项目一", "项目二", "项目三");
  public static final List<String> NAMES = List.of("项目甲", "项目乙", "项目丙");

  /** The 三级指标 whose 分值 the third project writes in words. */
  public static final String BROKEN = "运维成果报告";

  private ThreeProjectWorkbook() {}

  /** Writes the workbook to {@code file} and returns it. */
  public static Path saveTo(Path file) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      for (int i = 0; i < SHEETS.size(); i++) {
        SelfEvaluationForms.Builder form =
            SelfEvaluationForms.form().sheetName(SHEETS.get(i)).projectName(NAMES.get(i));
        if (i == 2) {
          Leaf leaf = form.leaf(BROKEN);
          form.replace(
              BROKEN,
              new Leaf(
                  leaf.first(),
                  leaf.second(),
                  leaf.third(),
                  leaf.target(),
                  leaf.actual(),
                  "五",
                  leaf.score(),
                  leaf.reason()));
        }
        form.fillInto(workbook);
      }
      workbook.write(out);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
