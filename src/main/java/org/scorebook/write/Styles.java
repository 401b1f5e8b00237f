package org.scorebook.write;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The one place that creates cell styles and fonts for a workbook. Each distinct look is created once
 * and shared: a workbook holds at most 64,000 styles (4,000 in .xls), and changing a style taken from a
 * cell would change every cell that shares it, so existing styles are never modified, only cloned.
 */
final class Styles {
  static final String FONT_NAME = "宋体";

  private final Workbook workbook;
  private final Map<Look, CellStyle> byLook = new HashMap<>();
  private final Map<FontKey, Font> fonts = new HashMap<>();
  private final Map<Derived, CellStyle> derived = new HashMap<>();

  /**
   * When set, every style is first looked up among the workbook's existing styles by its look
   * ({@link StyleSignature}), so processing an output again adds no styles.
   */
  private final boolean reuseExisting;

  private Map<StyleSignature, CellStyle> existing;
  private Styles prototypes;

  private record FontKey(boolean bold, int points) {}

  /** An existing style with a different fill or number format. */
  private record Derived(int baseIndex, Fill fill, String format) {}

  Styles(Workbook workbook) {
    this(workbook, false);
  }

  private Styles(Workbook workbook, boolean reuseExisting) {
    this.workbook = workbook;
    this.reuseExisting = reuseExisting;
  }

  /**
   * Styles for a workbook that may already hold the looks wanted (an output processed again): a look
   * equal to an existing style's reuses that style instead of adding another.
   */
  static Styles reusingExisting(Workbook workbook) {
    return new Styles(workbook, true);
  }

  /** The style for a new cell that should look like {@code look}. */
  CellStyle of(Look look) {
    return byLook.computeIfAbsent(look, key -> reuseExisting ? findOrCreate(key) : create(key));
  }

  /**
   * {@code base} (an existing cell's style) with {@code fill} instead of its own: how an annotated cell
   * keeps the evaluator's formatting. {@link Fill#NONE} gives a style without a fill.
   */
  CellStyle withFill(CellStyle base, Fill fill) {
    return derive(base, fill, null);
  }

  /** {@code base} with the number format {@code format}, everything else kept. */
  CellStyle withFormat(CellStyle base, String format) {
    return derive(base, null, format);
  }

  private CellStyle derive(CellStyle base, Fill fill, String format) {
    return derived.computeIfAbsent(
        new Derived(base.getIndex(), fill, format),
        key -> {
          StyleSignature own = reuseExisting ? signature(workbook, base) : null;
          if (own != null) {
            StyleSignature wanted = fill == null ? own : own.withFill(fill);
            wanted = format == null ? wanted : wanted.withFormat(format);
            CellStyle found = existing().get(wanted);
            if (found != null) {
              return found;
            }
          }
          CellStyle style = workbook.createCellStyle();
          style.cloneStyleFrom(base);
          if (fill != null) {
            applyFill(style, fill);
          }
          if (format != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
          }
          return registered(style);
        });
  }

  private CellStyle findOrCreate(Look look) {
    CellStyle prototype = prototypes().of(look);
    StyleSignature wanted = signature(prototypes.workbook, prototype);
    CellStyle found = wanted == null ? null : existing().get(wanted);
    return found != null ? found : registered(create(look));
  }

  /** A scratch workbook of the same kind, where a look's style is built only to learn its signature. */
  private Styles prototypes() {
    if (prototypes == null) {
      prototypes = new Styles(workbook instanceof HSSFWorkbook ? new HSSFWorkbook() : new XSSFWorkbook());
    }
    return prototypes;
  }

  private Map<StyleSignature, CellStyle> existing() {
    if (existing == null) {
      existing = new HashMap<>();
      for (int i = 0; i < workbook.getNumCellStyles(); i++) {
        if (StyleSignature.isCellStyle(workbook, i)) {
          CellStyle style = workbook.getCellStyleAt(i);
          StyleSignature signature = signature(workbook, style);
          if (signature != null) {
            existing.putIfAbsent(signature, style);
          }
        }
      }
    }
    return existing;
  }

  private CellStyle registered(CellStyle style) {
    StyleSignature signature = reuseExisting ? signature(workbook, style) : null;
    if (signature != null) {
      existing().putIfAbsent(signature, style);
    }
    return style;
  }

  /** The style's signature, or null for a style POI cannot fully read (a damaged file): never reused. */
  private static StyleSignature signature(Workbook workbook, CellStyle style) {
    try {
      return StyleSignature.of(workbook, style);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private CellStyle create(Look look) {
    CellStyle style = workbook.createCellStyle();
    style.setFont(font(look.bold(), look.fontPoints()));
    applyFill(style, look.fill());
    if (!look.format().isEmpty()) {
      style.setDataFormat(workbook.createDataFormat().getFormat(look.format()));
    }
    style.setAlignment(look.align());
    style.setVerticalAlignment(look.verticalAlign());
    style.setWrapText(look.wrapped());
    style.setIndention((short) look.indent());
    if (look.bordered()) {
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
    }
    return style;
  }

  private static void applyFill(CellStyle style, Fill fill) {
    if (fill.isNone()) {
      style.setFillPattern(FillPatternType.NO_FILL);
    } else {
      style.setFillForegroundColor(fill.index());
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
  }

  private Font font(boolean bold, int points) {
    return fonts.computeIfAbsent(
        new FontKey(bold, points),
        key -> {
          Font font = workbook.createFont();
          font.setFontName(FONT_NAME);
          font.setBold(bold);
          font.setFontHeightInPoints((short) points);
          return font;
        });
  }
}
