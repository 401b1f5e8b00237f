package org.scorebook.model;

import java.util.List;
import java.util.OptionalDouble;

/**
 * An indicator placed in the tree: its row, level, children and the full score in force.
 *
 * @param full the typed 分值, or the children's sum when a parent's is blank; empty when unknown (an
 *     error says why)
 */
public record IndicatorNode(
    IndicatorRow row, int level, List<String> children, OptionalDouble full) {
  public IndicatorNode {
    children = List.copyOf(children);
  }

  public String code() {
    return row.code();
  }

  /** The code as the user wrote it, for messages and the score sheet. */
  public String shownCode() {
    return row.shownCode();
  }

  public boolean isLeaf() {
    return children.isEmpty();
  }
}
