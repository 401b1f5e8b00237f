package org.scorebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.testing.ExpertCopies;

class PanelCommandTest {
  @TempDir Path folder;

  private Path copy(String expert, double first, double second) {
    return ExpertCopies.of(expert, first, second)
        .saveTo(folder.resolve("专家").resolve(expert + ".xlsx"));
  }

  @Test
  void aFolderOfCopiesIsCombinedIntoTheGivenWorkbook() throws Exception {
    Files.createDirectories(folder.resolve("专家"));
    copy("甲", 40, 50);
    copy("乙", 30, 54);
    copy("丙", 35, 57);
    Path out = folder.resolve("合议.xlsx");

    CliAccess.Result result =
        CliAccess.run("panel", folder.resolve("专家").toString(), "--out", out.toString(), "--json");

    assertThat(result.status()).isZero();
    JsonObject json = JsonParser.parseString(result.out().strip()).getAsJsonObject();
    // A1: (40 + 30 + 35) / 3 = 35; A2: (50 + 54 + 57) / 3 = 53.666… → 53.67.
    assertThat(json.get("total").getAsDouble()).isEqualTo(88.67);
    assertThat(json.getAsJsonArray("experts")).hasSize(3);
    assertThat(
            json.getAsJsonArray("leaves").get(0).getAsJsonObject().get("disputed").getAsBoolean())
        .as("A1 spreads 10 of 40: more than 20 %")
        .isTrue();
    assertThat(out).exists();
  }

  @Test
  void aCopyLeftOutMakesTheExitStatusOne() throws Exception {
    Files.createDirectories(folder.resolve("专家"));
    copy("甲", 40, 50);
    copy("乙", 30, 54);
    copy("丙", 35, 99);

    CliAccess.Result result =
        CliAccess.run(
            "panel",
            folder.resolve("专家").toString(),
            "--out",
            folder.resolve("合议.xlsx").toString());

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out()).contains("2 位专家");
    assertThat(result.err()).contains("未参加", "丙.xlsx");
  }

  @Test
  void anUnknownTrimIsAUsageError() {
    CliAccess.Result result = CliAccess.run("panel", folder.toString(), "--trim", "2");

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).contains("--trim 只能是 auto、none 或 1");
  }

  @Test
  void helpExplainsTheCombinationRule() {
    CliAccess.Result result = CliAccess.run("panel", "--help");

    assertThat(result.status()).isZero();
    assertThat(result.out()).contains("去掉一个最高分和一个最低分", "--spread", "评价人");
  }
}
