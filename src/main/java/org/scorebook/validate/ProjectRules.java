package org.scorebook.validate;

import java.util.List;
import java.util.regex.Pattern;
import org.scorebook.model.CellRef;
import org.scorebook.model.Message;
import org.scorebook.model.NumberReading;
import org.scorebook.model.ProjectInfo;
import org.scorebook.model.Text;

/** 项目信息: a project name, sensible amounts, addresses that look like addresses. */
final class ProjectRules {
  private static final Pattern EMAIL =
      Pattern.compile("[^@\\s<>\"',;，；()（）]+@[^@\\s<>\"',;，；()（）]+\\.[^@\\s<>\"',;，；()（）]+");

  private ProjectRules() {}

  static void check(ProjectInfo project, List<Message> messages) {
    if (project.fields().isEmpty() && project.cells().isEmpty()) {
      messages.add(
          Message.error(
              CellRef.sheet(project.sheetName()), "", Text.get("validate.noProjectSheet")));
      return;
    }
    if (project.name().isBlank()) {
      messages.add(
          Message.error(project.cellOf(ProjectInfo.NAME), "", Text.get("validate.noProjectName")));
    }
    checkAmount(project, ProjectInfo.BUDGET, project.budget(), messages);
    checkAmount(project, ProjectInfo.SPENDING, project.spending(), messages);
    for (String address : project.emails()) {
      if (!EMAIL.matcher(address).matches()) {
        messages.add(
            Message.warning(
                project.cellOf(ProjectInfo.EMAIL), "", Text.get("validate.badEmail", address)));
      }
    }
  }

  private static void checkAmount(
      ProjectInfo project, String label, NumberReading amount, List<Message> messages) {
    if (amount.isValue() && amount.value() < 0) {
      messages.add(
          Message.error(project.cellOf(label), "", Text.get("validate.negativeAmount", label)));
    }
  }
}
