package org.scorebook.validate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scorebook.model.GradeScale;
import org.scorebook.model.IndicatorNode;
import org.scorebook.model.Message;

/**
 * What the rules found: the messages, and the parts that passed, ready to score.
 *
 * @param tree indicators with a sound place in the tree, in sheet order
 * @param variables every formula variable with a value: parameters, 预算金额, 实际支出
 * @param grades the bands in force; empty when the 等级标准 sheet is broken
 */
public record Validation(
    List<Message> messages,
    List<IndicatorNode> tree,
    Map<String, Double> variables,
    Optional<GradeScale> grades) {
  public Validation {
    messages = List.copyOf(messages);
    tree = List.copyOf(tree);
    variables = Map.copyOf(variables);
  }
}
