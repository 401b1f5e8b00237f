package org.scorebook.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.scorebook.formula.Formula;
import org.scorebook.formula.FormulaCompiler;
import org.scorebook.formula.FormulaException;
import org.scorebook.model.Decimals;
import org.scorebook.model.Evaluation;
import org.scorebook.model.IndicatorColumn;
import org.scorebook.model.IndicatorNode;
import org.scorebook.model.IndicatorRow;
import org.scorebook.model.IndicatorSheet;
import org.scorebook.model.Message;
import org.scorebook.model.NumberReading;
import org.scorebook.model.ProjectInfo;
import org.scorebook.model.Scorecard;
import org.scorebook.model.ScoredIndicator;
import org.scorebook.model.ScoringMethod;
import org.scorebook.model.Text;
import org.scorebook.validate.Validation;
import org.scorebook.validate.Validator;

/**
 * Scores an evaluation of any kind: validates it, scores every leaf (formula or manual, rounded
 * half-up to two decimals, never clamped silently), sums parents, and gives the total and grade
 * when nothing is wrong. A deduction without a reason is noted where the kind's profile asks for
 * one.
 */
public final class Scorer {
  private static final double HALF_CENT = 0.005;

  private final Evaluation evaluation;
  private final Validation validation;
  private final IndicatorSheet sheet;
  private final List<Message> messages;
  private final FormulaCompiler compiler;
  private final FormLeaves formLeaves;
  private final Map<String, Formula> compiled = new HashMap<>();
  private final Map<String, IndicatorNode> nodes = new LinkedHashMap<>();
  private final Map<String, OptionalDouble> scores = new HashMap<>();

  private Scorer(Evaluation evaluation) {
    this.evaluation = evaluation;
    this.validation = Validator.validate(evaluation);
    this.sheet = evaluation.indicators();
    this.messages = new ArrayList<>(validation.messages());
    this.compiler = new FormulaCompiler(declaredNames(evaluation));
    this.formLeaves = new FormLeaves(sheet, messages);
    validation.tree().forEach(node -> nodes.put(node.code(), node));
  }

  /**
   * Every name a formula may mention, with or without a value: a parameter left blank is reported
   * as "没有值" where it is used, not as an unknown name.
   */
  private static Set<String> declaredNames(Evaluation evaluation) {
    Set<String> names = new HashSet<>(List.of(ProjectInfo.BUDGET, ProjectInfo.SPENDING));
    evaluation.parameters().forEach(p -> names.add(p.name()));
    return names;
  }

  public static Scorecard score(Evaluation evaluation) {
    return new Scorer(evaluation).score();
  }

  private Scorecard score() {
    List<ScoredIndicator> scored = new ArrayList<>();
    for (IndicatorNode node : nodes.values()) {
      OptionalDouble score = scoreOf(node.code());
      scored.add(
          new ScoredIndicator(
              node.row().row(),
              node.shownCode(),
              node.row().name(),
              node.level(),
              node.isLeaf(),
              node.full().orElse(0),
              score));
    }
    for (IndicatorRow row : sheet.rows()) {
      IndicatorNode node = nodes.get(row.code());
      notePreviousScore(row, node != null && node.row() == row ? scores.get(row.code()) : null);
    }
    List<Message> ordered = new ArrayList<>(messages);
    ordered.sort(Message.WORKBOOK_ORDER);
    OptionalDouble total = total(scored, ordered);
    Optional<String> grade =
        total.isPresent() && validation.grades().isPresent()
            ? Optional.of(validation.grades().get().grade(total.getAsDouble()))
            : Optional.empty();
    return new Scorecard(evaluation, scored, total, grade, ordered);
  }

  private static OptionalDouble total(List<ScoredIndicator> scored, List<Message> messages) {
    if (messages.stream().anyMatch(Message::isError)) {
      return OptionalDouble.empty();
    }
    double sum = 0;
    for (ScoredIndicator indicator : scored) {
      if (indicator.level() == 1) {
        if (indicator.score().isEmpty()) {
          return OptionalDouble.empty();
        }
        sum += indicator.score().getAsDouble();
      }
    }
    return OptionalDouble.of(Decimals.round2(sum));
  }

  private OptionalDouble scoreOf(String code) {
    OptionalDouble known = scores.get(code);
    if (known != null) {
      return known;
    }
    IndicatorNode node = nodes.get(code);
    OptionalDouble score = node.isLeaf() ? scoreLeaf(node) : sumOfChildren(node);
    scores.put(code, score);
    return score;
  }

  /** A parent's score is the sum of its children's rounded scores. */
  private OptionalDouble sumOfChildren(IndicatorNode node) {
    double sum = 0;
    for (String child : node.children()) {
      OptionalDouble score = scoreOf(child);
      if (score.isEmpty()) {
        return OptionalDouble.empty();
      }
      sum += score.getAsDouble();
    }
    return OptionalDouble.of(Decimals.round2(sum));
  }

  private OptionalDouble scoreLeaf(IndicatorNode node) {
    IndicatorRow row = node.row();
    if (node.full().isEmpty()) {
      return OptionalDouble.empty();
    }
    double full = node.full().getAsDouble();
    return switch (row.method()) {
      case FORMULA_OR_HAND -> byFormulaOrHand(row, full);
      case ANNUAL_TARGET -> checked(row, formLeaves.againstTarget(row, full), full);
      case BUDGET_EXECUTION -> checked(row, formLeaves.budgetExecution(row, full), full);
    };
  }

  private OptionalDouble byFormulaOrHand(IndicatorRow row, double full) {
    if (row.hasFormula() == row.hasManualScore()) {
      return OptionalDouble.empty();
    }
    return checked(row, row.hasFormula() ? evaluate(row, full) : manual(row), full);
  }

  /**
   * The leaf's score rounded, when it lies between 0 and its 分值 (an error otherwise); a deduction
   * without a reason is noted where the kind asks for one.
   */
  private OptionalDouble checked(IndicatorRow row, OptionalDouble raw, double full) {
    if (raw.isEmpty()) {
      return raw;
    }
    double score = Decimals.round2(raw.getAsDouble());
    if (score < 0 || score > full + 1e-9) {
      boolean byFormula = row.hasFormula();
      String key =
          byFormula
              ? "score.outOfRange"
              : row.method() == ScoringMethod.FORMULA_OR_HAND
                  ? "score.manualOutOfRange"
                  : "score.typedOutOfRange";
      error(
          row,
          byFormula ? IndicatorColumn.FORMULA : IndicatorColumn.MANUAL,
          Text.get(key, Decimals.format2(score), Decimals.plain(full)));
      return OptionalDouble.empty();
    }
    if (score < full - HALF_CENT
        && row.reason().isBlank()
        && row.method() != ScoringMethod.BUDGET_EXECUTION) {
      evaluation
          .kind()
          .rules()
          .deductionReason()
          .ifPresent(
              column ->
                  messages.add(
                      Message.warning(
                          sheet.cell(row.row(), IndicatorColumn.REASON),
                          row.shownCode(),
                          Text.get(
                              "score.noReason",
                              Decimals.format2(score),
                              Decimals.plain(full),
                              column))));
    }
    return OptionalDouble.of(score);
  }

  private static OptionalDouble manual(IndicatorRow row) {
    NumberReading manual = row.manual();
    return manual.isValue() ? OptionalDouble.of(manual.value()) : OptionalDouble.empty();
  }

  private OptionalDouble evaluate(IndicatorRow row, double full) {
    if (row.formulaReported()) {
      return OptionalDouble.empty();
    }
    try {
      Formula formula = compile(row.formula());
      Map<String, Double> values = new HashMap<>(validation.variables());
      values.put("分值", full);
      values.put("满分", full);
      if (!bindRowVariable(row, formula, "目标值", row.target(), values)
          || !bindRowVariable(row, formula, "实际值", row.actual(), values)) {
        return OptionalDouble.empty();
      }
      return OptionalDouble.of(formula.evaluate(values));
    } catch (FormulaException e) {
      messages.add(
          Message.error(
              sheet.cell(row.row(), IndicatorColumn.FORMULA),
              row.shownCode(),
              e.problem(),
              e.textPosition()));
      return OptionalDouble.empty();
    }
  }

  private Formula compile(String text) throws FormulaException {
    Formula formula = compiled.get(text);
    if (formula == null) {
      formula = compiler.compile(text);
      compiled.put(text, formula);
    }
    return formula;
  }

  /** A row variable the formula uses must be filled; a blank one is an error, not zero. */
  private boolean bindRowVariable(
      IndicatorRow row,
      Formula formula,
      String name,
      NumberReading value,
      Map<String, Double> values) {
    if (!formula.variables().contains(name)) {
      return true;
    }
    if (value.isValue()) {
      values.put(name, value.value());
      return true;
    }
    if (value.isBlank()) {
      error(row, IndicatorColumn.FORMULA, Text.get("score.blankRowVariable", name));
    }
    return false;
  }

  /**
   * A leaf of a form that has no score: its 得分 is both what the evaluator typed and where the
   * result goes, and the error that left it without one already quotes what matters.
   */
  private static boolean unscoredFormLeaf(IndicatorRow row, OptionalDouble score) {
    return row.method() != ScoringMethod.FORMULA_OR_HAND && (score == null || score.isEmpty());
  }

  /** A value the evaluator typed into 得分 that the computed one replaces is kept in a message. */
  private void notePreviousScore(IndicatorRow row, OptionalDouble score) {
    IndicatorRow.PreviousValue previous = row.previousScore();
    if (!previous.isPresent() || unscoredFormLeaf(row, score)) {
      return;
    }
    boolean same =
        score != null
            && score.isPresent()
            && previous.number().isValue()
            && Math.abs(previous.number().value() - score.getAsDouble()) < HALF_CENT / 10;
    if (!same) {
      String computed =
          score != null && score.isPresent()
              ? Decimals.format2(score.getAsDouble())
              : Text.get("score.none");
      messages.add(
          Message.warning(
              sheet.cell(row.row(), IndicatorColumn.SCORE),
              row.shownCode(),
              Text.get("score.replaced", previous.shown(), computed)));
    }
  }

  private void error(IndicatorRow row, IndicatorColumn column, String text) {
    messages.add(Message.error(sheet.cell(row.row(), column), row.shownCode(), text));
  }
}
