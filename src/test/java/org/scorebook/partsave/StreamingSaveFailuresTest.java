package org.scorebook.partsave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.scorebook.model.Scorecard;

/**
 * An unexpected failure of the part-by-part save is a defect: the build's tests see it thrown, and
 * users get the workbook through POI's save instead.
 */
class StreamingSaveFailuresTest {
  private static final ZonedDateTime WRITTEN_AT =
      ZonedDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneId.of("Asia/Shanghai"));

  private static byte[] sample() throws Exception {
    return Files.readAllBytes(Path.of("samples/2017年合作交流综合信息服务平台建设运维项目.xlsx"));
  }

  @Test
  void theBuildRunsEveryTestWithUnexpectedFailuresThrown() {
    assertThat(Boolean.getBoolean(StreamingSave.STRICT_PROPERTY)).isTrue();
  }

  @Test
  void anUnexpectedFailureIsThrownWhenStrict() throws Exception {
    byte[] original = sample();
    assertThatThrownBy(() -> StreamingSave.prepare(original, (Scorecard) null, "test", WRITTEN_AT))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void anUnexpectedFailureLeavesTheWorkbookToPoiForUsers() throws Exception {
    byte[] original = sample();
    String strict = System.clearProperty(StreamingSave.STRICT_PROPERTY);
    try {
      assertThat(StreamingSave.prepare(original, (Scorecard) null, "test", WRITTEN_AT))
          .isInstanceOfSatisfying(
              StreamingSave.LeftToPoi.class,
              left -> assertThat(left.why()).contains("NullPointerException"));
    } finally {
      if (strict != null) {
        System.setProperty(StreamingSave.STRICT_PROPERTY, strict);
      }
    }
  }
}
