/**
 * The evaluation as data: project facts, parameters, the indicator tree, grade bands, findings and the
 * messages about them: immutable records, with a few helpers beside them (the contract's sheet names,
 * decimal rounding, number readings, the resource bundle of user-facing text). Nothing here knows
 * about POI, files or the console.
 */
package org.scorebook.model;
