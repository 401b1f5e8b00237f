/**
 * The evaluation as data, whatever kind of workbook it was read from: project facts, parameters,
 * the indicator tree, grade bands, findings and the messages about them, each message with the
 * character of the cell's text it is about when it has one ({@link
 * org.scorebook.model.TextPosition}, which also draws a caret under that character for a monospaced
 * display): immutable records. What a kind reads beyond these is its own record behind {@link
 * org.scorebook.model.KindDetails}. Beside them: the kinds of workbook and the {@link
 * org.scorebook.model.RuleProfile} each gives the rules; contract v1's vocabulary (sheet names,
 * indicator columns, project labels), which the template and the annotated workbook are written
 * with and which another kind's reader maps its own onto; and a few helpers (decimal rounding,
 * number readings, the resource bundle of user-facing text). {@link org.scorebook.model.Outcome}
 * says what became of one input workbook: its scored projects, or why it was not read, and the
 * paths of what was written for it. Nothing here knows about POI, reads or writes files, or the
 * console.
 */
package org.scorebook.model;
