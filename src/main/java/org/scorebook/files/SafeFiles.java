package org.scorebook.files;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writing files so that a reader never sees half of one: the bytes go to a temporary file in the
 * target's folder, are flushed to disk, and the file is renamed over the target in one step. A
 * failure leaves the target as it was and no temporary file behind; what a killed process leaves is
 * swept later.
 */
public final class SafeFiles {
  private static final Logger LOG = LoggerFactory.getLogger(SafeFiles.class);
  private static final String BACKUP_SUFFIX = ".bak";
  private static final DateTimeFormatter BACKUP_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
  private static final String TEMP_PREFIX = ".scorebook-";
  private static final String TEMP_SUFFIX = ".tmp";

  /**
   * How old a temporary file must be before {@link #sweepTemps} removes it: far longer than any
   * write takes, so a file another process is writing right now is left alone.
   */
  public static final Duration STALE_TEMP_AGE = Duration.ofMinutes(30);

  /** What a new file gets with the usual umask; the temporary file itself is created private. */
  private static final Set<PosixFilePermission> NEW_FILE =
      PosixFilePermissions.fromString("rw-r--r--");

  private SafeFiles() {}

  /** Writes the bytes of a file; may be called once. Need not close the stream. */
  @FunctionalInterface
  public interface IoWriter {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes via temp file + atomic rename in target's folder; the consumer writes the bytes. */
  public static void writeAtomically(Path target, IoWriter writer) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    Path temp = Files.createTempFile(folder, TEMP_PREFIX, TEMP_SUFFIX);
    try {
      writeAndSync(temp, writer);
      copyPermissions(absolute, temp);
      move(temp, absolute);
      syncFolder(folder);
    } catch (IOException | RuntimeException | Error e) {
      deleteQuietly(temp, e);
      throw e;
    }
  }

  /**
   * Removes the temporary files ({@code .scorebook-*.tmp}) a killed process left in {@code folder},
   * those last modified more than {@link #STALE_TEMP_AGE} before {@code now}; returns how many.
   * Never throws.
   */
  public static int sweepTemps(Path folder, Instant now) {
    Instant cutoff = now.minus(STALE_TEMP_AGE);
    int removed = 0;
    try (DirectoryStream<Path> temps =
        Files.newDirectoryStream(folder, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
      for (Path temp : temps) {
        removed += removeIfOlder(temp, cutoff) ? 1 : 0;
      }
    } catch (IOException | RuntimeException e) {
      LOG.debug("cannot sweep temporary files in {}: {}", folder, e.toString());
    }
    return removed;
  }

  private static boolean removeIfOlder(Path temp, Instant cutoff) {
    try {
      if (Files.isRegularFile(temp)
          && Files.getLastModifiedTime(temp).toInstant().isBefore(cutoff)) {
        Files.delete(temp);
        LOG.info("removed {}, left by an interrupted write", temp);
        return true;
      }
    } catch (IOException e) {
      LOG.debug("cannot remove {}: {}", temp, e.toString());
    }
    return false;
  }

  /**
   * Copies {@code file} beside itself and returns the copy, never replacing an earlier backup: the
   * first is {@code 评价.xlsx.bak}, later ones carry the time, {@code 评价.xlsx.20261201-153012.bak}.
   * The copy appears whole or not at all.
   */
  public static Path backupCopy(Path file) throws IOException {
    FileTime modified = Files.getLastModifiedTime(file);
    Path absolute = file.toAbsolutePath();
    Path temp = Files.createTempFile(absolute.getParent(), TEMP_PREFIX, TEMP_SUFFIX);
    try {
      writeAndSync(temp, out -> Files.copy(file, out));
      copyPermissions(absolute, temp);
      Files.setLastModifiedTime(temp, modified);
      Path backup = linkUnderFreeName(temp, absolute, LocalDateTime.now());
      syncFolder(absolute.getParent());
      return backup;
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * After a successful in-place run, removes the backups of {@code file} that recovery no longer
   * needs: the time-stamped ones other than {@code keep} (the backup this run made, the file just
   * before it). The first backup ({@code 评价.xlsx.bak}, the file as first given) always stays. Never
   * throws; returns how many were removed.
   */
  public static int pruneBackups(Path file, Path keep) {
    Path absolute = file.toAbsolutePath();
    Pattern timed =
        Pattern.compile(
            Pattern.quote(absolute.getFileName().toString())
                + "\\.\\d{8}-\\d{6}(-\\d+)?"
                + Pattern.quote(BACKUP_SUFFIX));
    Path kept = keep.toAbsolutePath();
    int removed = 0;
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(absolute.getParent())) {
      for (Path backup : siblings) {
        if (timed.matcher(backup.getFileName().toString()).matches() && !backup.equals(kept)) {
          removed += Files.deleteIfExists(backup) ? 1 : 0;
        }
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot remove older backups of {}: {}", file, e.toString());
    }
    if (removed > 0) {
      LOG.info("removed {} older backups of {}", removed, file);
    }
    return removed;
  }

  /**
   * Gives {@code temp}'s content a backup name nobody uses yet; a name taken meanwhile is skipped.
   */
  private static Path linkUnderFreeName(Path temp, Path file, LocalDateTime now)
      throws IOException {
    String name = file.getFileName().toString();
    String stamped = name + "." + BACKUP_TIME.format(now);
    for (int n = 1; ; n++) {
      String candidate = n == 1 ? name : n == 2 ? stamped : stamped + "-" + (n - 1);
      Path backup = file.resolveSibling(candidate + BACKUP_SUFFIX);
      try {
        createWithoutReplacing(temp, backup);
        return backup;
      } catch (FileAlreadyExistsException e) {
        LOG.debug("backup name {} is taken", backup);
      }
    }
  }

  /**
   * A hard link fails when the name exists, in one step; where links are not supported, a plain
   * move.
   */
  private static void createWithoutReplacing(Path temp, Path target) throws IOException {
    try {
      Files.createLink(target, temp);
    } catch (UnsupportedOperationException | FileSystemException e) {
      if (e instanceof FileAlreadyExistsException exists) {
        throw exists;
      }
      Files.copy(temp, target, StandardCopyOption.COPY_ATTRIBUTES);
    }
  }

  private static void writeAndSync(Path temp, IoWriter writer) throws IOException {
    try (FileChannel channel =
        FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
      writer.writeTo(
          new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
              out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
              flush(); // the writer may close; the channel stays open until synced
            }
          });
      out.flush();
      channel.force(true);
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      LOG.debug("atomic move not supported for {}; replacing it", target);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The target's permissions when it exists, else those of an ordinary new file (POSIX only). */
  private static void copyPermissions(Path target, Path temp) {
    PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    try {
      view.setPermissions(Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE);
    } catch (IOException | UnsupportedOperationException e) {
      LOG.debug("cannot set permissions on {}: {}", temp, e.toString());
    }
  }

  /** Makes the rename itself durable where the platform allows opening a folder (Linux, macOS). */
  private static void syncFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | RuntimeException e) {
      LOG.trace("cannot sync folder {}: {}", folder, e.toString());
    }
  }

  private static void deleteQuietly(Path temp, Throwable cause) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      cause.addSuppressed(e);
    }
  }
}
