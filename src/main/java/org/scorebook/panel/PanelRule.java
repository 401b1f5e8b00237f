package org.scorebook.panel;

import org.scorebook.model.Text;

/**
 * How a panel's scores are combined: the mean of every expert's score, or of all but one highest
 * and one lowest; and how far apart experts may be before a leaf is marked for discussion.
 *
 * @param spread the share of a leaf's 分值 its experts' highest and lowest may differ by, 0.2 for 20
 *     %
 */
public record PanelRule(Trim trim, double spread) {
  /** The default share of 分值 experts may differ by. */
  public static final double DEFAULT_SPREAD = 0.2;

  /** The panel size from which {@link Trim#AUTO} drops one highest and one lowest score. */
  public static final int AUTO_TRIM_FROM = 5;

  public static final PanelRule DEFAULT = new PanelRule(Trim.AUTO, DEFAULT_SPREAD);

  public PanelRule {
    if (!(spread >= 0 && spread <= 1)) {
      throw new IllegalArgumentException("spread must lie between 0 and 1: " + spread);
    }
  }

  /** Whether one highest and one lowest score are dropped. */
  public enum Trim {
    /** From five experts on. */
    AUTO,
    /** Never. */
    NONE,
    /** Always (three experts or more). */
    ONE
  }

  /** Whether a panel of {@code experts} drops one highest and one lowest score. */
  boolean trims(int experts) {
    return switch (trim) {
      case AUTO -> experts >= AUTO_TRIM_FROM;
      case NONE -> false;
      case ONE -> experts >= 3;
    };
  }

  /** The rule in words, for a panel of {@code experts}. */
  String describe(int experts) {
    return Text.get(
        trims(experts) ? "panel.rule.trimmed" : "panel.rule.mean",
        experts,
        Math.round(spread * 100));
  }
}
