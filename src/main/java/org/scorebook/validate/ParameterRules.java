package org.scorebook.validate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scorebook.formula.FormulaCompiler;
import org.scorebook.model.Message;
import org.scorebook.model.Parameter;
import org.scorebook.model.ProjectInfo;
import org.scorebook.model.Text;

/** 评分参数: valid, distinct names with numbers. Returns every variable a formula may use. */
final class ParameterRules {
  private ParameterRules() {}

  static Map<String, Double> check(
      List<Parameter> parameters, ProjectInfo project, List<Message> messages) {
    Map<String, Double> variables = new LinkedHashMap<>();
    if (project.budget().isValue()) {
      variables.put(ProjectInfo.BUDGET, project.budget().value());
    }
    if (project.spending().isValue()) {
      variables.put(ProjectInfo.SPENDING, project.spending().value());
    }
    Map<String, Parameter> seen = new LinkedHashMap<>();
    for (Parameter parameter : parameters) {
      checkOne(parameter, seen, messages)
          .ifPresent(value -> variables.put(parameter.name(), value));
    }
    return variables;
  }

  private static Optional<Double> checkOne(
      Parameter parameter, Map<String, Parameter> seen, List<Message> messages) {
    String name = parameter.name();
    if (name.isEmpty()) {
      messages.add(Message.error(parameter.nameCell(), "", Text.get("validate.parameterNoName")));
      return Optional.empty();
    }
    if (!FormulaCompiler.isValidName(name)) {
      messages.add(
          Message.error(parameter.nameCell(), "", Text.get("validate.parameterBadName", name)));
      return Optional.empty();
    }
    if (name.equals(ProjectInfo.BUDGET) || name.equals(ProjectInfo.SPENDING)) {
      messages.add(
          Message.error(parameter.nameCell(), "", Text.get("validate.parameterProjectName", name)));
      return Optional.empty();
    }
    Parameter first = seen.putIfAbsent(name, parameter);
    if (first != null) {
      messages.add(
          Message.error(
              parameter.nameCell(),
              "",
              Text.get("validate.parameterDuplicate", name, first.nameCell().a1())));
      return Optional.empty();
    }
    if (parameter.value().isBlank()) {
      messages.add(
          Message.error(parameter.valueCell(), "", Text.get("validate.parameterNoValue", name)));
    }
    return parameter.value().isValue() ? Optional.of(parameter.value().value()) : Optional.empty();
  }
}
