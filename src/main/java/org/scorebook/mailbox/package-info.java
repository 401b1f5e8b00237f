/**
 * The mailbox as a second inbox ({@code scorebook watch --imap}): evaluators mail their workbooks
 * and get the scored copy back as a reply.
 *
 * <p>Nothing here scores or files a workbook: {@link org.scorebook.mailbox.MailIntake} only moves
 * attachments from the mailbox into the drop folder {@code INBOX/邮件}, where an ordinary {@link
 * org.scorebook.watch.Watcher} takes them, and the answers go through the mail outbox. Exactly once
 * rests on the {@link org.scorebook.mailbox.Journal}: a message's entry is written before anything
 * is saved or queued, each answer is marked when it is queued, and a message leaves the watched
 * folder (to 已处理) only when all its answers are queued.
 */
package org.scorebook.mailbox;
