package org.scorebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.cli.CliAccess;
import org.scorebook.testing.TestWorkbooks;

class TemplateAndFormatsTest {
  static final Path SHIPPED_TEMPLATE = Path.of("workbook-templates/绩效评价模板.xlsx");

  @TempDir Path temp;

  private static String dump(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file);
        Workbook workbook = WorkbookFactory.create(in)) {
      return TestWorkbooks.dump(workbook);
    }
  }

  @Test
  void templateCommandWritesTheShippedTemplateAndNeverOverwrites() throws Exception {
    Path target = temp.resolve("新模板.xlsx");
    CliAccess.Result first = CliAccess.run("template", "--out", target.toString());
    assertThat(first.status()).isZero();
    assertThat(first.out()).contains("已生成空白模板");
    assertThat(dump(target)).isEqualTo(dump(SHIPPED_TEMPLATE));
    assertThat(Files.readAllBytes(target))
        .as("same bytes, too")
        .isEqualTo(Files.readAllBytes(SHIPPED_TEMPLATE));

    CliAccess.Result second = CliAccess.run("template", "--out", target.toString());
    assertThat(second.status()).isEqualTo(1);
    assertThat(second.err()).contains("文件已存在，未覆盖");
  }

  @Test
  void theProcessorAcceptsTheBlankTemplateAndSaysWhatToFillIn() {
    CliAccess.Result result = CliAccess.run("validate", SHIPPED_TEMPLATE.toString());
    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out())
        .doesNotContain("无法读取")
        .doesNotContain("未知名称")
        .doesNotContain("格式不对")
        .contains("项目名称不能为空")
        .contains("末级指标需要填写评分公式或人工得分");
  }

  /**
   * The seed 001 sample's cell values copied into an .xls (BIFF8) workbook, as an old Excel would
   * save it.
   */
  private Path seed001AsXls() throws Exception {
    Path xls = temp.resolve("旧格式.xls");
    try (InputStream in = Files.newInputStream(SeedGoldenTest.SEED_001);
        Workbook source = WorkbookFactory.create(in);
        HSSFWorkbook target = new HSSFWorkbook();
        OutputStream out = Files.newOutputStream(xls)) {
      for (Sheet sheet : source) {
        Sheet copy = target.createSheet(sheet.getSheetName());
        for (Row row : sheet) {
          Row r = copy.createRow(row.getRowNum());
          for (Cell cell : row) {
            Cell c = r.createCell(cell.getColumnIndex());
            if (cell.getCellType() == CellType.NUMERIC) {
              c.setCellValue(cell.getNumericCellValue());
            } else if (cell.getCellType() == CellType.STRING) {
              c.setCellValue(cell.getStringCellValue());
            }
          }
        }
      }
      target.write(out);
    }
    return xls;
  }

  @Test
  void anXlsWorkbookIsScoredAndWrittenBackAsXls() throws Exception {
    Path xls = seed001AsXls();
    Path out = temp.resolve("out");
    CliAccess.Result result = CliAccess.run("process", xls.toString(), "--out", out.toString());
    assertThat(result.status()).as(result.out()).isZero();
    assertThat(result.out()).contains("87.12 分（良）");
    try (InputStream in = Files.newInputStream(out.resolve("旧格式.xls"));
        Workbook written = WorkbookFactory.create(in)) {
      assertThat(written).isInstanceOf(HSSFWorkbook.class);
      // last in an .xls (moving it first would shift every sheet reference), and the sheet it opens
      // on
      assertThat(written.getSheetAt(written.getNumberOfSheets() - 1).getSheetName())
          .isEqualTo("评分汇总");
      assertThat(written.getActiveSheetIndex()).isEqualTo(written.getNumberOfSheets() - 1);
    }
  }

  @Test
  void aPasswordProtectedWorkbookGetsAClearMessage() throws Exception {
    Path encrypted = temp.resolve("加密.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("secret");
      try (OutputStream os = encryptor.getDataStream(fs)) {
        Files.copy(SeedGoldenTest.SEED_001, os);
      }
      try (OutputStream file = Files.newOutputStream(encrypted)) {
        fs.writeFilesystem(file);
      }
    }
    CliAccess.Result result = CliAccess.run("validate", encrypted.toString());
    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out()).contains("加密.xlsx：无法读取：工作簿设置了打开密码");
  }
}
