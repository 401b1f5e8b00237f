package org.scorebook.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The mail options of {@code process} and {@code watch}.
 *
 * @param enabled {@code --mail} (or {@code --mail-to}) was given
 * @param to {@code --mail-to} addresses, as typed, in addition to 联系邮箱
 * @param config {@code --config}: the settings file
 * @param outbox {@code --outbox}: the outbox folder
 */
record MailOptions(boolean enabled, List<String> to, Optional<Path> config, Optional<Path> outbox) {
  static final MailOptions OFF =
      new MailOptions(false, List.of(), Optional.empty(), Optional.empty());

  MailOptions {
    to = List.copyOf(to);
  }
}
