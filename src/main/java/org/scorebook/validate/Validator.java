package org.scorebook.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scorebook.model.Evaluation;
import org.scorebook.model.GradeScale;
import org.scorebook.model.IndicatorNode;
import org.scorebook.model.Message;
import org.scorebook.model.RuleProfile;

/**
 * Runs every rule over what was read, with the values of the evaluation's kind (its {@link
 * RuleProfile}), collecting all messages in one pass.
 */
public final class Validator {
  private Validator() {}

  public static Validation validate(Evaluation evaluation) {
    RuleProfile rules = evaluation.kind().rules();
    List<Message> messages = new ArrayList<>(evaluation.readMessages());
    ProjectRules.check(evaluation.project(), messages);
    Map<String, Double> variables =
        ParameterRules.check(evaluation.parameters(), evaluation.project(), messages);
    List<IndicatorNode> tree = new TreeRules(evaluation.indicators(), rules, messages).check();
    Optional<GradeScale> grades = GradeRules.check(evaluation.grades(), rules, messages);
    return new Validation(messages, tree, variables, grades);
  }
}
