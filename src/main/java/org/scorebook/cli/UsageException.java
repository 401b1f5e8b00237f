package org.scorebook.cli;

import java.util.Optional;

/**
 * The command line itself is wrong: exit status 2, with a Chinese message and, when the arguments
 * could not be read, a line pointing to the command's {@code --help}.
 */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String hint;

  UsageException(String message) {
    this(message, null);
  }

  private UsageException(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  /** The same message, followed by {@code hint} (运行 scorebook … --help 查看用法). */
  UsageException withHint(String hint) {
    return new UsageException(getMessage(), hint);
  }

  Optional<String> hint() {
    return Optional.ofNullable(hint);
  }
}
