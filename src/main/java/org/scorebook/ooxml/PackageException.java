package org.scorebook.ooxml;

import java.io.IOException;

/**
 * Why a package is refused while it is indexed or its parts inflated: what it is, and for a size
 * the figure reached, so that the caller can word it for the user.
 */
public final class PackageException extends IOException {
  /** What is wrong with the package. */
  public enum Reason {
    /** No whole central directory: a copy that did not finish, or not a zip at all. */
    NOT_WHOLE,
    /** The directory is whole but a part's data is not (damaged bytes, a part cut short). */
    DAMAGED,
    /** More parts than the limit. */
    TOO_MANY_PARTS,
    /** The parts inflate to more than the limit of all parts together. */
    UNPACKED_TOO_LARGE,
    /** The XML parts inflate to more than their limit. */
    XML_TOO_LARGE
  }

  private final Reason reason;
  private final long figure;

  PackageException(Reason reason, long figure, String detail) {
    super(detail, null);
    this.reason = reason;
    this.figure = figure;
  }

  PackageException(Reason reason, String detail, Throwable cause) {
    super(detail, cause);
    this.reason = reason;
    this.figure = 0;
  }

  public Reason reason() {
    return reason;
  }

  /** The count or byte total reached, for a limit exceeded; 0 otherwise. */
  public long figure() {
    return figure;
  }
}
