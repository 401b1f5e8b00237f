package org.scorebook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scorebook.template.TemplateContent;
import org.scorebook.template.TemplateContent.Indicator;
import org.scorebook.template.TemplateWriter;

/**
 * The workbooks the benchmarks run on, generated so every run measures the same thing: the seed-001
 * sample as shipped, and a large evaluation with 2,000 leaves (4 × 10 × 50) half by formula, half manual.
 *
 * <p>{@code java -cp benchmarks.jar org.scorebook.bench.BenchWorkbooks DIR N SEED} writes {@code large.xlsx}
 * and N copies of the seed sample into DIR.
 */
public final class BenchWorkbooks {
  private BenchWorkbooks() {}

  public static void main(String[] args) throws IOException {
    Path dir = Files.createDirectories(Path.of(args[0]));
    int copies = Integer.parseInt(args[1]);
    Path seed = Path.of(args[2]);
    writeLarge(dir.resolve("large.xlsx"));
    Path batch = Files.createDirectories(dir.resolve("batch"));
    for (int i = 0; i < copies; i++) {
      Files.copy(seed, batch.resolve(String.format("评价%04d.xlsx", i)));
    }
  }

  public static void writeLarge(Path target) throws IOException {
    TemplateWriter.write(large(), target);
  }

  static TemplateContent large() {
    List<Indicator> rows = new ArrayList<>();
    String[] tops = {"A", "B", "C", "D"};
    for (String top : tops) {
      rows.add(Indicator.of(top, "一级指标" + top, TemplateContent.blank()));
      for (int second = 1; second <= 10; second++) {
        String parent = top + second;
        rows.add(Indicator.of(parent, "二级指标" + parent, TemplateContent.blank()));
        for (int leaf = 1; leaf <= 50; leaf++) {
          rows.add(leaf(parent + "." + leaf, leaf));
        }
      }
    }
    TemplateContent example = TemplateContent.example();
    return new TemplateContent(
        TemplateContent.project("大型评价", "单位", "部门", "机构", "2024", "联系人", "", 100, 98.5, ""),
        List.of(new TemplateContent.Parameter("满意度", TemplateContent.pct(0.9), "%", "")),
        rows, example.grades(), TemplateContent.findings("绩效", "问题", "建议", ""));
  }

  private static Indicator leaf(String code, int n) {
    Indicator row = Indicator.of(code, "末级指标" + code, 0.05);
    if (n % 2 == 0) {
      return row.withManual(0.05);
    }
    return row.withFormula("分值 * min(实际值 / 目标值, 1) * if(满意度 >= 0.85, 1, 满意度)")
        .withTarget(TemplateContent.num(100)).withActual(TemplateContent.num(100));
  }
}
