package org.scorebook.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.mailbox.Journal.Entry;
import org.scorebook.mailbox.Journal.State;

/**
 * The mailbox journal keeps a message's entry for {@link Journal#KEEP_DONE} after the message was
 * moved away, and its Message-ID marker for good.
 */
class JournalPruningTest {
  private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

  @TempDir Path folder;

  @Test
  void aMessageMovedAwayLongAgoLeavesOnlyItsMessageIdMarker() throws Exception {
    Journal journal = new Journal(folder);
    String key = "abc-1-7";
    journal.claimMessageId("<m7@county.test>", key);
    String name = journal.reserveName("评价.xlsx", key, 1, n -> false);
    journal.markAnswered(key, 1);
    journal.lock(key).orElseThrow().close();
    write(journal, key, State.DONE, Duration.ofDays(31));

    assertThat(journal.prune(NOW.minus(Journal.KEEP_DONE))).isEqualTo(1);

    assertThat(journal.read(key)).isEmpty();
    assertThat(journal.answered(key, 1)).isFalse();
    assertThat(journal.origin(name)).isEmpty();
    assertThat(folder.resolve(key + ".lock")).doesNotExist();
    assertThat(journal.claimMessageId("<m7@county.test>", "abc-1-8"))
        .as("a copy under another UID is still known")
        .isFalse();
    try (var left = Files.walk(folder)) {
      assertThat(left.filter(Files::isRegularFile).toList())
          .containsExactly(folder.resolve("ids").resolve(Journal.sha256("<m7@county.test>")));
    }
  }

  @Test
  void messagesMovedAwayRecentlyOrStillBeingAnsweredAreKept() throws Exception {
    Journal journal = new Journal(folder);
    write(journal, "abc-1-1", State.DONE, Duration.ofDays(29));
    write(journal, "abc-1-2", State.RELEASED, Duration.ofDays(90));
    write(journal, "abc-1-3", State.RECEIVED, Duration.ofDays(90));
    journal.markAnswered("abc-1-2", 1);

    assertThat(journal.prune(NOW.minus(Journal.KEEP_DONE))).isZero();

    for (String key : List.of("abc-1-1", "abc-1-2", "abc-1-3")) {
      assertThat(journal.read(key)).as(key).isPresent();
    }
    assertThat(journal.answered("abc-1-2", 1)).isTrue();
  }

  @Test
  void aMessageAnotherProcessHoldsIsLeftForTheNextPrune() throws Exception {
    Journal journal = new Journal(folder);
    write(journal, "abc-1-4", State.DONE, Duration.ofDays(40));

    try (Journal.Lock held = journal.lock("abc-1-4").orElseThrow()) {
      assertThat(journal.prune(NOW.minus(Journal.KEEP_DONE))).isZero();
    }
    assertThat(journal.read("abc-1-4")).isPresent();
    assertThat(journal.prune(NOW.minus(Journal.KEEP_DONE))).isEqualTo(1);
  }

  /** An entry in {@code state}, last written {@code age} before {@link #NOW}. */
  private void write(Journal journal, String key, State state, Duration age) throws Exception {
    journal.write(
        new Entry(
            key,
            state,
            MailIntake.DONE_FOLDER,
            "zhang@county.test",
            "自评表",
            Optional.empty(),
            List.of("zhang@county.test"),
            List.of(),
            List.of("评价.xlsx"),
            List.of("2"),
            ""));
    Path file = folder.resolve(key + ".properties");
    Files.setLastModifiedTime(file, FileTime.from(NOW.minus(age)));
  }
}
