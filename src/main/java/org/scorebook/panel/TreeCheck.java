package org.scorebook.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.scorebook.model.CellRef;
import org.scorebook.model.Decimals;
import org.scorebook.model.IndicatorColumn;
import org.scorebook.model.IndicatorRow;
import org.scorebook.model.Message;
import org.scorebook.model.ProjectInfo;
import org.scorebook.model.Scorecard;
import org.scorebook.model.ScoredIndicator;
import org.scorebook.model.ScoringMethod;
import org.scorebook.model.Text;
import org.scorebook.score.AnnualTarget;

/**
 * Whether each copy is the same project as the first, with the same tree: the same 项目名称, the same
 * indicators in the same order with the same 分值, and, on a self-evaluation form, the same 实际完成值 of
 * every quantitative leaf (a fact, not a judgement). Every difference names the copy and the cell;
 * none is merged silently.
 */
final class TreeCheck {
  private TreeCheck() {}

  /** A difference between a copy and the first one. */
  record Mismatch(String copy, Message message) {}

  static List<Mismatch> check(List<Expert> experts) {
    Expert base = experts.get(0);
    List<Mismatch> found = new ArrayList<>();
    for (Expert copy : experts.subList(1, experts.size())) {
      found.addAll(compare(base, copy));
    }
    return found;
  }

  private static List<Mismatch> compare(Expert base, Expert copy) {
    ProjectInfo project = copy.card().evaluation().project();
    if (!project.name().equals(base.card().projectName())) {
      return List.of(otherProject(base, copy, project));
    }
    List<ScoredIndicator> expected = base.card().indicators();
    List<ScoredIndicator> actual = copy.card().indicators();
    List<Mismatch> found = new ArrayList<>(missing(base, copy, expected, byCode(actual)));
    found.addAll(extraOrOtherFull(base, copy, actual, byCode(expected)));
    if (found.isEmpty() && !sameOrder(expected, actual)) {
      found.add(
          mismatch(
              copy,
              CellRef.sheet(copy.card().evaluation().indicators().sheetName()),
              "",
              Text.get("panel.mismatch.order", base.name())));
    }
    if (found.isEmpty()) {
      found.addAll(differentFacts(base, copy));
    }
    return found;
  }

  private static Mismatch otherProject(Expert base, Expert copy, ProjectInfo project) {
    return mismatch(
        copy,
        project.cellOf(ProjectInfo.NAME),
        "",
        Text.get("panel.mismatch.project", project.name(), base.name(), base.card().projectName()));
  }

  /** The first copy's indicators the copy lacks. */
  private static List<Mismatch> missing(
      Expert base,
      Expert copy,
      List<ScoredIndicator> expected,
      Map<String, ScoredIndicator> actualByCode) {
    List<Mismatch> found = new ArrayList<>();
    for (ScoredIndicator want : expected) {
      if (!actualByCode.containsKey(want.code())) {
        found.add(
            mismatch(
                copy,
                CellRef.sheet(copy.card().evaluation().indicators().sheetName()),
                want.code(),
                Text.get(
                    "panel.mismatch.missing",
                    want.code(),
                    want.name(),
                    base.name(),
                    cell(base.card(), want, IndicatorColumn.NAME))));
      }
    }
    return found;
  }

  /** The copy's indicators the first copy lacks, or has with another 分值 or as a leaf where not. */
  private static List<Mismatch> extraOrOtherFull(
      Expert base,
      Expert copy,
      List<ScoredIndicator> actual,
      Map<String, ScoredIndicator> expectedByCode) {
    List<Mismatch> found = new ArrayList<>();
    for (ScoredIndicator have : actual) {
      ScoredIndicator want = expectedByCode.get(have.code());
      if (want == null) {
        found.add(
            mismatch(
                copy,
                cell(copy.card(), have, IndicatorColumn.NAME),
                have.code(),
                Text.get("panel.mismatch.extra", have.code(), have.name(), base.name())));
      } else if (Math.abs(want.full() - have.full()) >= 0.005 || want.leaf() != have.leaf()) {
        found.add(
            mismatch(
                copy,
                cell(copy.card(), have, IndicatorColumn.FULL),
                have.code(),
                Text.get(
                    "panel.mismatch.full",
                    Decimals.plain(have.full()),
                    base.name(),
                    Decimals.plain(want.full()))));
      }
    }
    return found;
  }

  private static boolean sameOrder(List<ScoredIndicator> expected, List<ScoredIndicator> actual) {
    return expected.stream()
        .map(ScoredIndicator::code)
        .toList()
        .equals(actual.stream().map(ScoredIndicator::code).toList());
  }

  /** The 实际完成值 of a quantitative leaf of a form: every expert must have read the same fact. */
  private static List<Mismatch> differentFacts(Expert base, Expert copy) {
    List<Mismatch> found = new ArrayList<>();
    List<IndicatorRow> expected = targetRows(base.card());
    List<IndicatorRow> actual = targetRows(copy.card());
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      IndicatorRow want = expected.get(i);
      IndicatorRow have = actual.get(i);
      boolean quantitative =
          AnnualTarget.parse(want.targetText()) instanceof AnnualTarget.Quantitative;
      if (quantitative && !want.actualText().equals(have.actualText())) {
        found.add(
            mismatch(
                copy,
                copy.card().evaluation().indicators().cell(have.row(), IndicatorColumn.ACTUAL),
                have.shownCode(),
                Text.get(
                    "panel.mismatch.actual", have.actualText(), base.name(), want.actualText())));
      }
    }
    return found;
  }

  private static List<IndicatorRow> targetRows(Scorecard card) {
    return card.evaluation().indicators().rows().stream()
        .filter(row -> row.method() == ScoringMethod.ANNUAL_TARGET)
        .toList();
  }

  private static CellRef cell(Scorecard card, ScoredIndicator indicator, IndicatorColumn column) {
    return card.evaluation().indicators().cell(indicator.row(), column);
  }

  private static Map<String, ScoredIndicator> byCode(List<ScoredIndicator> indicators) {
    return indicators.stream()
        .collect(Collectors.toMap(ScoredIndicator::code, Function.identity(), (a, b) -> a));
  }

  private static Mismatch mismatch(Expert copy, CellRef where, String code, String text) {
    return new Mismatch(copy.name(), Message.error(where, code, text));
  }
}
