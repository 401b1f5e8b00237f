package org.scorebook.model;

/** How bad a message is: errors block the total and the grade, warnings do not. */
public enum Severity {
  ERROR,
  WARNING;

  public String label() {
    return Text.get(this == ERROR ? "severity.error" : "severity.warning");
  }
}
