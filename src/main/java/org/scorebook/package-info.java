/**
 * Scorebook turns evaluation workbooks into scored, validated, formatted results. {@link
 * org.scorebook.Scorebook} runs one workbook through the pipeline: {@code read} → {@code model} →
 * {@code score}/{@code validate} → {@code write}, asking the workbook's kind ({@code kinds})
 * instead of branching on it, and says what became of it as an {@link org.scorebook.model.Outcome};
 * {@code watch}, {@code mail}, {@code department} and {@code template} build on it, and {@code cli}
 * is the command line on top. {@code style} and {@code files} serve every package that writes.
 */
package org.scorebook;
