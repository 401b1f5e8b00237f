package org.scorebook.mail;

import java.nio.file.Path;
import java.util.Map;

/**
 * Scorebook's own folder, {@code .scorebook} in the user's home: the mail settings file and the
 * outbox live there (the log folder in logback.xml follows the same order). The home is {@code
 * HOME}, then {@code USERPROFILE}, then the JVM's {@code user.home}: Java takes the last from the
 * account database, so a service or a test that sets {@code HOME} would otherwise share one folder
 * with every other process of that account.
 */
public final class ScorebookHome {
  static final String FOLDER = ".scorebook";

  private ScorebookHome() {}

  /** {@code <home>/.scorebook} for the environment {@code env}. */
  public static Path folder(Map<String, String> env) {
    return home(env).resolve(FOLDER);
  }

  private static Path home(Map<String, String> env) {
    for (String variable : new String[] {"HOME", "USERPROFILE"}) {
      String value = env.getOrDefault(variable, "").trim();
      if (!value.isEmpty()) {
        return Path.of(value);
      }
    }
    return Path.of(System.getProperty("user.home"));
  }
}
