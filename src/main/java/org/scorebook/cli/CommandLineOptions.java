package org.scorebook.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.scorebook.model.Outcome;

/**
 * What {@code scorebook process} or {@code scorebook validate} was asked to do, checked: the engine
 * never sees a commons-cli type. Validate takes only {@code --json} and {@code --threads}; its
 * other fields are the defaults.
 *
 * @param command {@link Command#PROCESS} or {@link Command#VALIDATE}
 * @param paths workbooks and folders, as given; at least one
 * @param out {@code --out}: the output folder; empty for 已评分 beside each input
 * @param threads {@code --threads}: workbooks processed at once (one per processor, at most 4, by
 *     default)
 * @param mail {@code --mail} and friends (process only); {@link MailOptions#OFF} by default
 * @param report {@code --report} (process only): write the evaluation report beside each scored
 *     workbook
 * @param rules {@code --rules}: the reviewers' own checklist (审核口径) for target declarations
 */
record CommandLineOptions(
    Command command,
    List<Path> paths,
    Optional<Path> out,
    boolean json,
    boolean inPlace,
    int threads,
    MailOptions mail,
    boolean report,
    Optional<Path> rules) {

  CommandLineOptions {
    paths = List.copyOf(paths);
  }

  /** Without a checklist of the reviewers' own. */
  CommandLineOptions(
      Command command,
      List<Path> paths,
      Optional<Path> out,
      boolean json,
      boolean inPlace,
      int threads,
      MailOptions mail,
      boolean report) {
    this(command, paths, out, json, inPlace, threads, mail, report, Optional.empty());
  }

  /** The outputs asked for besides the scored workbook. */
  Set<Outcome.OutputKind> extras() {
    return report ? Set.of(Outcome.OutputKind.REPORT) : Set.of();
  }
}
