package org.scorebook.department;

import java.util.List;
import java.util.OptionalDouble;
import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.ExtendedColor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.scorebook.model.Decimals;
import org.scorebook.model.Text;
import org.scorebook.style.DepartmentStyles;
import org.scorebook.style.TextWidth;

/**
 * 一级指标得分率: one row per project (in the results table's order), one column per level-one indicator
 * name met in any workbook, the 得分率 as {@code 0.00%} under a red–yellow–green colour scale; blank
 * where the project has no indicator of that name.
 */
final class LevelsSheet {
  static final int FIRST_LEVEL = 3;
  private static final String[] SCALE = {"FFF8696B", "FFFFEB84", "FF63BE7B"};

  private final Sheet sheet;
  private final DepartmentStyles styles;

  LevelsSheet(Sheet sheet, DepartmentStyles styles) {
    this.sheet = sheet;
    this.styles = styles;
  }

  void write(Consolidation consolidation, String title) {
    List<String> levels = consolidation.levelNames();
    String[] titles = new String[FIRST_LEVEL + levels.size()];
    int[] widths = new int[titles.length];
    titles[0] = Text.get("department.col.index");
    titles[1] = Text.get("department.col.name");
    titles[2] = Text.get("department.col.score");
    widths[0] = 6;
    widths[1] = 36;
    widths[2] = 9;
    for (int i = 0; i < levels.size(); i++) {
      titles[FIRST_LEVEL + i] = levels.get(i);
      widths[FIRST_LEVEL + i] =
          Math.max(10, Math.min(16, TextWidth.displayWidth(levels.get(i)) + 2));
    }
    Sheets.header(sheet, styles, titles, widths);
    int r = 0;
    for (ProjectResult project : consolidation.projects()) {
      Row row = sheet.createRow(++r);
      Sheets.number(row, 0, r, styles.centered());
      Sheets.text(row, 1, project.name(), styles.text());
      Sheets.number(row, 2, Decimals.round2(project.score()), styles.score());
      for (int i = 0; i < levels.size(); i++) {
        OptionalDouble rate = project.rateOf(levels.get(i));
        if (rate.isPresent()) {
          Sheets.number(row, FIRST_LEVEL + i, Decimals.round(rate.getAsDouble(), 4), styles.rate());
        } else {
          Sheets.blank(row, FIRST_LEVEL + i, styles.rate());
        }
      }
      row.setHeightInPoints(Sheets.height(Sheets.lines(project.name(), widths[1])));
    }
    if (r > 0 && !levels.isEmpty()) {
      colourScale(new CellRangeAddress(1, r, FIRST_LEVEL, FIRST_LEVEL + levels.size() - 1));
    }
    Sheets.printReady(sheet, title, 2);
  }

  /** Red for the lowest rate, yellow for the median, green for the highest. */
  private void colourScale(CellRangeAddress range) {
    SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
    ConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
    ColorScaleFormatting scale = rule.getColorScaleFormatting();
    scale.setNumControlPoints(3);
    scale.getThresholds()[0].setRangeType(RangeType.MIN);
    scale.getThresholds()[1].setRangeType(RangeType.PERCENTILE);
    scale.getThresholds()[1].setValue(50d);
    scale.getThresholds()[2].setRangeType(RangeType.MAX);
    ExtendedColor[] colors = new ExtendedColor[SCALE.length];
    for (int i = 0; i < SCALE.length; i++) {
      colors[i] = sheet.getWorkbook().getCreationHelper().createExtendedColor();
      colors[i].setARGBHex(SCALE[i]);
    }
    scale.setColors(colors);
    formatting.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
  }
}
