/**
 * The rules, the same for every kind of workbook, with what differs between kinds (the required
 * total, blank parent full scores, usual top-level weights, default grade bands) read from the
 * evaluation's {@link org.scorebook.model.RuleProfile}. Every check that can fail yields a {@link
 * org.scorebook.model.Message} at the cell at fault. Validation never stops at the first problem
 * and never changes what the user typed.
 */
package org.scorebook.validate;
