package org.scorebook.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scorebook.department.SortOrder;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.Outcome;

/**
 * Every command's options as the one parser reads them: defaults as literal values, and what it
 * refuses.
 */
class OptionsParserTest {
  private static final MailOptions NO_SETTINGS =
      new MailOptions(true, List.of(), Optional.empty(), Optional.empty());

  static CommandLineOptions workbooks(String... args) throws UsageException {
    return OptionsParser.workbooks(OptionsParser.parse(args));
  }

  static WatchOptions watch(String... args) throws UsageException {
    return OptionsParser.watch(OptionsParser.parse(args));
  }

  static SummaryOptions summary(String... args) throws UsageException {
    return OptionsParser.summary(OptionsParser.parse(args));
  }

  @Test
  void processDefaultsToBesideEachInputWithoutJsonOrMail() throws Exception {
    CommandLineOptions options = workbooks("process", "a.xlsx");

    assertThat(options.command()).isEqualTo(Command.PROCESS);
    assertThat(options.paths()).containsExactly(Path.of("a.xlsx"));
    assertThat(options.out()).isEmpty();
    assertThat(options.json()).isFalse();
    assertThat(options.inPlace()).isFalse();
    assertThat(options.mail()).isEqualTo(MailOptions.OFF);
    assertThat(options.threads()).isBetween(1, 4);
  }

  @Test
  void withoutThreadsAWorkbookIsProcessedPerProcessorUpToFour() {
    assertThat(OptionsParser.defaultThreads(1)).isEqualTo(1);
    assertThat(OptionsParser.defaultThreads(2)).isEqualTo(2);
    assertThat(OptionsParser.defaultThreads(4)).isEqualTo(4);
    assertThat(OptionsParser.defaultThreads(8)).isEqualTo(4);
    assertThat(OptionsParser.defaultThreads(0)).isEqualTo(1);
  }

  @Test
  void readsEveryOptionOfProcessAndValidate() throws Exception {
    CommandLineOptions options = workbooks("process", "a.xlsx", "dir", "--out", "out", "--json");
    assertThat(options.paths()).containsExactly(Path.of("a.xlsx"), Path.of("dir"));
    assertThat(options.out()).hasValue(Path.of("out"));
    assertThat(options.json()).isTrue();
    assertThat(workbooks("process", "a.xlsx", "--in-place").inPlace()).isTrue();
    assertThat(workbooks("process", "a.xlsx", "--threads", "2").threads()).isEqualTo(2);
    assertThat(workbooks("process", "a.xlsx", "-t", "64").threads()).isEqualTo(64);
    assertThat(workbooks("validate", "a.xlsx", "--json").json()).isTrue();
    assertThat(workbooks("validate", "a.xlsx", "--json").command()).isEqualTo(Command.VALIDATE);
    assertThat(workbooks("validate", "a.xlsx", "--threads", "1").threads()).isEqualTo(1);
  }

  @Test
  void templateDefaultsToTheCurrentFolder() throws Exception {
    assertThat(OptionsParser.template(OptionsParser.parse("template")))
        .isEqualTo(new TemplateOptions(Optional.empty()));
    assertThat(OptionsParser.template(OptionsParser.parse("template", "--out", "t.xlsx")).out())
        .hasValue(Path.of("t.xlsx"));
  }

  @Test
  void templateKindIsTheContractTemplateUnlessTheFormIsAskedFor() throws Exception {
    assertThat(OptionsParser.template(OptionsParser.parse("template")).kind())
        .isEqualTo(Kinds.ALL.templates().named("模板").orElseThrow());
    assertThat(OptionsParser.template(OptionsParser.parse("template", "--kind", "自评表")).kind())
        .isEqualTo(Kinds.ALL.templates().named("自评表").orElseThrow());
    assertThat(
            OptionsParser.template(OptionsParser.parse("template", "--kind", "Self-Evaluation"))
                .kind())
        .isEqualTo(Kinds.ALL.templates().named("自评表").orElseThrow());
    assertThat(OptionsParser.template(OptionsParser.parse("template", "--kind", "模板")).kind())
        .isEqualTo(Kinds.ALL.templates().named("模板").orElseThrow());
  }

  @Test
  void theReportIsWrittenOnlyWhenAskedFor() throws Exception {
    assertThat(OptionsParser.workbooks(OptionsParser.parse("process", "a.xlsx")).report())
        .isFalse();
    assertThat(
            OptionsParser.workbooks(OptionsParser.parse("process", "a.xlsx", "--report")).extras())
        .containsExactly(Outcome.OutputKind.REPORT);
    assertThat(watch("watch", "收件箱").report()).isFalse();
    assertThat(watch("watch", "收件箱", "--report").extras())
        .containsExactly(Outcome.OutputKind.REPORT);
  }

  @Test
  void watchDefaultsToEveryThreeSecondsTwoMinutesAFileFiveSecondsUnchangedOneAtATime()
      throws Exception {
    assertThat(watch("watch", "收件箱"))
        .isEqualTo(
            new WatchOptions(
                Path.of("收件箱"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Duration.ofSeconds(3),
                Duration.ofSeconds(120),
                Duration.ofSeconds(5),
                1,
                false,
                MailOptions.OFF));
  }

  @Test
  void readsEveryOptionOfWatch() throws Exception {
    WatchOptions options =
        watch(
            "watch",
            "in",
            "--out",
            "o",
            "--archive",
            "a",
            "--failed",
            "f",
            "--interval",
            "0.5",
            "--timeout",
            "30",
            "--min-age",
            "2.25",
            "--threads",
            "16",
            "--once",
            "--mail-to",
            "x@y.cn");

    assertThat(options)
        .isEqualTo(
            new WatchOptions(
                Path.of("in"),
                Optional.of(Path.of("o")),
                Optional.of(Path.of("a")),
                Optional.of(Path.of("f")),
                Duration.ofMillis(500),
                Duration.ofSeconds(30),
                Duration.ofMillis(2250),
                16,
                true,
                new MailOptions(true, List.of("x@y.cn"), Optional.empty(), Optional.empty())));
  }

  @Test
  void summaryDefaultsToHighestScoreFirstOneWorkbookAtATime() throws Exception {
    assertThat(summary("summary", "2018", "--out", "结果.xlsx"))
        .isEqualTo(
            new SummaryOptions(List.of(Path.of("2018")), Path.of("结果.xlsx"), SortOrder.SCORE, 1));
    assertThat(summary("summary", "2018", "--out", "结果.xlsx", "--sort", "name", "--threads", "2"))
        .isEqualTo(
            new SummaryOptions(List.of(Path.of("2018")), Path.of("结果.xlsx"), SortOrder.NAME, 2));
  }

  @Test
  void summaryWritesTheDepartmentReportOnlyWhenAsked() throws Exception {
    assertThat(summary("summary", "2018", "--out", "结果.xlsx").report()).isFalse();
    assertThat(summary("summary", "2018", "--out", "结果.xlsx", "--report"))
        .isEqualTo(
            new SummaryOptions(
                List.of(Path.of("2018")), Path.of("结果.xlsx"), SortOrder.SCORE, 1, true));
  }

  @Test
  void mailTestTakesOneAddressAndFlushNone() throws Exception {
    assertThat(OptionsParser.mail(OptionsParser.parse("mail", "test", "a@x.cn")))
        .isEqualTo(
            new MailCommandOptions(
                MailCommandOptions.Action.TEST, Optional.of("a@x.cn"), NO_SETTINGS));
    assertThat(OptionsParser.mail(OptionsParser.parse("mail", "flush", "--all", "--outbox", "ob")))
        .isEqualTo(
            new MailCommandOptions(
                MailCommandOptions.Action.FLUSH,
                Optional.empty(),
                new MailOptions(true, List.of(), Optional.empty(), Optional.of(Path.of("ob")))));
  }

  @Test
  void noArgumentsOrHelpAskForHelpAndVersionForVersion() throws Exception {
    assertThat(OptionsParser.parse().command()).isEqualTo(Command.HELP);
    assertThat(OptionsParser.parse().topic()).isEmpty();
    assertThat(OptionsParser.parse("--help").command()).isEqualTo(Command.HELP);
    assertThat(OptionsParser.parse("process", "--help").topic()).hasValue(Command.PROCESS);
    assertThat(OptionsParser.parse("help", "watch").topic()).hasValue(Command.WATCH);
    assertThat(OptionsParser.parse("watch", "-h").topic()).hasValue(Command.WATCH);
    assertThat(OptionsParser.parse("mail").topic()).hasValue(Command.MAIL);
    assertThat(OptionsParser.parse("--version").command()).isEqualTo(Command.VERSION);
    assertThat(OptionsParser.parse("-V").command()).isEqualTo(Command.VERSION);
  }

  @Test
  void rejectsWhatMakesNoSense() {
    assertThatThrownBy(() -> OptionsParser.parse("score", "a.xlsx"))
        .isInstanceOf(UsageException.class)
        .hasMessage("未知的命令「score」：可用的命令有 process、validate、template、watch、summary、panel、mail");
    assertThatThrownBy(() -> workbooks("process")).hasMessage("process：请指定至少一个工作簿文件或文件夹");
    assertThatThrownBy(() -> workbooks("process", "a.xlsx", "--in-place", "--out", "o"))
        .hasMessage("--in-place 与 --out 不能同时使用");
    assertThatThrownBy(() -> workbooks("validate", "a.xlsx", "--out", "o"))
        .hasMessage("validate：未知选项 --out");
    assertThatThrownBy(() -> OptionsParser.template(OptionsParser.parse("template", "x.xlsx")))
        .hasMessage("template 命令不接受文件参数，请用 --out 指定保存位置");
    assertThatThrownBy(() -> workbooks("process", "a.xlsx", "--threads", "0"))
        .hasMessage("--threads 应为 1 到 64 之间的整数，而不是「0」");
    assertThatThrownBy(() -> workbooks("process", "a.xlsx", "--threads", "65"))
        .hasMessage("--threads 应为 1 到 64 之间的整数，而不是「65」");
    assertThatThrownBy(() -> workbooks("process", "a\0.xlsx")).hasMessage("「a\0.xlsx」不是有效的路径");
  }

  @Test
  void eachCommandChecksThreadsAgainstItsOwnRange() {
    assertThatThrownBy(() -> watch("watch", "in", "--threads", "17"))
        .hasMessage("--threads 应为 1 至 16 的整数，而不是「17」");
    assertThatThrownBy(() -> summary("summary", "in", "--out", "r.xlsx", "--threads", "3"))
        .hasMessage("--threads 应为 1 或 2，而不是「3」");
    assertThatThrownBy(() -> workbooks("validate", "a.xlsx", "--threads", "四"))
        .hasMessage("--threads 应为 1 到 64 之间的整数，而不是「四」");
  }

  @Test
  void secondsArePositiveAndAtMostADay() throws Exception {
    assertThat(watch("watch", "in", "--timeout", "86400").timeout().getSeconds()).isEqualTo(86_400);
    assertThatThrownBy(() -> watch("watch", "in", "--timeout", "86401"))
        .hasMessage("--timeout 应为大于 0 的秒数（最多 86400），而不是「86401」");
    assertThatThrownBy(() -> watch("watch", "in", "--min-age", "-1"))
        .hasMessage("--min-age 应为大于 0 的秒数（最多 86400），而不是「-1」");
    assertThatThrownBy(() -> watch("watch", "in", "--interval", "NaN"))
        .hasMessage("--interval 应为大于 0 的秒数（最多 86400），而不是「NaN」");
  }

  @Test
  void aCommandLineErrorPointsToTheHelpOfItsCommand() throws Exception {
    assertThat(hint("process", "--threads", "0", "a.xlsx")).hasValue("运行 scorebook --help 查看用法");
    assertThat(hint("watch", "in", "--threads", "0")).hasValue("运行 scorebook watch --help 查看用法");
    assertThat(hint("summary", "in", "--out", "r.xlsx", "--threads", "0"))
        .hasValue("运行 scorebook summary --help 查看用法");
    assertThat(hint("mail", "send"))
        .hasValue("scorebook mail test 地址 | flush [--config 文件] [--outbox 文件夹]");
  }

  private static Optional<String> hint(String... args) {
    try {
      OptionsParser.Request request = OptionsParser.parse(args);
      switch (request.command()) {
        case PROCESS, VALIDATE -> OptionsParser.workbooks(request);
        case WATCH -> OptionsParser.watch(request);
        case SUMMARY -> OptionsParser.summary(request);
        case MAIL -> OptionsParser.mail(request);
        default -> throw new AssertionError(request.command());
      }
    } catch (UsageException e) {
      return e.hint();
    }
    throw new AssertionError("accepted: " + List.of(args));
  }

  @Test
  void outputNamesNeverCollideWithinARun() {
    Inputs.OutputNames names = new Inputs.OutputNames();
    Optional<Path> out = Optional.of(Path.of("out"));
    assertThat(names.outputFor(Path.of("a/评价.xlsx"), out)).isEqualTo(Path.of("out/评价.xlsx"));
    assertThat(names.outputFor(Path.of("b/评价.xlsx"), out)).isEqualTo(Path.of("out/评价 (2).xlsx"));
    assertThat(names.outputFor(Path.of("a/x.xlsx"), Optional.empty()).toString())
        .endsWith("a/已评分/x.xlsx");
  }

  @Test
  void foldersSkipLockFilesHiddenFilesAndNonWorkbooks() {
    assertThat(Inputs.looksLikeWorkbook(Path.of("评价.xlsx"))).isTrue();
    assertThat(Inputs.looksLikeWorkbook(Path.of("评价.XLS"))).isTrue();
    assertThat(Inputs.looksLikeWorkbook(Path.of("~$评价.xlsx"))).isFalse();
    assertThat(Inputs.looksLikeWorkbook(Path.of(".评价.xlsx"))).isFalse();
    assertThat(Inputs.looksLikeWorkbook(Path.of("说明.docx"))).isFalse();
  }
}
