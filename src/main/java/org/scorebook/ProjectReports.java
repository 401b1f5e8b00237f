package org.scorebook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.scorebook.files.SafeFiles;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.Outcome;
import org.scorebook.model.Scorecard;
import org.scorebook.model.Text;
import org.scorebook.report.EvaluationReport;
import org.scorebook.report.ReportSections;

/**
 * The evaluation reports of a workbook's projects: one project's beside the workbook as {@code
 * 名称.评价报告.docx}; several projects' in a folder {@code 名称.评价报告} beside it, one document per project
 * named after its 项目名称. A project with errors gets none, and is said to get none; nor does a
 * review, which has no total to report on.
 */
final class ProjectReports {
  /** Longest file name stem taken from a project's name; Windows allows 255 characters a name. */
  private static final int NAME_LIMIT = 80;

  private final Kinds kinds;
  private final Path output;
  private final String shownName;
  private final String version;
  private final ZonedDateTime now;

  /** A report being written when writing failed, for the message naming it. */
  static final class NotWritten extends IOException {
    final Path report;

    NotWritten(Path report, IOException cause) {
      super(cause.getMessage(), cause);
      this.report = report;
    }
  }

  ProjectReports(Kinds kinds, Path output, Path shownAs, String version, ZonedDateTime now) {
    this.kinds = kinds;
    this.output = output;
    this.shownName = shownAs.getFileName().toString();
    this.version = version;
    this.now = now;
  }

  /**
   * Writes the reports of {@code cards}, adding each written to {@code outputs}, each not to {@code
   * omitted}.
   */
  void write(List<Scorecard> cards, List<Outcome.Output> outputs, List<Outcome.Omitted> omitted)
      throws NotWritten {
    Set<String> taken = new HashSet<>();
    for (Scorecard card : cards) {
      String sheet = cards.size() == 1 ? "" : card.evaluation().indicators().sheetName();
      Optional<String> whyNot = whyNot(card, cards.size() == 1);
      if (whyNot.isPresent()) {
        omitted.add(new Outcome.Omitted(Outcome.OutputKind.REPORT, whyNot.get(), sheet));
        continue;
      }
      Path report = cards.size() == 1 ? single() : inFolder(card, taken);
      writeOne(card, report);
      outputs.add(new Outcome.Output(Outcome.OutputKind.REPORT, report, sheet));
    }
  }

  /**
   * Why the project gets no report: a review has no total to report on, a project with errors has
   * none yet.
   */
  private static Optional<String> whyNot(Scorecard card, boolean alone) {
    if (card.isReview()) {
      return Optional.of(Text.get("review.report.none", card.evaluation().kind().displayName()));
    }
    if (card.hasErrors()) {
      String key = alone ? "report.notWritten.errors" : "report.notWritten.projectErrors";
      return Optional.of(Text.get(key, card.errorCount()));
    }
    return Optional.empty();
  }

  private Path single() {
    return output.resolveSibling(EvaluationReport.fileNameFor(shownName));
  }

  /** {@code 名称.评价报告/项目名称.评价报告.docx}, the sheet's name where two projects share a name. */
  private Path inFolder(Scorecard card, Set<String> taken) {
    String folder = EvaluationReport.folderNameFor(shownName);
    String stem = fileStem(card.projectName());
    if (stem.isEmpty() || !taken.add(stem.toLowerCase(Locale.ROOT))) {
      stem = fileStem(stem + " " + card.evaluation().indicators().sheetName()).strip();
      taken.add(stem.toLowerCase(Locale.ROOT));
    }
    return output.resolveSibling(folder).resolve(stem + Text.get("report.fileSuffix"));
  }

  private void writeOne(Scorecard card, Path report) throws NotWritten {
    ReportSections sections = kinds.of(card.evaluation().kind()).report();
    try {
      Files.createDirectories(report.getParent());
      SafeFiles.writeAtomically(
          report, out -> EvaluationReport.write(card, sections, version, now, out));
    } catch (IOException e) {
      throw new NotWritten(report, e);
    }
  }

  /** A project's name as a file name: characters no file system takes replaced, kept short. */
  static String fileStem(String name) {
    String stem = name.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replaceAll("^\\.+", "");
    return stem.length() > NAME_LIMIT ? stem.substring(0, NAME_LIMIT).strip() : stem;
  }
}
