package org.scorebook.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.cli.CliAccess;
import org.scorebook.testing.SelfEvaluationForms;

/** An .xls shorter than its own header says is a copy that did not finish, not a damaged file. */
class TruncatedXlsTest {
  @TempDir Path folder;

  @Test
  void anXlsCutAtAnyPointIsNotWholeAndTheWholeOneIs() throws Exception {
    byte[] bytes = SelfEvaluationForms.xlsBytes();
    Path file = folder.resolve("评价.xls");
    for (int cut = 8; cut < bytes.length; cut += 61) {
      Files.write(file, Arrays.copyOf(bytes, cut));
      assertThat(CopiedWhole.isWhole(file)).as("cut at %d of %d", cut, bytes.length).isFalse();
    }
    Files.write(file, Arrays.copyOf(bytes, bytes.length - 1));
    assertThat(CopiedWhole.isWhole(file)).as("one byte short").isFalse();
    Files.write(file, bytes);
    assertThat(CopiedWhole.isWhole(file)).isTrue();
  }

  @Test
  void processCallsACutXlsIncompleteAndAsksForANewCopy() throws Exception {
    byte[] bytes = SelfEvaluationForms.xlsBytes();
    Path file = folder.resolve("评价.xls");
    Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));

    CliAccess.Result cut =
        CliAccess.run("process", file.toString(), "--out", folder.resolve("out").toString());

    assertThat(cut.out() + cut.err()).contains("文件不完整", "没有复制完").doesNotContain("文件已损坏");

    Files.write(file, bytes);
    CliAccess.Result whole =
        CliAccess.run("process", file.toString(), "--out", folder.resolve("out").toString());
    assertThat(whole.status()).as(whole.out() + whole.err()).isZero();
  }
}
