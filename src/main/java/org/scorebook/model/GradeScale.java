package org.scorebook.model;

import java.util.Comparator;
import java.util.List;

/**
 * Grade bands, highest first. A band holds every total at or above its minimum and below the next.
 */
public record GradeScale(List<GradeBand> bands, boolean isDefault) {

  /** The 2020 national rule, used when the workbook has no 等级标准 sheet. */
  public static final GradeScale NATIONAL =
      new GradeScale(
          List.of(
              new GradeBand("优", 90),
              new GradeBand("良", 80),
              new GradeBand("中", 60),
              new GradeBand("差", 0)),
          true);

  public GradeScale {
    bands =
        bands.stream().sorted(Comparator.comparingDouble(GradeBand::minimum).reversed()).toList();
  }

  public String grade(double total) {
    for (GradeBand band : bands) {
      if (total >= band.minimum() - 1e-9) {
        return band.name();
      }
    }
    return bands.get(bands.size() - 1).name();
  }
}
