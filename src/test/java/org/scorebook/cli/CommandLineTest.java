package org.scorebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.template.TemplateWriter;
import org.scorebook.testing.TestWorkbooks;

/**
 * What a user sees for a command line that is wrong or asks for help: exact text and exit status.
 */
class CommandLineTest {
  private static final String SEE_HELP = "运行 scorebook --help 查看用法\n";
  private static final String IN_THE_WAY = "路径上有同名的文件或文件夹挡住了（例如应为文件夹的地方是一个文件），请移走或改名后重试";

  @TempDir Path temp;

  @Test
  void anUnknownOptionIsNamedInChineseWithThePointerToHelp() {
    CliRunner.Result run = CliRunner.run("process", "--bogus", "a.xlsx");

    assertThat(run.status()).isEqualTo(Cli.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("process：未知选项 --bogus\n" + SEE_HELP);
  }

  @Test
  void everyCommandNamesAnUnknownOptionInChinese() {
    assertThat(CliRunner.run("validate", "a.xlsx", "--out", "o").err())
        .isEqualTo("validate：未知选项 --out\n" + SEE_HELP);
    assertThat(CliRunner.run("template", "--bogus").err())
        .isEqualTo("template：未知选项 --bogus\n" + SEE_HELP);
    assertThat(CliRunner.run("watch", "in", "--bogus").err())
        .isEqualTo("watch：未知选项 --bogus\n运行 scorebook watch --help 查看用法\n");
    assertThat(CliRunner.run("summary", "in", "--out", "r.xlsx", "-t", "2").err())
        .isEqualTo("summary：未知选项 -t\n运行 scorebook summary --help 查看用法\n");
    assertThat(CliRunner.run("mail", "flush", "--bogus").err())
        .isEqualTo("mail：未知选项 --bogus\n" + SEE_HELP);
  }

  @Test
  void anOptionWithoutItsValueSaysWhatIsMissing() {
    CliRunner.Result run = CliRunner.run("process", "a.xlsx", "--out");

    assertThat(run.status()).isEqualTo(Cli.USAGE);
    assertThat(run.err()).isEqualTo("process：选项 --out 后面缺少参数（文件夹）\n" + SEE_HELP);
    assertThat(CliRunner.run("watch", "in", "--interval").err())
        .startsWith("watch：选项 --interval 后面缺少参数（秒）\n");
  }

  @Test
  void aShortenedOptionThatFitsSeveralListsThem() {
    CliRunner.Result run = CliRunner.run("process", "a.xlsx", "--o", "x");

    assertThat(run.status()).isEqualTo(Cli.USAGE);
    assertThat(run.err()).isEqualTo("process：选项 --o 不完整，可能是 --out、--outbox，请写全\n" + SEE_HELP);
  }

  @Test
  void aNumberOptionGivenTextSaysSoInChinese() {
    CliRunner.Result run = CliRunner.run("process", "a.xlsx", "--threads", "两个");

    assertThat(run.status()).isEqualTo(Cli.USAGE);
    assertThat(run.err()).isEqualTo("--threads 应为 1 到 64 之间的整数，而不是「两个」\n" + SEE_HELP);
    assertThat(CliRunner.run("watch", "in", "--timeout", "两分钟").err())
        .isEqualTo("--timeout 应为大于 0 的秒数（最多 86400），而不是「两分钟」\n运行 scorebook watch --help 查看用法\n");
  }

  @Test
  void anUnknownCommandListsTheCommands() {
    CliRunner.Result run = CliRunner.run("score", "a.xlsx");

    assertThat(run.status()).isEqualTo(Cli.USAGE);
    assertThat(run.err())
        .isEqualTo(
            "未知的命令「score」：可用的命令有 process、validate、template、watch、summary、panel、mail\n" + SEE_HELP);
    assertThat(CliRunner.run("help", "score").err()).isEqualTo(run.err());
  }

  @Test
  void aWrongMailWordShowsTheMailSyntax() {
    CliRunner.Result run = CliRunner.run("mail", "test");

    assertThat(run.status()).isEqualTo(Cli.USAGE);
    assertThat(run.err())
        .isEqualTo(
            "scorebook mail 后面应为 test 地址 或 flush，而不是「test」\n"
                + "scorebook mail test 地址 | flush [--config 文件] [--outbox 文件夹]\n");
  }

  @Test
  void helpForACommandIsTheSameHoweverItIsAskedFor() {
    for (String command : List.of("process", "validate", "template", "watch", "summary", "mail")) {
      CliRunner.Result asked = CliRunner.run(command, "--help");
      assertThat(asked.status()).isZero();
      assertThat(asked.out())
          .startsWith("用法：scorebook " + command)
          .contains("-h,--help", "显示本命令的说明");
      assertThat(CliRunner.run("help", command)).isEqualTo(asked);
      assertThat(CliRunner.run("--help", command)).isEqualTo(asked);
      assertThat(CliRunner.run(command, "-h")).isEqualTo(asked);
    }
    assertThat(CliRunner.run("mail")).isEqualTo(CliRunner.run("mail", "--help"));
  }

  @Test
  void theOverviewListsEveryCommandAndExits0() {
    CliRunner.Result run = CliRunner.run();

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("process", "validate", "template", "watch", "summary", "mail", "-V, --version");
    assertThat(CliRunner.run("--help")).isEqualTo(run);
    assertThat(CliRunner.run("help")).isEqualTo(run);
  }

  @Test
  void versionPrintsTheVersionFromThePom() {
    CliRunner.Result run = CliRunner.run("--version");

    assertThat(run.status()).isZero();
    assertThat(run.out()).matches("Scorebook \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
    assertThat(CliRunner.run("-V")).isEqualTo(run);
    assertThat(CliRunner.run("version")).isEqualTo(run);
  }

  @Test
  void aTemplateThatCannotBeWrittenSaysWhyInChinese() throws Exception {
    Path file = Files.writeString(temp.resolve("说明.txt"), "不是文件夹");
    Path target = file.resolve("模板.xlsx");

    CliRunner.Result run = CliRunner.run("template", "--out", target.toString());

    assertThat(run.status()).isEqualTo(Cli.PROBLEMS);
    assertThat(run.err()).isEqualTo("无法写入模板 " + target + "：" + IN_THE_WAY + "\n");
  }

  @Test
  void aWatchFolderThatCannotBeCreatedSaysWhyInChinese() throws Exception {
    Path inbox = Files.createDirectories(temp.resolve("收件箱"));
    Path file = Files.writeString(temp.resolve("说明.txt"), "不是文件夹");

    CliRunner.Result run =
        CliRunner.run("watch", inbox.toString(), "--once", "--out", file.resolve("结果").toString());

    assertThat(run.status()).isEqualTo(Cli.PROBLEMS);
    assertThat(run.err()).isEqualTo("无法在 " + inbox + " 中创建工作文件夹：" + IN_THE_WAY + "\n");
  }

  @Test
  void templateKindSelfEvaluationWritesTheNationalForm() throws Exception {
    Path target = temp.resolve("x.xlsx");

    CliRunner.Result run = CliRunner.run("template", "--kind", "自评表", "--out", target.toString());

    assertThat(run.status()).isEqualTo(Cli.OK);
    assertThat(run.out()).isEqualTo("已生成空白模板：" + target + "\n");
    assertThat(sheetNames(target)).containsExactly("项目支出绩效自评表", "填写说明");
  }

  @Test
  void templateKindAcceptsTheEnglishNamesToo() throws Exception {
    assertThat(
            CliRunner.run("template", "--kind", "self-evaluation", "--out", temp.toString())
                .status())
        .isEqualTo(Cli.OK);
    assertThat(sheetNames(temp.resolve("项目支出绩效自评表.xlsx"))).startsWith("项目支出绩效自评表");
    Path contract = temp.resolve("c.xlsx");
    assertThat(
            CliRunner.run("template", "--kind", "contract-v1", "--out", contract.toString())
                .status())
        .isEqualTo(Cli.OK);
    assertThat(sheetNames(contract)).isEqualTo(TemplateWriter.SHEETS);
  }

  @Test
  void templateAloneOrOfKindContractWritesTheContractTemplateAsBefore() throws Exception {
    Path plain = Files.createDirectories(temp.resolve("plain"));
    Path named = Files.createDirectories(temp.resolve("named"));

    assertThat(CliRunner.run("template", "--out", plain.toString()).status()).isEqualTo(Cli.OK);
    assertThat(CliRunner.run("template", "--kind", "模板", "--out", named.toString()).status())
        .isEqualTo(Cli.OK);

    for (Path folder : List.of(plain, named)) {
      Path file = folder.resolve("绩效评价模板.xlsx");
      try (InputStream in = Files.newInputStream(file);
          XSSFWorkbook read = new XSSFWorkbook(in);
          XSSFWorkbook built = TemplateWriter.blank()) {
        assertThat(TestWorkbooks.dump(read)).isEqualTo(TestWorkbooks.dump(built));
      }
    }
  }

  @Test
  void anUnknownTemplateKindIsAUsageErrorListingTheKinds() {
    CliRunner.Result run = CliRunner.run("template", "--kind", "决算表", "--out", "x.xlsx");

    assertThat(run.status()).isEqualTo(Cli.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "template：不认识的种类「决算表」，--kind 可以是：模板（contract-v1）、自评表（self-evaluation）\n" + SEE_HELP);
    assertThat(temp.resolve("x.xlsx")).doesNotExist();
  }

  @Test
  void templateHelpTeachesTheKinds() {
    assertThat(CliRunner.run("template", "--help").out())
        .contains("--kind", "自评表", "self-evaluation", "scorebook template --kind 自评表");
  }

  private static List<String> sheetNames(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file);
        ReadableWorkbook workbook = new ReadableWorkbook(in)) {
      return workbook.getSheets().map(Sheet::getName).toList();
    }
  }
}
