package org.scorebook.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class InstalledProgramsTest {
  @Test
  void aMissingProgramFailsTheTestOnCi() {
    assertThatThrownBy(
            () ->
                InstalledPrograms.failOrSkip(
                    "LibreOffice (soffice)", InstalledPrograms.onCi("true")))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("LibreOffice");
  }

  @Test
  void aMissingProgramSkipsTheTestElsewhere() {
    assertThatThrownBy(
            () ->
                InstalledPrograms.failOrSkip("LibreOffice (soffice)", InstalledPrograms.onCi(null)))
        .isInstanceOf(TestAbortedException.class);
    assertThat(InstalledPrograms.onCi("false")).isFalse();
  }

  @Test
  void aProgramThatIsNowhereIsNotFound() {
    assertThat(InstalledPrograms.find("no-such-program-anywhere")).isEmpty();
  }
}
