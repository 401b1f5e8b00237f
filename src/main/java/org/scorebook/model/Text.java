package org.scorebook.model;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * Every user-facing sentence comes from one resource bundle, {@code org/scorebook/messages}:
 * Chinese is the base bundle. A translation can sit beside it ({@code messages_en.properties}, none
 * ships yet) and is chosen by {@code -Dscorebook.lang=en} or {@code SCOREBOOK_LANG=en}; keys it
 * lacks fall back to Chinese. The machine's locale never changes the language.
 */
public final class Text {
  private static final ResourceBundle BUNDLE = load();

  private Text() {}

  private static ResourceBundle load() {
    String lang =
        System.getProperty("scorebook.lang", System.getenv().getOrDefault("SCOREBOOK_LANG", ""));
    Locale locale = lang.isBlank() ? Locale.ROOT : Locale.forLanguageTag(lang.trim());
    return ResourceBundle.getBundle(
        "org.scorebook.messages",
        locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /**
   * The sentence for {@code key} with {@code {0}}, {@code {1}} … filled in. Arguments are shown
   * with {@code String.valueOf}: format numbers before passing them (MessageFormat would group
   * digits).
   */
  public static String get(String key, Object... args) {
    String pattern;
    try {
      pattern = BUNDLE.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("missing text for key " + key, e);
    }
    if (args.length == 0) {
      return pattern;
    }
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      shown[i] = String.valueOf(args[i]);
    }
    return new MessageFormat(pattern.replace("'", "''"), Locale.ROOT).format(shown);
  }

  /** Whether {@code text} is the sentence for {@code key}, with any arguments filled in. */
  public static boolean matches(String key, String text) {
    String[] literal = get(key).split("\\{\\d+\\}", -1);
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < literal.length; i++) {
      regex.append(i == 0 ? "" : ".*").append(Pattern.quote(literal[i]));
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(text).matches();
  }
}
