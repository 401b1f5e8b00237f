package org.scorebook.read;

/**
 * The streaming read of an .xlsx cannot give what a reader asked for exactly as reading the whole
 * workbook would (a formula whose result the file did not save, the text of a shared formula, a
 * package laid out unusually): the workbook is read again as a whole. Never shown to the user.
 */
final class FullReadNeeded extends RuntimeException {
  FullReadNeeded(String why) {
    super(why);
  }

  FullReadNeeded(String why, Throwable cause) {
    super(why, cause);
  }
}
