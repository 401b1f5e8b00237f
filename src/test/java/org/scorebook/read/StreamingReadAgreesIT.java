package org.scorebook.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.testing.TestWorkbooks.formulaCell;
import static org.scorebook.testing.TestWorkbooks.percent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.Scorebook;
import org.scorebook.model.Outcome;
import org.scorebook.testing.LibreOfficeRoundTrip;
import org.scorebook.testing.RichWorkbooks;
import org.scorebook.testing.SelfEvaluationForms;
import org.scorebook.testing.TestWorkbooks;

/**
 * Workbooks saved again by LibreOffice, which writes its own package (its styles, shared formulas,
 * strings of its own), read through POI and by streaming: the same cells and the same evaluation,
 * or, for a formula only POI reads exactly, POI's result through the full read.
 */
class StreamingReadAgreesIT {
  @TempDir Path temp;
  private int runs;

  @Test
  void workbooksSavedByLibreOfficeReadTheSameBothWays() throws Exception {
    List<Path> inputs = new ArrayList<>();
    try (Stream<Path> samples = Files.list(Path.of("samples"))) {
      samples.filter(f -> f.toString().endsWith(".xlsx")).sorted().forEach(inputs::add);
    }
    Path built = Files.createDirectories(temp.resolve("built"));
    inputs.add(RichWorkbooks.xlsx(built.resolve("图表.xlsx")));
    inputs.add(SelfEvaluationForms.form().saveTo(built.resolve("自评表.xlsx")));
    inputs.add(SelfEvaluationForms.form().saveTo(built.resolve("旧自评表.xls")));
    inputs.add(
        TestWorkbooks.evaluation()
            .project("项目名称", "公式与格式")
            .project("预算金额", formulaCell("5+5"))
            .project("实际支出", percent(0.95))
            .param("满意度", formulaCell("0.45*2"))
            .indicator("A", "产出与效益", 100)
            .leaf("A1", "满意度", 60)
            .formula("分值 * 满意度")
            .leaf("A2", "完成情况", 40)
            .manual(formulaCell("20*2"))
            .leaf("A3", "质量", 0)
            .manual(formulaCell("0*2"))
            .formulaResultsSaved()
            .saveTo(built.resolve("公式.xlsx")));
    int streamed = 0;
    for (int i = 0; i < inputs.size(); i++) {
      Path input = inputs.get(i);
      Path converted = LibreOfficeRoundTrip.toXlsx(input, temp.resolve("lo" + runs++));
      String what = input.getFileName() + " saved by LibreOffice";
      if (check(what, Files.readAllBytes(converted))) {
        streamed++;
      }
      Path output = temp.resolve("out" + runs++).resolve("结果.xlsx");
      Outcome outcome = Scorebook.process(converted, output);
      if (!Files.exists(output)) {
        assertThat(outcome.failure()).as(what).isPresent();
        continue;
      }
      check(what + ", processed", Files.readAllBytes(output));
      if (i % 3 == 0) { // a few of the outputs saved again: each conversion takes a second or two
        Path again = LibreOfficeRoundTrip.toXlsx(output, temp.resolve("lo" + runs++));
        check(what + ", processed and saved by LibreOffice", Files.readAllBytes(again));
      }
    }
    assertThat(streamed).as("read by streaming alone").isGreaterThan(inputs.size() / 2);
  }

  private boolean check(String what, byte[] bytes) throws IOException {
    return GridAgreement.assertAgreeOrFullRead(what, bytes, temp.resolve("entry" + runs++));
  }
}
