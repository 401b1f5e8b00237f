package org.scorebook.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.testing.EvaluationBuilder.evaluation;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scorebook.model.Outcome;
import org.scorebook.model.ProjectInfo;
import org.scorebook.score.Scorer;

/** One mail per workbook goes to the 联系邮箱 of every one of its projects. */
class MailSetupRecipientsTest {
  private static Outcome.Project project(String name, String emails) {
    return Outcome.Project.of(
        Scorer.score(
            evaluation()
                .project(ProjectInfo.NAME, name)
                .project(ProjectInfo.EMAIL, emails)
                .manual("A", "x", 100, 90)
                .build()));
  }

  @Test
  void theRecipientsAreTheContactAddressesOfEveryProjectAndThoseGivenOnTheCommandLine() {
    Outcome outcome =
        Outcome.of(
            Path.of("单位.xlsx"),
            List.of(
                project("项目甲", "jia@county.test"), project("项目乙", "yi@county.test; a@czj.test")),
            List.of());
    MailOptions options =
        new MailOptions(true, List.of("boss@czj.test"), Optional.empty(), Optional.empty());

    assertThat(MailSetup.recipients(outcome, options))
        .containsExactly("jia@county.test", "yi@county.test", "a@czj.test", "boss@czj.test");
  }
}
