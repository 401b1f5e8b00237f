package org.scorebook.kinds.review;

import java.util.ArrayList;
import java.util.List;
import org.scorebook.kinds.Kind;
import org.scorebook.model.Evaluation;
import org.scorebook.model.Message;
import org.scorebook.model.Scorecard;
import org.scorebook.model.WorkbookKind;
import org.scorebook.read.KindReader;

/**
 * A kind that exists only in tests and reviews rather than scores: each 审核表 sheet ({@link
 * ReviewReader}) is a project whose 指标值 are checked, a blank one an error at its cell, one without
 * a number a warning, and whose suggested grade follows the declaration review's rule: any error 中,
 * three warnings or more 良, otherwise 优.
 */
public record ReviewKind() implements Kind.Added {
  static final String BLANK = "指标值未填写，请填写可衡量的目标值，如「≥95%」";
  static final String VAGUE = "指标值未量化，请写明数值和单位，如「≥1000人次」";

  @Override
  public WorkbookKind identity() {
    return ReviewReader.KIND;
  }

  @Override
  public KindReader reader() {
    return new ReviewReader();
  }

  @Override
  public Scorecard score(Evaluation evaluation) {
    List<Message> messages = new ArrayList<>(evaluation.readMessages());
    ReviewReader.Values values = (ReviewReader.Values) evaluation.details().orElseThrow();
    for (ReviewReader.Value value : values.values()) {
      if (value.text().isBlank()) {
        messages.add(Message.error(value.cell(), value.indicator(), BLANK));
      } else if (!value.text().matches(".*\\d.*")) {
        messages.add(Message.warning(value.cell(), value.indicator(), VAGUE));
      }
    }
    long errors = messages.stream().filter(Message::isError).count();
    String grade = errors > 0 ? "中" : messages.size() >= 3 ? "良" : "优";
    return Scorecard.review(evaluation, grade, messages);
  }
}
