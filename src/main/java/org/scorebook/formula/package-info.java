/**
 * The formula language of 评分公式: exp4j with the contract's functions ({@code min max clamp if round
 * tier}), comparisons, Chinese names and full-width punctuation, implicit multiplication off, and
 * positioned Chinese messages for every mistake. Used by the rules (valid parameter names) and the
 * scorer.
 */
package org.scorebook.formula;
