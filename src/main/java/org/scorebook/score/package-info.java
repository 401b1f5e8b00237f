/**
 * Scoring: the formula language (exp4j with the contract's functions) and the arithmetic of the tree —
 * leaves from their formula or manual score, parents as sums of rounded children, the total and grade.
 */
package org.scorebook.score;
