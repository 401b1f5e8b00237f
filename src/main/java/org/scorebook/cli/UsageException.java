package org.scorebook.cli;

/** The command line itself is wrong: exit status 2, with a Chinese message and a pointer to --help. */
final class UsageException extends Exception {
  UsageException(String message) {
    super(message);
  }
}
