package org.scorebook.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scorebook.cli.CommandLineOptions.Command;

class OptionsParserTest {

  @Test
  void defaults() throws Exception {
    CommandLineOptions options = OptionsParser.parse("process", "a.xlsx");
    assertThat(options).isEqualTo(new CommandLineOptions(Command.PROCESS, List.of(Path.of("a.xlsx")), Optional.empty(), false, false, OptionsParser.defaultThreads()));
  }

  @Test
  void readsEveryOption() throws Exception {
    CommandLineOptions options = OptionsParser.parse("process", "a.xlsx", "dir", "--out", "out", "--json");
    assertThat(options.paths()).containsExactly(Path.of("a.xlsx"), Path.of("dir"));
    assertThat(options.out()).hasValue(Path.of("out"));
    assertThat(options.json()).isTrue();
    assertThat(OptionsParser.parse("process", "a.xlsx", "--in-place").inPlace()).isTrue();
    assertThat(OptionsParser.parse("validate", "a.xlsx", "--json").json()).isTrue();
    assertThat(OptionsParser.parse("template", "--out", "t.xlsx").out()).hasValue(Path.of("t.xlsx"));
    assertThat(OptionsParser.parse("process", "a.xlsx", "--threads", "2").threads()).isEqualTo(2);
  }

  @Test
  void withoutThreadsAWorkbookIsProcessedPerProcessorUpToFour() throws Exception {
    int expected = Math.min(Runtime.getRuntime().availableProcessors(), OptionsParser.MAX_DEFAULT_THREADS);
    assertThat(OptionsParser.parse("process", "a.xlsx").threads()).isEqualTo(expected).isBetween(1, 4);
    assertThat(OptionsParser.parse("validate", "a.xlsx").threads()).isEqualTo(expected);
    assertThat(OptionsParser.parse("process", "a.xlsx", "--threads", "1").threads()).isEqualTo(1);
  }

  @Test
  void noArgumentsOrHelpAskForHelpAndVersionForVersion() throws Exception {
    assertThat(OptionsParser.parse().command()).isEqualTo(Command.HELP);
    assertThat(OptionsParser.parse("--help").command()).isEqualTo(Command.HELP);
    assertThat(OptionsParser.parse("process", "--help").paths()).containsExactly(Path.of("process"));
    assertThat(OptionsParser.parse("--version").command()).isEqualTo(Command.VERSION);
  }

  @Test
  void rejectsWhatMakesNoSense() {
    assertThatThrownBy(() -> OptionsParser.parse("score", "a.xlsx")).isInstanceOf(UsageException.class)
        .hasMessage("未知的命令「score」：可用的命令有 process、validate、template、watch、summary");
    assertThatThrownBy(() -> OptionsParser.parse("process")).hasMessage("process：请指定至少一个工作簿文件或文件夹");
    assertThatThrownBy(() -> OptionsParser.parse("process", "a.xlsx", "--in-place", "--out", "o"))
        .hasMessage("--in-place 与 --out 不能同时使用");
    assertThatThrownBy(() -> OptionsParser.parse("validate", "a.xlsx", "--out", "o")).isInstanceOf(UsageException.class);
    assertThatThrownBy(() -> OptionsParser.parse("template", "x.xlsx")).isInstanceOf(UsageException.class);
    assertThatThrownBy(() -> OptionsParser.parse("process", "a.xlsx", "--threads", "0"))
        .hasMessage("--threads 应为 1 到 64 之间的整数，而不是「0」");
  }

  @Test
  void outputNamesNeverCollideWithinARun() {
    Inputs.OutputNames names = new Inputs.OutputNames();
    Optional<Path> out = Optional.of(Path.of("out"));
    assertThat(names.outputFor(Path.of("a/评价.xlsx"), out)).isEqualTo(Path.of("out/评价.xlsx"));
    assertThat(names.outputFor(Path.of("b/评价.xlsx"), out)).isEqualTo(Path.of("out/评价 (2).xlsx"));
    assertThat(names.outputFor(Path.of("a/x.xlsx"), Optional.empty()).toString()).endsWith("a/已评分/x.xlsx");
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
