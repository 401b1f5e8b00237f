package org.scorebook.style;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FontUnderline;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;

/**
 * How a cell looks, as a value: two equal looks share one cell style (see {@link Styles}). Start
 * from {@link #PLAIN} and change what differs: {@code
 * Look.PLAIN.withBold().withBorder().format("0.00")}.
 *
 * @param format an Excel number format such as {@code 0.00} or {@code 0.00%}; empty for General
 * @param indent indentation level (each level is about three characters in Excel)
 * @param link blue and underlined, as Excel shows a hyperlink
 */
public record Look(
    boolean bold,
    int fontPoints,
    Fill fill,
    String format,
    HorizontalAlignment align,
    VerticalAlignment verticalAlign,
    boolean bordered,
    boolean wrapped,
    int indent,
    boolean link) {

  public static final int BODY_POINTS = 11;

  // What every look is made of, in one place for both writers of cell formats ({@link Styles}
  // through POI, {@link StylesPart} in the styles part's XML), so that the two cannot drift apart.

  /** The font of every look. */
  public static final String FONT_NAME = "宋体";

  /** The border of a bordered look, on all four sides. */
  public static final BorderStyle BORDER = BorderStyle.THIN;

  /** The underline of a link's font. */
  public static final FontUnderline LINK_UNDERLINE = FontUnderline.SINGLE;

  /** The colour of a link's font. */
  public static final IndexedColors LINK_COLOR = IndexedColors.BLUE;

  public static final Look PLAIN =
      new Look(
          false,
          BODY_POINTS,
          Fill.NONE,
          "",
          HorizontalAlignment.GENERAL,
          VerticalAlignment.CENTER,
          false,
          false,
          0,
          false);

  public Look withBold() {
    return new Look(
        true, fontPoints, fill, format, align, verticalAlign, bordered, wrapped, indent, link);
  }

  public Look points(int points) {
    return new Look(
        bold, points, fill, format, align, verticalAlign, bordered, wrapped, indent, link);
  }

  public Look fill(Fill newFill) {
    return new Look(
        bold, fontPoints, newFill, format, align, verticalAlign, bordered, wrapped, indent, link);
  }

  public Look format(String newFormat) {
    return new Look(
        bold, fontPoints, fill, newFormat, align, verticalAlign, bordered, wrapped, indent, link);
  }

  public Look align(HorizontalAlignment newAlign) {
    return new Look(
        bold, fontPoints, fill, format, newAlign, verticalAlign, bordered, wrapped, indent, link);
  }

  public Look top() {
    return new Look(
        bold,
        fontPoints,
        fill,
        format,
        align,
        VerticalAlignment.TOP,
        bordered,
        wrapped,
        indent,
        link);
  }

  public Look withBorder() {
    return new Look(
        bold, fontPoints, fill, format, align, verticalAlign, true, wrapped, indent, link);
  }

  public Look withWrap() {
    return new Look(
        bold, fontPoints, fill, format, align, verticalAlign, bordered, true, indent, link);
  }

  public Look indent(int levels) {
    return new Look(
        bold, fontPoints, fill, format, align, verticalAlign, bordered, wrapped, levels, link);
  }

  public Look withLink() {
    return new Look(
        bold, fontPoints, fill, format, align, verticalAlign, bordered, wrapped, indent, true);
  }
}
