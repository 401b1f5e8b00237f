package org.scorebook.style;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.HorizontalAlignment;

/**
 * Every {@link Look} the product writes: the static looks of the classes that write sheets, read by
 * reflection so that a look added there is covered too, and the looks they build on the fly
 * (indented names, bold totals, percentages) and those of {@link DepartmentStyles}.
 */
final class ProductLooks {
  private static final List<String> WRITERS =
      List.of(
          "org.scorebook.style.Styles",
          "org.scorebook.write.ScoreSheetGrid",
          "org.scorebook.write.ScoreSheetNotes",
          "org.scorebook.write.ScoreSheetTables",
          "org.scorebook.write.ScoreSheet",
          "org.scorebook.panel.ExpertSheet",
          "org.scorebook.aids.ExcelAids",
          "org.scorebook.template.TemplateSheets",
          "org.scorebook.kinds.selfevaluation.SelfEvaluationTemplate");

  private ProductLooks() {}

  /** The static looks of the writers. */
  static List<Look> declared() {
    Set<Look> looks = new LinkedHashSet<>();
    for (String name : WRITERS) {
      try {
        for (Field field : Class.forName(name).getDeclaredFields()) {
          if (Modifier.isStatic(field.getModifiers()) && field.getType() == Look.class) {
            field.setAccessible(true);
            looks.add((Look) field.get(null));
          }
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(name + ": " + e, e);
      }
    }
    return List.copyOf(looks);
  }

  /** Every look, declared or built on the fly, each once. */
  static List<Look> all() {
    Set<Look> looks = new LinkedHashSet<>(declared());
    looks.add(Look.PLAIN);
    looks.add(Look.PLAIN.withWrap().top());
    Look text = Look.PLAIN.withBorder().withWrap().align(HorizontalAlignment.LEFT);
    Look score = Look.PLAIN.withBorder().format("0.00");
    Look rate = Look.PLAIN.withBorder().format("0.00%");
    for (int level = 0; level < 4; level++) {
      looks.add(text.indent(level));
      looks.add(text.indent(level).withBold());
    }
    looks.add(score.withBold());
    looks.add(rate.withBold());
    Look body = Look.PLAIN.withBorder();
    for (int level = 0; level < 4; level++) {
      looks.add(body.indent(level));
      looks.add(body.withBold().indent(level));
    }
    looks.add(body.format("0.00%"));
    looks.add(body.format("0.00"));
    looks.add(body.withWrap().format("0.00%"));
    looks.add(body.withWrap().align(HorizontalAlignment.CENTER).format("0.00%"));
    looks.addAll(department());
    return new ArrayList<>(looks);
  }

  /** The looks of {@link DepartmentStyles}, as its methods build them. */
  static List<Look> department() {
    Look bordered = Look.PLAIN.withBorder();
    return List.of(
        Look.PLAIN.withBold().points(16).align(HorizontalAlignment.LEFT),
        Look.PLAIN
            .withBold()
            .withBorder()
            .fill(Fill.HEADER)
            .align(HorizontalAlignment.CENTER)
            .withWrap(),
        Look.PLAIN.withBold().withBorder().align(HorizontalAlignment.LEFT),
        bordered.withWrap().align(HorizontalAlignment.LEFT).top(),
        bordered.withWrap().align(HorizontalAlignment.LEFT).top().withLink(),
        bordered.align(HorizontalAlignment.CENTER).top(),
        bordered.format("0.00").align(HorizontalAlignment.CENTER).top(),
        bordered.format("0.00%").align(HorizontalAlignment.CENTER).top(),
        bordered.format("#,##0.00").align(HorizontalAlignment.RIGHT).top(),
        bordered.format("#,##0.00").align(HorizontalAlignment.CENTER).top(),
        Look.PLAIN.points(9).align(HorizontalAlignment.LEFT));
  }
}
