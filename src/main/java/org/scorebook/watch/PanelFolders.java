package org.scorebook.watch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.scorebook.files.SafeFiles;
import org.scorebook.model.Text;
import org.scorebook.panel.Panel;
import org.scorebook.panel.PanelOutcome;
import org.scorebook.panel.PanelRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Expert panels in the drop folder: a sub-folder of the inbox that holds the experts' copies of one
 * project and a file named {@code 合议} (any extension, e.g. {@code 合议.txt}, its content ignored) is
 * combined once every file in it is whole. The folder is claimed by one atomic rename into the work
 * folder; the panel's workbook goes to the out folder as {@code 子文件夹名.合议.xlsx}, and the sub-folder
 * to the archive (combined) or the failed folder (not combined, with 错误说明.txt inside). A claim left
 * by a process that died goes back to the inbox and is combined again: nothing is lost, though a
 * crash between writing the result and archiving the folder gives a second, numbered result.
 */
final class PanelFolders {
  static final String MARKER = "合议";
  static final String RESULT_SUFFIX = ".合议.xlsx";
  private static final String CLAIM_EXTENSION = ".panel";
  private static final String REASON_FILE = "错误说明.txt";
  private static final Logger LOG = LoggerFactory.getLogger(PanelFolders.class);

  private final DropFolder folder;
  private final Owner owner;
  private final Stability stability;
  private final WatchListener listener;
  private final AtomicInteger combined = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();

  PanelFolders(DropFolder folder, Owner owner, Clock clock, WatchListener listener) {
    this.folder = folder;
    this.owner = owner;
    this.stability = new Stability(clock, folder.minimumAge());
    this.listener = listener;
  }

  /** Recovers abandoned panel claims, then combines every ready panel folder; returns how many. */
  int poll() {
    recover();
    List<Path> candidates = panelFolders();
    List<Path> files = new ArrayList<>();
    candidates.forEach(dir -> files.addAll(filesIn(dir)));
    Set<Path> whole = new HashSet<>(stability.observe(files));
    int done = 0;
    for (Path dir : candidates) {
      List<Path> inside = filesIn(dir);
      if (!inside.isEmpty() && whole.containsAll(inside)) {
        Optional<Path> claimed = claim(dir);
        if (claimed.isPresent()) {
          finish(dir.getFileName().toString(), claimed.get());
          done++;
        }
      }
    }
    return done;
  }

  /** Whether no panel folder's files were new or too young at the last poll. */
  boolean settled() {
    return stability.fresh() == 0 && stability.young() == 0;
  }

  /** Sub-folders of the inbox with a {@code 合议} file, other than the tool's own folders. */
  private List<Path> panelFolders() {
    Set<Path> own =
        Set.of(
            folder.out(),
            folder.archive(),
            folder.failed(),
            folder.inbox().resolve(DropFolder.WORK_NAME));
    try (Stream<Path> entries = Files.list(folder.inbox())) {
      return entries
          .filter(Files::isDirectory)
          .filter(dir -> !own.contains(dir.toAbsolutePath().normalize()))
          .filter(dir -> !dir.getFileName().toString().startsWith("."))
          .filter(PanelFolders::hasMarker)
          .sorted()
          .toList();
    } catch (IOException e) {
      LOG.warn("cannot list {}: {}", folder.inbox(), e.toString());
      return List.of();
    }
  }

  static boolean hasMarker(Path dir) {
    return filesIn(dir).stream().anyMatch(PanelFolders::isMarker);
  }

  private static boolean isMarker(Path file) {
    return WorkbookNames.stem(file.getFileName().toString()).equals(MARKER);
  }

  private static List<Path> filesIn(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private Optional<Path> claim(Path dir) {
    long now = System.currentTimeMillis();
    String name = dir.getFileName().toString();
    Path target = folder.work().resolve(Claim.nameFor(owner, now, name, CLAIM_EXTENSION));
    try {
      Files.move(dir, target, StandardCopyOption.ATOMIC_MOVE);
      listener.claimed(name);
      return Optional.of(target);
    } catch (NoSuchFileException e) {
      return Optional.empty(); // another watcher took it
    } catch (IOException e) {
      LOG.info("cannot claim panel folder {} now: {}", name, e.toString());
      return Optional.empty();
    }
  }

  /** Combines the claimed folder's workbooks and files the folder where it belongs. */
  private void finish(String name, Path claimed) {
    List<Path> copies = filesIn(claimed).stream().filter(WorkbookNames::isCandidate).toList();
    Path result = freeName(folder.out(), name, RESULT_SUFFIX);
    PanelOutcome outcome;
    try {
      Files.createDirectories(folder.out());
      outcome = Panel.combine(copies, result, PanelRule.DEFAULT);
    } catch (IOException | RuntimeException e) {
      LOG.error("panel {} failed", name, e);
      outcome =
          new PanelOutcome.NotCombined(
              Text.get("watch.panel.unexpected", e.getClass().getSimpleName()),
              List.of(),
              List.of());
    }
    boolean combined = outcome instanceof PanelOutcome.Combined;
    try {
      if (!combined || !outcome.leftOut().isEmpty()) {
        byte[] reason = reason(name, outcome);
        SafeFiles.writeAtomically(claimed.resolve(REASON_FILE), out -> out.write(reason));
      }
      Path destination = combined ? folder.archive() : folder.failed();
      Files.createDirectories(destination);
      move(claimed, freeName(destination, name, ""));
    } catch (IOException e) {
      // The claim stays in the work folder; recovery puts it back in the inbox.
      LOG.warn("cannot file panel folder {}: {}", name, e.toString());
    }
    (combined ? this.combined : failed).incrementAndGet();
    listener.panel(name, outcome);
  }

  int combined() {
    return combined.get();
  }

  int failed() {
    return failed.get();
  }

  /** The reason file a panel's sub-folder gets when it was not combined or a copy was left out. */
  static byte[] reason(String name, PanelOutcome outcome) {
    List<String> lines = new ArrayList<>();
    if (outcome instanceof PanelOutcome.NotCombined not) {
      lines.add(Text.get("watch.panel.notCombined", name, not.reason()));
      not.differences().forEach(d -> lines.add("  " + d.line()));
    } else {
      lines.add(Text.get("watch.panel.combinedWithout", name));
    }
    outcome
        .leftOut()
        .forEach(
            l ->
                lines.add(Text.get("watch.panel.leftOutLine", l.file().getFileName(), l.reason())));
    lines.add(Text.get("watch.panel.howToRetry"));
    return ("\uFEFF" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Claims left in the work folder by a process that died here, or older than the claim timeout, go
   * back to the inbox under their own name (or the first free one) to be combined again.
   */
  private void recover() {
    long cutoff = System.currentTimeMillis() - folder.claimTimeout().toMillis();
    try (Stream<Path> entries = Files.list(folder.work())) {
      for (Path dir : entries.filter(Files::isDirectory).toList()) {
        Optional<Claim> claim = Claim.parse(dir).filter(c -> c.extension().equals(CLAIM_EXTENSION));
        if (claim.isPresent()
            && !claim.get().owner().equals(owner)
            && (claim.get().owner().isDeadHere() || claim.get().claimedAt() < cutoff)) {
          Path back = freeName(folder.inbox(), claim.get().stem(), "");
          try {
            Files.move(dir, back, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("panel folder {} returned to the inbox", back.getFileName());
          } catch (IOException e) {
            LOG.debug("panel claim {} taken by another process", dir.getFileName());
          }
        }
      }
    } catch (NoSuchFileException e) {
      // no work folder yet
    } catch (IOException e) {
      LOG.warn("cannot list {}: {}", folder.work(), e.toString());
    }
  }

  /** {@code name + suffix} in {@code dir}, or with (2), (3) … before the suffix when taken. */
  private static Path freeName(Path dir, String name, String suffix) {
    Path candidate = dir.resolve(name + suffix);
    for (int n = 2; Files.exists(candidate); n++) {
      candidate = dir.resolve(name + " (" + n + ")" + suffix);
    }
    return candidate;
  }

  /** An atomic rename, or for another file system a copy of the tree and then the removal. */
  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.createDirectories(to);
      for (Path file : filesIn(from)) {
        SafeFiles.writeAtomically(to.resolve(file.getFileName()), out -> Files.copy(file, out));
        Files.delete(file);
      }
      Files.delete(from);
    }
  }
}
