package org.scorebook.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.testing.TestWorkbooks.evaluation;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.Evaluation;
import org.scorebook.model.GradeBand;
import org.scorebook.model.GradeScale;
import org.scorebook.model.Message;
import org.scorebook.testing.TestWorkbooks;

/** 等级标准 may give each grade a range of totals instead of a minimum. */
class GradeRangesTest {

  private static TestWorkbooks.Builder sound() {
    return evaluation().project("项目名称", "测试").indicator("A", "决策", 100).manual(85).reason("扣分");
  }

  private static Validation validate(TestWorkbooks.Builder builder) {
    return Validator.validate(builder.read());
  }

  /** The messages about 等级标准, as "cell: text". */
  private static List<String> gradeMessages(TestWorkbooks.Builder builder) {
    Evaluation evaluation = builder.read();
    List<Message> all = new java.util.ArrayList<>(evaluation.readMessages());
    all.addAll(Validator.validate(evaluation).messages());
    return all.stream()
        .filter(m -> m.where().sheet().equals("等级标准"))
        .map(m -> m.where().a1() + ": " + m.problem())
        .distinct()
        .toList();
  }

  private static List<GradeBand> bands(String header, Object... nameRangePairs) {
    Validation validation = validate(sound().gradeRanges(header, nameRangePairs));
    assertThat(validation.messages()).isEmpty();
    return validation.grades().map(GradeScale::bands).orElseThrow();
  }

  private static List<Double> minimums(String header, Object... nameRangePairs) {
    return bands(header, nameRangePairs).stream().map(GradeBand::minimum).sorted().toList();
  }

  @Test
  void dashRangesGiveTheirLowerEndsAsMinimums() {
    assertThat(minimums("分数区间", "优", "90-100", "良", "80-89.99", "中", "60-79.99", "差", "0-59.99"))
        .containsExactly(0.0, 60.0, 80.0, 90.0);
    assertThat(minimums("分值范围", "优", "90～100", "良", "80~90", "中", "60—80", "差", "0至60"))
        .containsExactly(0.0, 60.0, 80.0, 90.0);
    assertThat(minimums("得分范围", "优", "90分-100分", "合格", "60-89.99分", "差", "0分-59.99分"))
        .containsExactly(0.0, 60.0, 90.0);
  }

  @Test
  void openRangesAboveAndBelowAreRead() {
    assertThat(minimums("区间", "优", "≥90", "良", "80-90", "中", "60-80", "差", "<60"))
        .containsExactly(0.0, 60.0, 80.0, 90.0);
    assertThat(minimums("区间", "优", ">=90", "良", "80-90", "中", "60-80", "差", "60以下"))
        .containsExactly(0.0, 60.0, 80.0, 90.0);
    assertThat(minimums("区间", "优", "90分以上", "良", "80-90", "中", "60-80", "差", "60分以下"))
        .containsExactly(0.0, 60.0, 80.0, 90.0);
    assertThat(minimums("区间", "优", "90分及以上", "良", "80-90", "中", "60-80", "差", "＜60"))
        .containsExactly(0.0, 60.0, 80.0, 90.0);
  }

  @Test
  void halfOpenIntervalsAndInequalitiesAreRead() {
    assertThat(minimums("分数区间", "优", "[90,100]", "良", "[80,90)", "中", "[60，80)", "差", "[0,60)"))
        .containsExactly(0.0, 60.0, 80.0, 90.0);
    assertThat(minimums("分数区间", "优", "90≤x≤100", "良", "80≤x<90", "中", "60<=分数<80", "差", "0≤x<60"))
        .containsExactly(0.0, 60.0, 80.0, 90.0);
  }

  @Test
  void aTotalGetsTheGradeOfItsRange() {
    GradeScale scale =
        new GradeScale(
            bands("分数区间", "优", "90-100", "良", "80-89.99", "中", "60-79.99", "差", "<60"), false);
    assertThat(scale.grade(89.99)).isEqualTo("良");
    assertThat(scale.grade(90)).isEqualTo("优");
    assertThat(scale.grade(59.5)).isEqualTo("差");
  }

  @Test
  void overlappingRangesAreAnErrorAtTheHigherOneNamingBoth() {
    assertThat(gradeMessages(sound().gradeRanges("分数区间", "优", "85-100", "良", "80-90", "差", "0-80")))
        .containsExactly("B2: 分数区间「85-100」与「80-90」（B3）重叠：85 至 90 分同时属于两个等级");
    assertThat(
            gradeMessages(sound().gradeRanges("分数区间", "优", "[90,100]", "良", "[80,90]", "差", "<80")))
        .containsExactly("B2: 分数区间「[90,100]」与「[80,90]」（B3）重叠：90 分同时属于两个等级");
  }

  @Test
  void aGapBetweenRangesIsAnErrorAtTheHigherOneNamingTheGap() {
    assertThat(
            gradeMessages(sound().gradeRanges("分数区间", "优", "90-100", "良", "80-89", "差", "0-79.99")))
        .containsExactly("B2: 分数区间「90-100」与「80-89」（B3）之间有空缺：89 至 90 分之间的总分没有等级");
  }

  @Test
  void rangesMustStartAtZeroAndReachTheTotal() {
    assertThat(gradeMessages(sound().gradeRanges("分数区间", "优", "90-100", "差", "10-90")))
        .containsExactly("B3: 最低的分数区间「10-90」从 10 分开始：0 至 10 分之间的总分没有等级");
    assertThat(gradeMessages(sound().gradeRanges("分数区间", "优", "90-95", "差", "0-90")))
        .containsExactly("B2: 最高的分数区间「90-95」只到 95 分：95 至 100 分之间的总分没有等级");
  }

  @Test
  void anUnreadableRangeIsAnErrorAtItsCell() {
    assertThat(gradeMessages(sound().gradeRanges("分数区间", "优", "九十分以上", "差", "0-90")))
        .containsExactly("B2: 「九十分以上」不是能识别的分数区间：可以写成 90-100、≥90、90分以上、60分以下、<60、[80,90) 或 80≤x<90");
  }

  @Test
  void rangesAreReadFromAWorkbookWrittenByFastexcel() throws Exception {
    byte[] bytes =
        sound().gradeRanges("分数区间", "优", "90分及以上", "良", "80≤x<90", "差", "<80").fastexcelBytes();
    try (var workbook =
        org.apache.poi.ss.usermodel.WorkbookFactory.create(
            new java.io.ByteArrayInputStream(bytes))) {
      Evaluation evaluation =
          org.scorebook.read.WorkbookReader.read(workbook, "x.xlsx", Kinds.ALL.readers());
      assertThat(evaluation.readMessages()).isEmpty();
      assertThat(Validator.validate(evaluation).grades().orElseThrow().grade(85)).isEqualTo("良");
    }
  }

  @Test
  void rangesAreReadFromAnXlsWorkbookToo() throws Exception {
    try (var workbook =
        sound().gradeRanges("分数区间", "优", "≥90", "良", "[80,90)", "差", "80分以下").buildXls()) {
      Evaluation evaluation =
          org.scorebook.read.WorkbookReader.read(workbook, "x.xls", Kinds.ALL.readers());
      assertThat(Validator.validate(evaluation).grades().orElseThrow().grade(85)).isEqualTo("良");
    }
  }
}
