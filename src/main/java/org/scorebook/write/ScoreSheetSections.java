package org.scorebook.write;

import java.util.List;
import org.scorebook.model.Text;

/** Numbered section headings of the score sheet (一、二、…), with a blank row before each. */
final class ScoreSheetSections {
  private final ScoreSheetGrid grid;
  private final List<String> numerals = List.of(Text.get("scoresheet.numerals").split(","));
  private int count;

  ScoreSheetSections(ScoreSheetGrid grid) {
    this.grid = grid;
  }

  void start(String key) {
    grid.skip();
    String numeral = count < numerals.size() ? numerals.get(count) : String.valueOf(count + 1);
    count++;
    grid.line(Text.get("scoresheet.section", numeral, Text.get(key)), ScoreSheetGrid.SECTION);
  }
}
