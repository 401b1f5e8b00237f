package org.scorebook.aids;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.scorebook.model.IndicatorColumn;
import org.scorebook.model.Text;

/**
 * Which aids on a sheet are Scorebook's, whether the workbook is open in POI or read as XML.
 * Validations are Scorebook's when their prompt or error title is one of its own;
 * conditional-format rules when their formula has the shape of one of its own (cell references
 * aside, so that rows inserted since do not matter). Everything else is the user's and stays.
 */
public final class OwnAids {
  private static final Pattern REFERENCE = Pattern.compile("\\$?[A-Z]{1,3}\\$?[0-9]+");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  /**
   * Titles of Scorebook's validations, including those of earlier versions of the self-evaluation
   * form, so that they are replaced rather than doubled.
   */
  private static final Set<String> OWN_TITLES =
      Set.of(
          Text.get("aids.full.title"),
          Text.get("aids.manual.title"),
          Text.get("aids.score.title"),
          Text.get("aids.year.title"),
          Text.get("aids.email.title"),
          Text.get("template.form.actual.promptTitle"),
          Text.get("template.form.score.errorTitle"));

  private static final Set<String> OWN_SHAPES = ownShapes();

  private OwnAids() {}

  /** Whether a validation with these titles (either may be null) is Scorebook's. */
  public static boolean isOwnValidation(String promptTitle, String errorTitle) {
    return isOwnTitle(promptTitle) || isOwnTitle(errorTitle);
  }

  private static boolean isOwnTitle(String title) {
    return title != null && OWN_TITLES.contains(title);
  }

  /** Whether a rule's formula is one Scorebook writes, whatever cells it refers to. */
  public static boolean isOwnRule(String formula) {
    return formula != null && OWN_SHAPES.contains(shape(formula));
  }

  /**
   * Whether a conditional format is Scorebook's: it has rules, and each rule's first formula (null
   * for a rule without one) is one of Scorebook's.
   */
  public static boolean isOwnFormatting(List<String> ruleFormulas) {
    return !ruleFormulas.isEmpty() && ruleFormulas.stream().allMatch(OwnAids::isOwnRule);
  }

  static String shape(String formula) {
    String text = SPACE.matcher(formula.strip()).replaceAll("").toUpperCase(Locale.ROOT);
    if (text.startsWith("=")) {
      text = text.substring(1);
    }
    return REFERENCE.matcher(text).replaceAll("R");
  }

  private static Set<String> ownShapes() {
    IndicatorTable sample =
        new IndicatorTable(
            AidsChoices.OWN_COLUMNS,
            0,
            1,
            2,
            Map.of(
                IndicatorColumn.CODE, 0,
                IndicatorColumn.FULL, 1,
                IndicatorColumn.FORMULA, 2,
                IndicatorColumn.MANUAL, 3,
                IndicatorColumn.REASON, 4,
                IndicatorColumn.SCORE, 5));
    Formulas formulas = new Formulas(sample);
    return Set.of(
        shape(formulas.leafWithBoth()),
        shape(formulas.deductionWithoutReason(IndicatorColumn.MANUAL)),
        shape(formulas.parentOffSum()),
        shape(formulas.scoreAboveFull()),
        shape(Formulas.offHundred("B9")));
  }

  /**
   * A conditional format already on the sheet, as both ways of reading a workbook see it.
   *
   * @param sqref its cells, each reference written as {@link Area#a1()} writes it, separated by
   *     single spaces (see {@link Area#canonicalSqref})
   * @param ruleFormulas each rule's first formula, null for a rule without one
   */
  public record Existing(String sqref, List<String> ruleFormulas) {
    public Existing {
      ruleFormulas = Collections.unmodifiableList(new ArrayList<>(ruleFormulas));
    }

    boolean isOwn() {
      return isOwnFormatting(ruleFormulas);
    }

    boolean isStill(SheetAids.Rule rule) {
      return ruleFormulas.size() == 1
          && rule.formula().equals(ruleFormulas.get(0))
          && sqref.equals(rule.cells());
    }
  }

  /**
   * What becomes of a sheet's conditional formats.
   *
   * @param keep for each existing format, in order, whether it stays as it is
   * @param added the wanted rules not already there, in the order they are added
   */
  public record Reconciled(List<Boolean> keep, List<SheetAids.Rule> added) {
    public Reconciled {
      keep = List.copyOf(keep);
      added = List.copyOf(added);
    }
  }

  /**
   * Leaves each of Scorebook's formats that is still wanted as it is, takes off its others, keeps
   * every one of the user's, and adds the wanted ones missing: reprocessing a workbook adds
   * nothing, not even a differential format. The formats are looked at from the last to the first,
   * so of two equal ones the later stays.
   */
  public static Reconciled reconcile(List<Existing> existing, List<SheetAids.Rule> wanted) {
    List<SheetAids.Rule> missing = new ArrayList<>(wanted);
    Boolean[] keep = new Boolean[existing.size()];
    for (int i = existing.size() - 1; i >= 0; i--) {
      Existing formatting = existing.get(i);
      if (!formatting.isOwn()) {
        keep[i] = true;
        continue;
      }
      Optional<SheetAids.Rule> same = missing.stream().filter(formatting::isStill).findFirst();
      keep[i] = same.isPresent();
      same.ifPresent(missing::remove);
    }
    return new Reconciled(List.of(keep), missing);
  }
}
