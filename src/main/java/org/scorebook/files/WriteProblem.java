package org.scorebook.files;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import org.scorebook.model.Text;

/**
 * Why an output could not be written, in Chinese with what to do: the common causes (no space, a
 * read-only disk, no permission, a file or folder in the way) by name; anything else by the
 * system's reason without the temporary file's path.
 */
public final class WriteProblem {
  private WriteProblem() {}

  /** {@code 无法写入 评价.xlsx：磁盘空间不足，请清理磁盘后重试}, naming {@code output}, never a temp file. */
  public static String describe(Object output, Throwable failure) {
    return Text.get("process.cannotWrite", String.valueOf(output), cause(failure));
  }

  /** Only the reason: {@code 磁盘空间不足，请清理磁盘后重试}, for a message that names the file itself. */
  public static String cause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String key = keyFor(t);
      if (key != null) {
        return Text.get(key);
      }
    }
    return Text.get("process.write.other", reason(failure));
  }

  private static String keyFor(Throwable t) {
    if (t instanceof AccessDeniedException) {
      return "process.write.permission";
    }
    if (t instanceof FileAlreadyExistsException
        || t instanceof NotDirectoryException
        || t instanceof DirectoryNotEmptyException) {
      return "process.write.inTheWay";
    }
    String text = reason(t).toLowerCase(Locale.ROOT);
    if (text.contains("no space left")
        || text.contains("disk quota")
        || text.contains("not enough space")
        || text.contains("disk full")) {
      return "process.write.noSpace";
    }
    if (text.contains("read-only file system")) {
      return "process.write.readOnly";
    }
    if (text.contains("permission denied")
        || text.contains("operation not permitted")
        || text.contains("access is denied")) {
      return "process.write.permission";
    }
    if (text.contains("is a directory") || text.contains("not a directory")) {
      return "process.write.inTheWay";
    }
    return null;
  }

  /** The system's own words: a file system exception's reason (no path), else the message. */
  private static String reason(Throwable t) {
    if (t instanceof UncheckedIOException unchecked && unchecked.getCause() != null) {
      return reason(unchecked.getCause());
    }
    String reason = t instanceof FileSystemException fs ? fs.getReason() : t.getMessage();
    return reason == null ? t.getClass().getSimpleName() : reason;
  }
}
