package org.scorebook.score;

/** The grammar behind {@link IndicatorValue#parse}. */
final class IndicatorValues {
  private IndicatorValues() {}

  static IndicatorValue parse(String text) {
    String trimmed = text == null ? "" : text.strip();
    return trimmed.isEmpty()
        ? new IndicatorValue.Empty(text == null ? "" : text)
        : new IndicatorValue.Qualitative(text);
  }
}
