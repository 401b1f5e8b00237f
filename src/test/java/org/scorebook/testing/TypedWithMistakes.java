package org.scorebook.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.scorebook.template.TemplateWriter;

/**
 * The blank template as an evaluator might type into it: B1.1 scored by hand beside its formula
 * (G11), A1.1 given 3 of 4 with no reason (G4), A1's 分值 made 9 while its children add up to 8 (C3),
 * and A's 16, so that the top level adds up to 101. Also an older template: the same workbook
 * without any of the aids.
 */
public final class TypedWithMistakes {
  private TypedWithMistakes() {}

  /** Writes the typed template to the path given. */
  public static void main(String[] args) throws IOException {
    write(Path.of(args[0]));
  }

  public static Path write(Path target) throws IOException {
    try (XSSFWorkbook workbook = TemplateWriter.blank()) {
      Sheet sheet = workbook.getSheet("指标评分");
      sheet.getRow(10).getCell(6).setCellValue(4);
      sheet.getRow(3).getCell(6).setCellValue(3);
      sheet.getRow(2).getCell(2).setCellValue(9);
      sheet.getRow(1).getCell(2).setCellValue(16);
      try (OutputStream out = Files.newOutputStream(target)) {
        workbook.write(out);
      }
    }
    return target;
  }

  /**
   * {@code source} as an older template would have it: no validations, rules, filter or check row.
   */
  public static Path withoutAids(Path source, Path target) throws IOException {
    try (InputStream in = Files.newInputStream(source);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      for (Sheet sheet : workbook) {
        XSSFSheet xssf = (XSSFSheet) sheet;
        if (xssf.getCTWorksheet().isSetDataValidations()) {
          xssf.getCTWorksheet().unsetDataValidations();
        }
        while (sheet.getSheetConditionalFormatting().getNumConditionalFormattings() > 0) {
          sheet.getSheetConditionalFormatting().removeConditionalFormatting(0);
        }
      }
      XSSFSheet indicators = workbook.getSheet("指标评分");
      if (indicators.getCTWorksheet().isSetAutoFilter()) {
        indicators.getCTWorksheet().unsetAutoFilter();
      }
      for (int r = indicators.getLastRowNum(); r > 0; r--) {
        var row = indicators.getRow(r);
        if (row != null
            && row.getCell(1) != null
            && row.getCell(1).toString().startsWith("一级指标分值合计")) {
          indicators.removeRow(row);
        }
      }
      try (OutputStream out = Files.newOutputStream(target)) {
        workbook.write(out);
      }
    }
    return target;
  }
}
