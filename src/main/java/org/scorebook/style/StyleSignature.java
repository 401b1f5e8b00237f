package org.scorebook.style;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * How a cell style looks, as a value that does not depend on the workbook's internal indexes (fonts
 * by their attributes, number formats by their text). Two styles with equal signatures look the
 * same, so {@link Styles} can reuse a style already in the workbook instead of adding an equal one
 * on every run.
 *
 * <p>Colours that cannot show are left out: a fill's colours without a fill, the background colour
 * of a solid fill, a border's colour without a border.
 */
public record StyleSignature(
    Box box,
    String font,
    String format,
    FillPatternType pattern,
    String foreground,
    String background) {

  /** Everything except the font, the number format and the fill. */
  record Box(List<Object> parts) {}

  static StyleSignature of(Workbook workbook, CellStyle style) {
    FillPatternType pattern = style.getFillPattern();
    return new StyleSignature(
        box(style),
        font(workbook.getFontAt(style.getFontIndex())),
        style.getDataFormatString(),
        pattern,
        pattern == FillPatternType.NO_FILL ? "" : fillColor(style, true),
        pattern == FillPatternType.NO_FILL || pattern == FillPatternType.SOLID_FOREGROUND
            ? ""
            : fillColor(style, false));
  }

  /** The same look with {@code fill} instead of its own. */
  StyleSignature withFill(Fill fill) {
    return fill.isNone()
        ? new StyleSignature(box, font, format, FillPatternType.NO_FILL, "", "")
        : new StyleSignature(
            box, font, format, FillPatternType.SOLID_FOREGROUND, indexed(fill.index(), 0), "");
  }

  StyleSignature withFormat(String newFormat) {
    return new StyleSignature(box, font, newFormat, pattern, foreground, background);
  }

  /** The same look with its text wrapped. */
  StyleSignature wrapped() {
    List<Object> parts = new ArrayList<>(box.parts());
    parts.set(WRAP_PART, true);
    return new StyleSignature(
        new Box(List.copyOf(parts)), font, format, pattern, foreground, background);
  }

  /**
   * Whether {@code index} is a style a cell may carry (.xls also lists the named styles' records).
   */
  static boolean isCellStyle(Workbook workbook, int index) {
    if (workbook instanceof HSSFWorkbook hssf) {
      return hssf.getInternalWorkbook().getExFormatAt(index).getXFType()
          == ExtendedFormatRecord.XF_CELL;
    }
    return true;
  }

  /** Where {@link #box} puts the wrap-text flag. */
  private static final int WRAP_PART = 2;

  private static Box box(CellStyle style) {
    return new Box(
        List.of(
            style.getAlignment(),
            style.getVerticalAlignment(),
            style.getWrapText(),
            style.getIndention(),
            style.getRotation(),
            style.getHidden(),
            style.getLocked(),
            style.getShrinkToFit(),
            style.getQuotePrefixed(),
            border(style.getBorderTop(), borderColor(style, 0)),
            border(style.getBorderRight(), borderColor(style, 1)),
            border(style.getBorderBottom(), borderColor(style, 2)),
            border(style.getBorderLeft(), borderColor(style, 3))));
  }

  private static String border(BorderStyle border, String color) {
    return border == BorderStyle.NONE ? "" : border + "/" + color;
  }

  private static String borderColor(CellStyle style, int side) {
    if (style instanceof XSSFCellStyle x) {
      XSSFColor color =
          switch (side) {
            case 0 -> x.getTopBorderXSSFColor();
            case 1 -> x.getRightBorderXSSFColor();
            case 2 -> x.getBottomBorderXSSFColor();
            default -> x.getLeftBorderXSSFColor();
          };
      return color(color);
    }
    short index =
        switch (side) {
          case 0 -> style.getTopBorderColor();
          case 1 -> style.getRightBorderColor();
          case 2 -> style.getBottomBorderColor();
          default -> style.getLeftBorderColor();
        };
    return indexed(index, 0);
  }

  private static String fillColor(CellStyle style, boolean foreground) {
    if (style instanceof XSSFCellStyle x) {
      return color(foreground ? x.getFillForegroundXSSFColor() : x.getFillBackgroundXSSFColor());
    }
    return indexed(foreground ? style.getFillForegroundColor() : style.getFillBackgroundColor(), 0);
  }

  private static String font(Font font) {
    String color =
        font instanceof XSSFFont x ? color(x.getXSSFColor()) : indexed(font.getColor(), 0);
    return String.join(
        "|",
        font.getFontName(),
        String.valueOf(font.getFontHeight()),
        String.valueOf(font.getBold()),
        String.valueOf(font.getItalic()),
        String.valueOf(font.getUnderline()),
        String.valueOf(font.getStrikeout()),
        String.valueOf(font.getTypeOffset()),
        color);
  }

  private static String color(XSSFColor color) {
    if (color == null || color.isAuto()) {
      return "auto";
    }
    double tint = color.getTint();
    if (color.isThemed()) {
      return "theme" + color.getTheme() + "/" + tint;
    }
    if (color.isRGB()) {
      return "rgb" + HexFormat.of().formatHex(color.getARGB()) + "/" + tint;
    }
    return indexed(color.getIndexed(), tint);
  }

  private static String indexed(short index, double tint) {
    if (index == IndexedColors.AUTOMATIC.getIndex() || index == Font.COLOR_NORMAL) {
      return tint == 0 ? "auto" : "auto/" + tint;
    }
    return "i" + index + "/" + tint;
  }
}
