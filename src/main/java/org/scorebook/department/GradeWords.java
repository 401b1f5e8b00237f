package org.scorebook.department;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scorebook.model.GradeBand;
import org.scorebook.model.GradeScale;

/**
 * Grade names that mean the same: 优/优秀, 良/良好, 中/中等, 差/较差 count as one grade, shown in the words the
 * workbooks themselves use. Any other name (合格, 基本有效…) is a grade of its own.
 */
public final class GradeWords {
  private static final Map<String, String> SAME =
      Map.of("优秀", "优", "良好", "良", "中等", "中", "较差", "差");

  private GradeWords() {}

  /** The grade {@code word} means: 良好 → 良; a name of its own is itself, stripped. */
  public static String meaning(String word) {
    String stripped = word == null ? "" : word.strip();
    return SAME.getOrDefault(stripped, stripped);
  }

  /**
   * One grade of a distribution.
   *
   * @param shown the workbooks' own words for it, the national word first, then in the order first
   *     met, joined by 「 / 」 (「良 / 良好」); the national name when no project has this grade
   * @param count how many projects have it
   */
  public record Count(String shown, int count) {}

  /**
   * Projects per grade, in the order of {@link Consolidation#gradeCounts()}: the national grades 优,
   * 良, 中, 差 always (zero when none), then any other grade in the order first met.
   */
  public static List<Count> distribution(List<String> grades) {
    Map<String, Set<String>> words = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (GradeBand band : GradeScale.NATIONAL.bands()) {
      words.put(band.name(), new LinkedHashSet<>());
      counts.put(band.name(), 0);
    }
    for (String grade : grades) {
      String meaning = meaning(grade);
      words.computeIfAbsent(meaning, k -> new LinkedHashSet<>()).add(grade.strip());
      counts.merge(meaning, 1, Integer::sum);
    }
    List<Count> out = new ArrayList<>();
    words.forEach(
        (meaning, used) -> {
          List<String> shown = new ArrayList<>(used);
          if (shown.remove(meaning)) {
            shown.add(0, meaning);
          }
          out.add(
              new Count(
                  shown.isEmpty() ? meaning : String.join(" / ", shown), counts.get(meaning)));
        });
    return out;
  }
}
