package org.scorebook.cli;

import java.util.Optional;

/**
 * What {@code scorebook mail test ADDRESS} or {@code scorebook mail flush} was asked to do.
 *
 * @param address the address a test message goes to; present exactly for {@link Action#TEST}
 * @param settings {@code --config} and {@code --outbox}; always enabled
 */
record MailCommandOptions(Action action, Optional<String> address, MailOptions settings) {
  enum Action {
    /** Send a short message to check the settings. */
    TEST,
    /** Send everything waiting in the outbox now. */
    FLUSH
  }

  MailCommandOptions {
    if (address.isPresent() != (action == Action.TEST)) {
      throw new IllegalArgumentException(
          "a test needs an address, a flush takes none: " + action + " " + address);
    }
  }
}
