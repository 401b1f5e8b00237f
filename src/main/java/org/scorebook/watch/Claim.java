package org.scorebook.watch;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A workbook in the work folder, named {@code host~pid~tag~claimMillis~stem.ext}: who took it,
 * when, and the stem reserved for every file this input produces (the original's own stem, or it
 * with a time suffix when that name was taken). The name is the idempotency key: after a restart
 * the same stem, hence the same output names, are used again.
 *
 * @param file the claimed file in the work folder
 * @param stem the reserved stem, e.g. {@code 名称} or {@code 名称 (2026-11-23 153012)}
 * @param extension the original's extension, e.g. {@code .xlsx}
 */
record Claim(Path file, Owner owner, long claimedAt, String stem, String extension) {
  static final String SEPARATOR = "~";

  static String nameFor(Owner owner, long claimedAt, String stem, String extension) {
    return owner.prefix() + SEPARATOR + claimedAt + SEPARATOR + stem + extension;
  }

  /** The claim a work-folder file records, or empty for anything else found there. */
  static Optional<Claim> parse(Path file) {
    String[] parts = file.getFileName().toString().split(SEPARATOR, 5);
    if (parts.length != 5) {
      return Optional.empty();
    }
    try {
      Owner owner = new Owner(parts[0], Long.parseLong(parts[1]), parts[2]);
      String extension = WorkbookNames.extension(parts[4]);
      return Optional.of(
          new Claim(
              file, owner, Long.parseLong(parts[3]), WorkbookNames.stem(parts[4]), extension));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The name the input had (or is given) in the archive or failed folder. */
  String finalName() {
    return stem + extension;
  }
}
