package org.scorebook.style;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * {@link CellFormats} of a workbook loaded into POI (.xlsx or .xls): each index is a {@link
 * CellStyle}'s, and every format is found or made by the workbook's {@link Styles}, exactly as the
 * writers that take styles make them.
 */
public final class PoiCellFormats implements CellFormats {
  private final Workbook workbook;
  private final Styles styles;

  /** Formats of {@code workbook}, made by {@code styles} (which belongs to the same workbook). */
  public PoiCellFormats(Workbook workbook, Styles styles) {
    this.workbook = workbook;
    this.styles = styles;
  }

  @Override
  public int of(Look look) {
    return styles.of(look).getIndex();
  }

  @Override
  public int withFill(int baseXf, Fill fill) {
    return styles.withFill(style(baseXf), fill).getIndex();
  }

  @Override
  public int withFormat(int baseXf, String format) {
    return styles.withFormat(style(baseXf), format).getIndex();
  }

  @Override
  public int wrappedWithFormat(int baseXf, String format) {
    return styles.wrappedWithFormat(style(baseXf), format).getIndex();
  }

  @Override
  public boolean hasFill(int xf, Fill fill) {
    if (fill.isNone()) {
      return false;
    }
    CellStyle style = style(xf);
    return style.getFillPattern() == FillPatternType.SOLID_FOREGROUND
        && style.getFillForegroundColor() == fill.index();
  }

  /** The style at {@code xf}; the index POI's own cells report, so it always exists. */
  public CellStyle style(int xf) {
    return workbook.getCellStyleAt(xf);
  }
}
