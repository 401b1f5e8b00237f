/**
 * The evaluation as data: project facts, parameters, the indicator tree, grade bands, findings and the
 * messages about them. Immutable records only; nothing here knows about POI, files or the console.
 */
package org.scorebook.model;
