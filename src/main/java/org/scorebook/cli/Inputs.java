package org.scorebook.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.scorebook.files.FileNames;
import org.scorebook.model.Text;

/**
 * Which files to work on and where their outputs go. A folder contributes the workbooks directly in
 * it (not its subfolders), without Excel's {@code ~$} owner files, hidden files and non-workbooks;
 * a file named on the command line is always taken, so a wrong file gets a clear message instead of
 * silence. A file named twice, directly and through its folder, is worked on once.
 */
final class Inputs {
  /** Default output folder, beside each input, when no --out is given. */
  static final String DEFAULT_OUT_FOLDER = "已评分";

  private Inputs() {}

  /** The files {@code paths} name, each once however often it is named (a file and its folder). */
  static List<Path> expand(List<Path> paths) throws UsageException {
    List<Path> files = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (Path path : paths) {
      List<Path> named;
      if (Files.isDirectory(path)) {
        named = workbooksIn(path);
      } else if (Files.isRegularFile(path)) {
        named = List.of(path);
      } else if (path.toString().indexOf('\uFFFD') >= 0) {
        throw new UsageException(Text.get("cli.unreadableName", path));
      } else {
        throw new UsageException(Text.get("cli.noSuchPath", path));
      }
      named.stream().filter(file -> seen.add(identity(file))).forEach(files::add);
    }
    return files;
  }

  /** The same file however it is named: through a link, a relative path or {@code ..}. */
  private static Path identity(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      return file.toAbsolutePath().normalize();
    }
  }

  private static List<Path> workbooksIn(Path folder) throws UsageException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries
          .filter(Files::isRegularFile)
          .filter(Inputs::looksLikeWorkbook)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UsageException(Text.get("cli.cannotList", folder, e.getMessage()));
    }
  }

  static boolean looksLikeWorkbook(Path file) {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (name.startsWith("~$") || name.startsWith(".")) {
      return false;
    }
    return lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls");
  }

  /**
   * Gives each input its output path, never the same one twice in a run, never an input's own path.
   */
  static final class OutputNames {
    private final Set<Path> taken = new HashSet<>();

    Path outputFor(Path input, Optional<Path> outDir) {
      Path folder = outDir.orElseGet(() -> parentOf(input).resolve(DEFAULT_OUT_FOLDER));
      String name = FileNames.shown(input);
      Path candidate = folder.resolve(name);
      for (int n = 2;
          !taken.add(candidate.toAbsolutePath().normalize()) || isSameFile(candidate, input);
          n++) {
        candidate = folder.resolve(numbered(name, n));
      }
      return candidate;
    }

    private static Path parentOf(Path input) {
      Path parent = input.toAbsolutePath().getParent();
      return parent == null ? Path.of(".") : parent;
    }

    private static boolean isSameFile(Path a, Path b) {
      try {
        return Files.exists(a) && Files.isSameFile(a, b);
      } catch (IOException e) {
        return false;
      }
    }

    /** {@code 评价.xlsx} → {@code 评价 (2).xlsx}, as Windows Explorer names copies. */
    static String numbered(String name, int n) {
      int dot = name.lastIndexOf('.');
      return dot <= 0
          ? name + " (" + n + ")"
          : name.substring(0, dot) + " (" + n + ")" + name.substring(dot);
    }
  }
}
