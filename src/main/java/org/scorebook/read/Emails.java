package org.scorebook.read;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** The 联系邮箱 value: one or more addresses separated by {@code , ; ， ；}. */
public final class Emails {
  private static final Pattern SEPARATORS = Pattern.compile("[,;，；]");

  private Emails() {}

  public static List<String> split(String value) {
    return Arrays.stream(SEPARATORS.split(value))
        .map(Labels::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
