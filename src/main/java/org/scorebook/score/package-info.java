/**
 * Scoring: the arithmetic of the tree, the same for every kind of workbook — leaves from their
 * formula or manual score, parents as sums of rounded children, the total and grade.
 */
package org.scorebook.score;
