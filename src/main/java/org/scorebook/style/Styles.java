package org.scorebook.style;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The one place that creates cell styles and fonts for a workbook. Each distinct look is created
 * once and shared: a workbook holds at most 64,000 styles (4,000 in .xls), and changing a style
 * taken from a cell would change every cell that shares it, so existing styles are never modified,
 * only cloned.
 */
public final class Styles {
  public static final String FONT_NAME = Look.FONT_NAME;
  private static final Look BORDERED = Look.PLAIN.withBorder();

  /**
   * What each look's style looks like, as a signature. It depends only on the look and the kind of
   * workbook, so it is learnt once per process, in a scratch workbook, not once per workbook
   * written.
   */
  private static final Map<Prototype, StyleSignature> SIGNATURES = new ConcurrentHashMap<>();

  private record Prototype(boolean xls, Look look) {}

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
  private final Map<Integer, StyleSignature> baseSignatures = new HashMap<>();

  private record FontKey(boolean bold, int points, boolean link) {}

  /** An existing style with a different fill or number format. */
  private record Derived(int baseIndex, Fill fill, String format, boolean wrap) {}

  public Styles(Workbook workbook) {
    this(workbook, false);
  }

  private Styles(Workbook workbook, boolean reuseExisting) {
    this.workbook = workbook;
    this.reuseExisting = reuseExisting;
  }

  /**
   * Styles for a workbook that may already hold the looks wanted (an output processed again): a
   * look equal to an existing style's reuses that style instead of adding another.
   */
  public static Styles reusingExisting(Workbook workbook) {
    return new Styles(workbook, true);
  }

  /** The style for a new cell that should look like {@code look}. */
  public CellStyle of(Look look) {
    CellStyle style = byLook.get(look);
    if (style
        == null) { // not computeIfAbsent: creating a bordered look asks for the plain bordered one
      style = reuseExisting ? findOrCreate(look) : create(look);
      byLook.put(look, style);
    }
    return style;
  }

  /**
   * {@code base} (an existing cell's style) with {@code fill} instead of its own: how an annotated
   * cell keeps the evaluator's formatting. {@link Fill#NONE} gives a style without a fill.
   */
  public CellStyle withFill(CellStyle base, Fill fill) {
    return derive(base, fill, null, false);
  }

  /** {@code base} with the number format {@code format}, everything else kept. */
  public CellStyle withFormat(CellStyle base, String format) {
    return derive(base, null, format, false);
  }

  /**
   * {@code base} with the number format {@code format} and its text wrapped, everything else kept.
   */
  public CellStyle wrappedWithFormat(CellStyle base, String format) {
    return derive(base, null, format, true);
  }

  private CellStyle derive(CellStyle base, Fill fill, String format, boolean wrap) {
    return derived.computeIfAbsent(
        new Derived(base.getIndex(), fill, format, wrap),
        key -> {
          StyleSignature own = reuseExisting ? baseSignature(base) : null;
          if (own != null) {
            StyleSignature wanted = fill == null ? own : own.withFill(fill);
            wanted = format == null ? wanted : wanted.withFormat(format);
            wanted = wrap ? wanted.wrapped() : wanted;
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
          if (wrap) {
            style.setWrapText(true);
          }
          return registered(style);
        });
  }

  /**
   * The signature of a cell's own style, learnt once for all the formats and fills derived from it.
   */
  private StyleSignature baseSignature(CellStyle base) {
    int index = base.getIndex();
    if (!baseSignatures.containsKey(
        index)) { // a null signature (unreadable style) is remembered too
      baseSignatures.put(index, signature(workbook, base));
    }
    return baseSignatures.get(index);
  }

  private CellStyle findOrCreate(Look look) {
    StyleSignature wanted =
        SIGNATURES.computeIfAbsent(
            new Prototype(workbook instanceof HSSFWorkbook, look), Styles::learn);
    CellStyle found = wanted == null ? null : existing().get(wanted);
    return found != null ? found : registered(create(look));
  }

  /**
   * Builds the look's style in a scratch workbook of the same kind, only to learn its signature.
   */
  private static StyleSignature learn(Prototype prototype) {
    try (Workbook scratch = prototype.xls() ? new HSSFWorkbook() : new XSSFWorkbook()) {
      return signature(scratch, new Styles(scratch).create(prototype.look()));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // closing an in-memory workbook does no I/O
    }
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

  /**
   * The style's signature, or null for a style POI cannot fully read (a damaged file): never
   * reused.
   */
  private static StyleSignature signature(Workbook workbook, CellStyle style) {
    try {
      return StyleSignature.of(workbook, style);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * A new style for {@code look}. A bordered look starts as a copy of the plain bordered style: POI
   * adds each border side by searching the workbook's border list, so setting four sides on every
   * style would cost four searches each.
   */
  private CellStyle create(Look look) {
    CellStyle style = workbook.createCellStyle();
    if (look.bordered()) {
      if (look.equals(BORDERED)) {
        setThinBorders(style);
        return style;
      }
      style.cloneStyleFrom(of(BORDERED));
    }
    style.setFont(font(look.bold(), look.fontPoints(), look.link()));
    if (!look.fill().isNone()) {
      applyFill(style, look.fill());
    }
    if (!look.format().isEmpty()) {
      style.setDataFormat(workbook.createDataFormat().getFormat(look.format()));
    }
    style.setAlignment(look.align());
    style.setVerticalAlignment(look.verticalAlign());
    style.setWrapText(look.wrapped());
    style.setIndention((short) look.indent());
    return style;
  }

  private void setThinBorders(CellStyle style) {
    style.setFont(font(BORDERED.bold(), BORDERED.fontPoints(), false));
    style.setVerticalAlignment(BORDERED.verticalAlign());
    style.setBorderTop(Look.BORDER);
    style.setBorderBottom(Look.BORDER);
    style.setBorderLeft(Look.BORDER);
    style.setBorderRight(Look.BORDER);
  }

  private static void applyFill(CellStyle style, Fill fill) {
    if (fill.isNone()) {
      style.setFillPattern(FillPatternType.NO_FILL);
    } else {
      style.setFillForegroundColor(fill.index());
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
  }

  private Font font(boolean bold, int points, boolean link) {
    return fonts.computeIfAbsent(
        new FontKey(bold, points, link),
        key -> {
          Font font = workbook.createFont();
          font.setFontName(FONT_NAME);
          font.setBold(bold);
          font.setFontHeightInPoints((short) points);
          if (link) {
            font.setUnderline(Look.LINK_UNDERLINE.getByteValue());
            font.setColor(Look.LINK_COLOR.getIndex());
          }
          return font;
        });
  }
}
