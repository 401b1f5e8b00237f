package org.scorebook.watch;

/** Told about each workbook: the console prints a line, tests count and stop. */
public interface WatchListener {
  /** A file was claimed and is about to be processed. */
  default void claimed(String name) {}

  /** A file is finished: its original is in the archive or the failed folder. */
  void handled(Handled handled);

  /** A file could not be finished now (the share went away): its claim stays and is retried. */
  default void postponed(String name, String reason) {}

  /** A poll is over and its files are finished: periodic work (retrying the mail outbox) goes here. */
  default void polled() {}
}
