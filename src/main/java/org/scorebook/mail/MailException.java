package org.scorebook.mail;

/** Mail cannot work as configured; the message is Chinese and shown to the user as it is. */
public final class MailException extends Exception {
  private static final long serialVersionUID = 1L;

  public MailException(String message) {
    super(message);
  }

  public MailException(String message, Throwable cause) {
    super(message, cause);
  }
}
