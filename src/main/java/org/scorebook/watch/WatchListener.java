package org.scorebook.watch;

import java.io.IOException;
import org.scorebook.panel.PanelOutcome;

/** Told about each workbook: the console prints a line, tests count and stop. */
public interface WatchListener {
  /** A file was claimed and is about to be processed. */
  default void claimed(String name) {}

  /**
   * A file is scored and its outputs are in place; its original is still claimed (in {@code
   * original}) and moves on when this returns. What must not be lost if the process dies now goes
   * here (queueing its mail): after a crash the file is processed again and this is called again.
   * Throwing postpones the file.
   */
  default void scored(Handled handled) throws IOException {}

  /** A file is finished: its original is in the archive or the failed folder. */
  void handled(Handled handled);

  /** A file could not be finished now (the share went away): its claim stays and is retried. */
  default void postponed(String name, String reason) {}

  /**
   * A poll is over and its files are finished: periodic work (retrying the mail outbox) goes here.
   */
  default void polled() {}

  /** A panel sub-folder was combined, or could not be. */
  default void panel(String name, PanelOutcome outcome) {}
}
