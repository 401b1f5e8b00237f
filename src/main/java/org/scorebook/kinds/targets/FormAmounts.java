package org.scorebook.kinds.targets;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scorebook.kinds.targets.FormLabels.Part;
import org.scorebook.kinds.targets.SheetLabels.Place;
import org.scorebook.model.CellRef;
import org.scorebook.model.NumberReading;
import org.scorebook.read.CellGrid;
import org.scorebook.read.CellNumbers;
import org.scorebook.read.Labels;

/**
 * The amounts of a declaration above its grid: a total by its label (年度资金总额, 本年度项目金额 …) and the
 * parts printed under it in the label's column (其中：财政拨款, 上年结转资金, 其他资金). An amount keeps the text
 * the cell shows and the number in it, if any, as typed: whether a number under a 万元 label is
 * really in 元 is for the review to say.
 */
final class FormAmounts {
  private static final Pattern MONEY_UNIT = Pattern.compile("(万元|元)$");

  /** How many rows under a total its parts are looked for. */
  private static final int PART_ROWS = 3;

  private final SheetLabels labels;
  private final CellGrid grid;
  private final int before;
  private final String blockUnit;

  /**
   * @param before the grid's header row: the amounts are above it
   */
  FormAmounts(SheetLabels labels, CellGrid grid, int before) {
    this.labels = labels;
    this.grid = grid;
    this.before = before;
    this.blockUnit =
        labels
            .find(labels.firstRow(), before, label -> label.startsWith(FormLabels.FUNDS))
            .map(place -> unitOf(printed(place)))
            .orElse("");
  }

  /** The amounts under the first of {@code totals} the form prints, if it prints one. */
  Optional<TargetForm.Amounts> read(List<String> totals) {
    return labels.find(labels.firstRow(), before, totals::contains).map(this::amounts);
  }

  /** Amounts with nothing in them, for a form that prints no such total. */
  TargetForm.Amounts none() {
    return new TargetForm.Amounts(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), blockUnit);
  }

  private TargetForm.Amounts amounts(Place total) {
    Map<Part, TargetForm.Amount> parts = new EnumMap<>(Part.class);
    int last = Math.min(total.row() + PART_ROWS, before - 1);
    for (int r = total.row() + 1; r <= last; r++) {
      Part part = FormLabels.part(labels.labelAt(r, total.column()));
      if (part != null) {
        parts.putIfAbsent(part, amountRightOf(new Place(r, total.column())));
      }
    }
    String unit = unitOf(printed(total));
    return new TargetForm.Amounts(
        Optional.of(amountRightOf(total)),
        Optional.ofNullable(parts.get(Part.FISCAL)),
        Optional.ofNullable(parts.get(Part.CARRIED_OVER)),
        Optional.ofNullable(parts.get(Part.OTHER)),
        unit.isEmpty() ? blockUnit : unit);
  }

  private TargetForm.Amount amountRightOf(Place label) {
    CellRef cell = labels.valueRightOf(label, FormLabels::isLabel);
    NumberReading number = CellNumbers.read(labels.cell(cell), grid);
    return new TargetForm.Amount(
        labels.text(cell), number.isValue() ? Optional.of(number.value()) : Optional.empty(), cell);
  }

  private String printed(Place place) {
    return labels.text(labels.anchor(place.row(), place.column()));
  }

  /** The money unit a label's brackets end with: {@code 项目总金额（中期规划，万元）} is in 万元. */
  static String unitOf(String label) {
    Matcher unit = MONEY_UNIT.matcher(Labels.unit(Labels.compact(label)));
    return unit.find() ? unit.group(1) : "";
  }
}
