package org.scorebook.read;

import java.util.List;
import org.scorebook.model.Decimals;
import org.scorebook.model.Message;
import org.scorebook.model.Text;

/**
 * A project's budget beside its spending: an execution rate below 1 %, or spending about 10,000
 * times the budget, almost always means one of the two was written in 元 and the other in 万元. It is
 * a warning at both cells naming the unit each is likely in; the amounts are still used as read.
 */
public final class MoneyScale {
  /** Below this execution rate the two amounts are worth a second look. */
  static final double LOW_RATE = 0.01;

  /**
   * One amount this many times the other or more, up to {@link #APART_MOST}, is "about 10,000×".
   */
  static final double APART_LEAST = 1_000;

  static final double APART_MOST = 100_000;

  private static final double YUAN_PER_WAN_YUAN = 10_000;

  /**
   * 0.1 万元 (1,000 元): when either amount could be the one in the other unit, the reading that
   * leaves both at least this large is the likely one.
   */
  private static final double SMALLEST_PROJECT = 0.1;

  private MoneyScale() {}

  /** A labelled amount: the label names it in the message ({@code 预算金额}, {@code 全年执行数} …). */
  public record Labelled(String label, SheetCells.ReadAmount amount) {
    public double value() {
      return amount.inWanYuan().value();
    }

    public String shown() {
      return SheetCells.quoted(amount.shown());
    }

    public boolean readInYuan() {
      return amount.unit() == CellNumbers.MoneyUnit.YUAN;
    }
  }

  /** Adds the warning at both cells when the two amounts look like they are in different units. */
  public static void check(Labelled budget, Labelled spending, List<Message> messages) {
    if (!budget.amount().inWanYuan().isValue() || !spending.amount().inWanYuan().isValue()) {
      return;
    }
    if (budget.value() <= 0 || spending.value() <= 0) {
      return;
    }
    double rate = spending.value() / budget.value();
    if (rate >= LOW_RATE && rate < APART_LEAST) {
      return;
    }
    String text = problem(budget, spending, rate);
    messages.add(Message.warning(budget.amount().where(), "", text));
    messages.add(Message.warning(spending.amount().where(), "", text));
  }

  private static String problem(Labelled budget, Labelled spending, double rate) {
    boolean budgetLarger = rate < 1;
    Labelled larger = budgetLarger ? budget : spending;
    Labelled smaller = budgetLarger ? spending : budget;
    double apart = larger.value() / smaller.value();
    if (!budgetLarger && apart > APART_MOST) {
      return Text.get(
          "read.spendingFarAbove",
          spending.label(),
          spending.shown(),
          budget.label(),
          budget.shown(),
          Decimals.plain(Decimals.round(apart, 0)));
    }
    if (apart < APART_LEAST || apart > APART_MOST) {
      return Text.get(
          "read.lowExecutionRate",
          spending.label(),
          spending.shown(),
          budget.label(),
          budget.shown(),
          percent(rate));
    }
    return Text.get(
        "read.amountsApart",
        budget.label(),
        budget.shown(),
        spending.label(),
        spending.shown(),
        likelyUnit(larger, smaller));
  }

  /** Which of the two is likely written in the other unit, from the unit each was read in. */
  private static String likelyUnit(Labelled larger, Labelled smaller) {
    boolean largerInYuan =
        !larger.readInYuan()
            && (!smaller.readInYuan() || larger.value() / YUAN_PER_WAN_YUAN >= SMALLEST_PROJECT);
    if (largerInYuan) {
      return Text.get(
          "read.amountsApart.inYuan",
          larger.shown(),
          Decimals.plain(larger.value() / YUAN_PER_WAN_YUAN));
    }
    if (smaller.readInYuan()) {
      return Text.get(
          "read.amountsApart.inWanYuan",
          smaller.shown(),
          Decimals.plain(smaller.value() * YUAN_PER_WAN_YUAN));
    }
    return Text.get("read.amountsApart.unclear");
  }

  private static String percent(double rate) {
    return Decimals.plain(Decimals.round(rate * 100, 4)) + "%";
  }
}
