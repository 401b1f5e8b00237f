package org.scorebook.department;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** The order of the results table ({@code --sort}); ties are broken by name, then by file. */
public enum SortOrder {
  /** Highest score first (the default). */
  SCORE("score"),
  /** By 项目名称, in Chinese collation order. */
  NAME("name"),
  /** By input file path. */
  FILE("file");

  public final String word;

  SortOrder(String word) {
    this.word = word;
  }

  public static Optional<SortOrder> named(String word) {
    for (SortOrder order : values()) {
      if (order.word.equalsIgnoreCase(word.strip())) {
        return Optional.of(order);
      }
    }
    return Optional.empty();
  }

  Comparator<ProjectResult> comparator() {
    Collator collator = Collator.getInstance(Locale.CHINA);
    Comparator<ProjectResult> byName = Comparator.comparing(ProjectResult::name, collator);
    Comparator<ProjectResult> byFile = Comparator.comparing(p -> p.file().toString());
    return switch (this) {
      case SCORE ->
          Comparator.comparingDouble(ProjectResult::score)
              .reversed()
              .thenComparing(byName)
              .thenComparing(byFile);
      case NAME -> byName.thenComparing(byFile);
      case FILE -> byFile;
    };
  }
}
