package org.scorebook.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folders and timings of one drop folder.
 *
 * @param inbox where staff drop workbooks
 * @param out scored copies of clean workbooks (default {@code INBOX/已评分})
 * @param archive originals that were scored (default {@code INBOX/已归档})
 * @param failed originals with errors or unreadable, their annotated copies and reason files
 *     (default {@code INBOX/待修改})
 * @param interval time between polls
 * @param fileTimeout the longest one workbook may take before it goes to the failed folder
 * @param claimTimeout how old another process's claim must be before it is taken over (claims of a
 *     dead process on this machine are taken over at once)
 * @param threads how many workbooks one watcher scores at a time (each takes a claim of its own)
 * @param minimumAge how long a file must have been unchanged before it is taken, whatever the
 *     interval: a copy that pauses (a slow share, a laptop going to sleep) is not taken
 *     half-written
 */
public record DropFolder(
    Path inbox,
    Path out,
    Path archive,
    Path failed,
    Duration interval,
    Duration fileTimeout,
    Duration claimTimeout,
    int threads,
    Duration minimumAge) {

  public static final String OUT_NAME = "已评分";
  public static final String ARCHIVE_NAME = "已归档";
  public static final String FAILED_NAME = "待修改";

  /**
   * The reviewers' own checklist (审核口径) kept in the inbox: used for target declarations, never
   * taken as a submission.
   */
  public static final String RULES_NAME = "审核口径.xlsx";

  /** Hidden from staff: a leading dot on Linux and macOS, the hidden attribute on Windows. */
  public static final String WORK_NAME = ".scorebook-work";

  static final String STAGING_NAME = ".staging";

  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(3);
  public static final Duration DEFAULT_FILE_TIMEOUT = Duration.ofSeconds(120);
  public static final Duration DEFAULT_MINIMUM_AGE = Duration.ofSeconds(5);

  private static final Logger LOG = LoggerFactory.getLogger(DropFolder.class);

  public DropFolder {
    Objects.requireNonNull(inbox, "inbox");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(archive, "archive");
    Objects.requireNonNull(failed, "failed");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(fileTimeout, "fileTimeout");
    Objects.requireNonNull(claimTimeout, "claimTimeout");
    Objects.requireNonNull(minimumAge, "minimumAge");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
  }

  /**
   * The defaults: the three folders inside the inbox, a poll every 3 s, 120 s per workbook, files 5
   * s old.
   */
  public static DropFolder at(Path inbox) {
    Path in = inbox.toAbsolutePath().normalize();
    return new DropFolder(
        in,
        in.resolve(OUT_NAME),
        in.resolve(ARCHIVE_NAME),
        in.resolve(FAILED_NAME),
        DEFAULT_INTERVAL,
        DEFAULT_FILE_TIMEOUT,
        claimTimeoutFor(DEFAULT_FILE_TIMEOUT),
        1,
        DEFAULT_MINIMUM_AGE);
  }

  public DropFolder withOut(Path folder) {
    return new DropFolder(
        inbox,
        absolute(folder),
        archive,
        failed,
        interval,
        fileTimeout,
        claimTimeout,
        threads,
        minimumAge);
  }

  public DropFolder withArchive(Path folder) {
    return new DropFolder(
        inbox,
        out,
        absolute(folder),
        failed,
        interval,
        fileTimeout,
        claimTimeout,
        threads,
        minimumAge);
  }

  public DropFolder withFailed(Path folder) {
    return new DropFolder(
        inbox,
        out,
        archive,
        absolute(folder),
        interval,
        fileTimeout,
        claimTimeout,
        threads,
        minimumAge);
  }

  public DropFolder withInterval(Duration every) {
    return new DropFolder(
        inbox, out, archive, failed, every, fileTimeout, claimTimeout, threads, minimumAge);
  }

  public DropFolder withThreads(int count) {
    return new DropFolder(
        inbox, out, archive, failed, interval, fileTimeout, claimTimeout, count, minimumAge);
  }

  public DropFolder withMinimumAge(Duration age) {
    return new DropFolder(
        inbox, out, archive, failed, interval, fileTimeout, claimTimeout, threads, age);
  }

  /**
   * Also sets the claim timeout: a live process finishes (or gives up on) a claim within the file
   * timeout.
   */
  public DropFolder withFileTimeout(Duration limit) {
    return new DropFolder(
        inbox, out, archive, failed, interval, limit, claimTimeoutFor(limit), threads, minimumAge);
  }

  /**
   * Twice the file timeout, at least a minute: a live owner has committed or failed its claim by
   * then.
   */
  static Duration claimTimeoutFor(Duration fileTimeout) {
    Duration twice = fileTimeout.multipliedBy(2);
    return twice.compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1) : twice;
  }

  /** The claimed originals, while they are being processed. */
  public Path work() {
    return inbox.resolve(WORK_NAME);
  }

  /** Each owner's private folder for outputs before they are renamed into place. */
  Path staging() {
    return work().resolve(STAGING_NAME);
  }

  /** Creates the folders that do not exist yet and hides the work folder on Windows. */
  void createFolders() throws IOException {
    for (Path folder : new Path[] {out, archive, failed, work(), staging()}) {
      Files.createDirectories(folder);
    }
    hide(work());
  }

  private static void hide(Path folder) {
    try {
      if (Files.getFileStore(folder).supportsFileAttributeView("dos")) {
        Files.setAttribute(folder, "dos:hidden", true);
      }
    } catch (IOException | RuntimeException e) {
      LOG.debug("cannot hide {}: {}", folder, e.toString());
    }
  }

  private static Path absolute(Path folder) {
    return folder.toAbsolutePath().normalize();
  }
}
