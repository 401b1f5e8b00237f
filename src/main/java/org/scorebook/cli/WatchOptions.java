package org.scorebook.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.scorebook.model.Outcome;
import org.scorebook.watch.DropFolder;

/**
 * What {@code scorebook watch} was asked to do, checked; turned into a {@link DropFolder} before
 * the watcher sees it.
 *
 * @param out {@code --out}, {@code --archive}, {@code --failed}: empty for the folders inside the
 *     inbox
 * @param interval {@code --interval}: how often the inbox is looked at (3 s by default)
 * @param timeout {@code --timeout}: the longest one workbook may take (120 s by default)
 * @param minimumAge {@code --min-age}: how long a file must stay unchanged (5 s by default)
 * @param threads {@code --threads}: workbooks handled at once (1 by default)
 * @param once {@code --once}: take what is there, then exit
 * @param mail {@code --mail} and friends; {@link MailOptions#OFF} by default
 * @param report {@code --report}: the evaluation report beside each scored workbook
 * @param imap {@code --imap}: also take workbooks mailed to the mailbox in the settings
 * @param rules {@code --rules}: the reviewers' own checklist (审核口径) for target declarations;
 *     without it, the inbox's own 审核口径.xlsx when there is one
 */
record WatchOptions(
    Path inbox,
    Optional<Path> out,
    Optional<Path> archive,
    Optional<Path> failed,
    Duration interval,
    Duration timeout,
    Duration minimumAge,
    int threads,
    boolean once,
    MailOptions mail,
    boolean report,
    boolean imap,
    Optional<Path> rules) {
  static final int DEFAULT_THREADS = 1;

  static final int MAX_THREADS = 16;

  /** Without the report and the mailbox. */
  WatchOptions(
      Path inbox,
      Optional<Path> out,
      Optional<Path> archive,
      Optional<Path> failed,
      Duration interval,
      Duration timeout,
      Duration minimumAge,
      int threads,
      boolean once,
      MailOptions mail) {
    this(
        inbox,
        out,
        archive,
        failed,
        interval,
        timeout,
        minimumAge,
        threads,
        once,
        mail,
        false,
        false,
        Optional.empty());
  }

  /** The outputs asked for besides the scored workbook. */
  Set<Outcome.OutputKind> extras() {
    return report ? Set.of(Outcome.OutputKind.REPORT) : Set.of();
  }

  DropFolder dropFolder() {
    DropFolder folder =
        DropFolder.at(inbox)
            .withInterval(interval)
            .withFileTimeout(timeout)
            .withThreads(threads)
            .withMinimumAge(minimumAge);
    folder = out.map(folder::withOut).orElse(folder);
    folder = archive.map(folder::withArchive).orElse(folder);
    return failed.map(folder::withFailed).orElse(folder);
  }
}
