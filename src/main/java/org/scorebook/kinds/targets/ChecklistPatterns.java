package org.scorebook.kinds.targets;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.scorebook.model.Text;

/**
 * The 正则表达式 of a checklist, as review offices write them (tried in other regular expression
 * dialects), made into Java patterns: a backslash before a Chinese character or punctuation mark
 * ({@code \《}) is dropped, as such a character means itself; Python's named groups {@code
 * (?P<name>…)} and {@code (?P=name)} become Java's. {@code \u4e00-\u9fa5} ranges Java reads as they
 * are.
 */
final class ChecklistPatterns {
  /** A pattern read, or why it cannot be, in Chinese. */
  record Compiled(String translated, Optional<Pattern> pattern, String reason) {}

  /** The start of Java's descriptions of common mistakes, and the key of their Chinese words. */
  private static final Map<String, String> REASONS =
      Map.of(
          "Unclosed character class", "unclosedClass",
          "Unclosed group", "unclosedGroup",
          "Unmatched closing ')'", "unmatchedClose",
          "Dangling meta character", "dangling",
          "Illegal repetition", "repetition",
          "Unclosed counted closure", "repetition",
          "Illegal/unsupported escape sequence", "escape");

  private ChecklistPatterns() {}

  /** The Java form of {@code written}. */
  static String translate(String written) {
    StringBuilder java = new StringBuilder();
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (c == '\\' && i + 1 < written.length() && written.charAt(i + 1) > 0x7f) {
        continue;
      }
      java.append(c);
    }
    return java.toString().replace("(?P<", "(?<").replaceAll("\\(\\?P=(\\w+)\\)", "\\\\k<$1>");
  }

  /** {@code written} translated and compiled, or the reason it cannot be. */
  static Compiled compile(String written) {
    String translated = translate(written);
    try {
      return new Compiled(translated, Optional.of(Pattern.compile(translated)), "");
    } catch (PatternSyntaxException e) {
      return new Compiled(translated, Optional.empty(), reason(e, translated.length()));
    }
  }

  /** What is wrong, and where: the n-th character, or the end when Java stops there. */
  private static String reason(PatternSyntaxException e, int length) {
    String what =
        REASONS.entrySet().stream()
            .filter(entry -> e.getDescription().startsWith(entry.getKey()))
            .map(entry -> Text.get("targets.checklist.reason." + entry.getValue()))
            .findFirst()
            .orElse(Text.get("targets.checklist.reason.other"));
    if (e.getIndex() >= length) {
      return Text.get("targets.checklist.reason.atEnd", what);
    }
    return e.getIndex() >= 0
        ? Text.get("targets.checklist.reason.at", e.getIndex() + 1, what)
        : what;
  }
}
