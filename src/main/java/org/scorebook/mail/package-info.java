/**
 * Mailing results: settings ({@link org.scorebook.mail.MailSettings}), recipient checks, the result
 * message (subject, text and HTML bodies, the scored workbook attached), and the outbox with its
 * sent-log, so that a workbook is mailed at most once per content and nothing is lost while the
 * SMTP server is down. {@link org.scorebook.mail.MailService} is the entry point.
 */
package org.scorebook.mail;
