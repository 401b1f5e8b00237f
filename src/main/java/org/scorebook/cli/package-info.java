/**
 * The command line: {@code process}, {@code validate}, {@code template}, {@code watch}, {@code
 * summary}, {@code panel}, {@code mail test} / {@code mail flush}, {@code help} and {@code
 * version}. {@link org.scorebook.cli.OptionsParser} reads every command's arguments once with
 * commons-cli, checks each option once and returns the command's record ({@link
 * org.scorebook.cli.CommandLineOptions} for process and validate, {@link
 * org.scorebook.cli.TemplateOptions}, {@link org.scorebook.cli.WatchOptions}, {@link
 * org.scorebook.cli.SummaryOptions}, {@link org.scorebook.cli.PanelOptions}, {@link
 * org.scorebook.cli.MailCommandOptions}); {@link org.scorebook.cli.Cli} dispatches on the {@link
 * org.scorebook.cli.Command}. Process and validate find the workbooks, run each through {@link
 * org.scorebook.Scorebook} and report in Chinese or as JSON lines; template writes the kind's blank
 * workbook, or with {@code --from} its forms from a target declaration ({@link
 * org.scorebook.cli.TemplateCommand}); watch, summary, panel and mail hand their record to the
 * drop-folder service, the department consolidation, the expert panel and the mail service. Every
 * message a user sees is Chinese, including what commons-cli finds wrong. {@code --rules} (process,
 * validate, watch) reads the reviewers' own checklist once into a value handed to the kinds ({@code
 * ReviewRulesOption}). It knows nothing of cells.
 */
package org.scorebook.cli;
