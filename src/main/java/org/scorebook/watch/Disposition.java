package org.scorebook.watch;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.scorebook.files.SafeFiles;
import org.scorebook.report.EvaluationReport;

/**
 * Where an input and its outputs end up. Every file one input produces shares one stem, reserved
 * when the input is claimed: the original name's stem, or it with the claim time when that name is
 * already used ({@code 名称 (2026-11-23 153012)}). Outputs may overwrite this input's own earlier
 * output (after a restart); the original never overwrites anything.
 */
final class Disposition {
  /** The annotated copy of a workbook with errors, beside the original in the failed folder. */
  static final String ANNOTATED_SUFFIX = ".已标注";

  /** The reason file beside it: {@code 名称.错误说明.txt}. */
  static final String REASON_SUFFIX = ".错误说明.txt";

  private static final DateTimeFormatter CLASH_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HHmmss", Locale.ROOT);

  private final DropFolder folder;

  Disposition(DropFolder folder) {
    this.folder = folder;
  }

  /**
   * A stem no file of any destination uses yet, nor any claim in the work folder.
   *
   * @param reserved lower-cased stems of the claims in the work folder
   */
  String freeStem(String originalName, long claimedAt, Set<String> reserved) {
    String stem = WorkbookNames.shortened(WorkbookNames.stem(originalName));
    String extension = WorkbookNames.extension(originalName);
    if (isFree(stem, extension, reserved)) {
      return stem;
    }
    String timed =
        stem
            + " ("
            + CLASH_TIME.format(Instant.ofEpochMilli(claimedAt).atZone(ZoneId.systemDefault()))
            + ")";
    String candidate = timed;
    for (int n = 2; !isFree(candidate, extension, reserved); n++) {
      candidate = timed.substring(0, timed.length() - 1) + "-" + n + ")";
    }
    return candidate;
  }

  private boolean isFree(String stem, String extension, Set<String> reserved) {
    if (reserved.contains(stem.toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (Path path :
        new Path[] {
          folder.out().resolve(stem + extension),
          folder.archive().resolve(stem + extension),
          folder.failed().resolve(stem + extension),
          folder.failed().resolve(stem + ANNOTATED_SUFFIX + extension),
          folder.failed().resolve(stem + REASON_SUFFIX),
          folder.out().resolve(EvaluationReport.fileNameFor(stem + extension)),
          folder.out().resolve(EvaluationReport.folderNameFor(stem + extension)),
          folder.failed().resolve(EvaluationReport.folderNameFor(stem + extension))
        }) {
      if (Files.exists(path)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The folder a claim's outputs go to: the scored folder, or the failed one beside the original.
   */
  Path destination(boolean archived) {
    return archived ? folder.out() : folder.failed();
  }

  Path scoredCopy(Claim claim) {
    return folder.out().resolve(claim.finalName());
  }

  Path annotatedCopy(Claim claim) {
    return folder.failed().resolve(claim.stem() + ANNOTATED_SUFFIX + claim.extension());
  }

  Path reasonFile(Claim claim) {
    return folder.failed().resolve(claim.stem() + REASON_SUFFIX);
  }

  /**
   * Renames a finished output into place, replacing this input's own earlier output. Across file
   * systems (an {@code --out} on another drive) it is copied through a temp file and renamed
   * instead.
   */
  static void place(Path staged, Path target) throws IOException {
    try {
      Files.move(
          staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      SafeFiles.writeAtomically(target, out -> Files.copy(staged, out));
      Files.delete(staged);
    }
  }

  /**
   * Renames a finished folder of outputs (the reports of a workbook of several projects) into place
   * as a whole, replacing this input's own earlier one: the folder is there with every file in it,
   * or not at all. Across file systems its files are first copied into a hidden folder beside the
   * target, and that is renamed. Killed before the rename, the target is missing or is the earlier
   * one; the claim is not committed yet, so the next run places the folder again.
   */
  static void placeFolder(Path staged, Path target) throws IOException {
    deleteTree(target);
    try {
      Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Path incoming = target.resolveSibling("." + target.getFileName() + ".partial");
      deleteTree(incoming);
      Files.createDirectories(incoming);
      for (Path file : filesIn(staged)) {
        SafeFiles.writeAtomically(
            incoming.resolve(file.getFileName().toString()), out -> Files.copy(file, out));
      }
      Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
      deleteTree(staged);
    }
  }

  private static List<Path> filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /** Removes a folder and what is in it; nothing when it is not there. */
  private static void deleteTree(Path tree) throws IOException {
    if (!Files.exists(tree, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(tree)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  /**
   * Moves a claim back into the inbox under the name it was dropped with, to be taken afresh; when
   * a new file of that name is there already, the claim stays in the work folder and is retried
   * instead.
   */
  void putBack(Claim claim, String droppedName) throws IOException {
    try {
      Files.move(
          claim.file(), folder.inbox().resolve(droppedName)); // never replaces a file of that name
    } catch (FileAlreadyExistsException e) {
      // a newer copy was dropped meanwhile: retrying the claim later is just as good
    }
  }

  /**
   * The commit point: moves the claimed original to the archive or the failed folder, as the last
   * step. If a file of that name appeared meanwhile (someone put one there by hand), the original
   * takes a suffixed name instead of overwriting it. Returns where it went.
   */
  Path commit(Claim claim, boolean archived) throws IOException {
    Path destination = archived ? folder.archive() : folder.failed();
    Path target = destination.resolve(claim.finalName());
    for (int n = 2; Files.exists(target); n++) {
      target = destination.resolve(claim.stem() + " (" + n + ")" + claim.extension());
    }
    try {
      Files.move(claim.file(), target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(
          claim.file(), target); // another file system: copy and delete, still never replacing
    }
    return target;
  }
}
