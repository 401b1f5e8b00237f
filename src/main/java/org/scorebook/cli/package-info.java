/**
 * The command line: {@code process}, {@code validate} and {@code template}. Parses arguments into a
 * {@link org.scorebook.cli.CommandLineOptions} record, finds the workbooks, runs each through {@link
 * org.scorebook.Scorebook} and reports in Chinese or as JSON lines. It knows nothing of cells.
 */
package org.scorebook.cli;
