/**
 * Scorebook turns evaluation workbooks into scored, validated, formatted results. {@link
 * org.scorebook.Scorebook} runs one workbook through the pipeline: {@code read} → {@code model} →
 * {@code score}/{@code validate} → {@code write}; {@code cli} is the command line on top.
 */
package org.scorebook;
