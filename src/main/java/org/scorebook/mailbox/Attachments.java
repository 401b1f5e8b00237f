package org.scorebook.mailbox;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The attached files of a message, found by their place in the MIME tree, and their names made
 * safe. A name from mail is never a path: folders in it are dropped, characters Windows refuses are
 * replaced, and it is shortened.
 */
final class Attachments {
  static final Set<String> WORKBOOK_EXTENSIONS = Set.of(".xlsx", ".xlsm", ".xls");
  static final Set<String> ARCHIVE_EXTENSIONS = Set.of(".zip", ".rar", ".7z");

  /**
   * UTF-8 bytes kept of a stem: with a {@code (N)} added it stays within what the drop folder keeps
   * of a name unshortened, so the outputs carry the name the attachment was saved under.
   */
  static final int MAX_STEM_BYTES = 100;

  private static final Set<String> WINDOWS_DEVICES =
      Set.of(
          "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7",
          "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

  /**
   * One attached file.
   *
   * @param place where it is in the message: {@code 2}, {@code 2.1} …
   * @param name its name as sent, decoded (RFC 2231 or RFC 2047)
   * @param size its size on the wire as the server reports it; -1 when unknown
   */
  record Found(String place, String name, int size) {
    String extension() {
      int dot = name.lastIndexOf('.');
      return dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    }

    boolean isWorkbook() {
      return WORKBOOK_EXTENSIONS.contains(extension());
    }

    boolean isArchive() {
      return ARCHIVE_EXTENSIONS.contains(extension());
    }
  }

  private Attachments() {}

  /** Every part of {@code message} that carries a file name, in order. */
  static List<Found> list(Part message) throws MessagingException, IOException {
    List<Found> found = new ArrayList<>();
    walk(message, "", found);
    return found;
  }

  private static void walk(Part part, String place, List<Found> found)
      throws MessagingException, IOException {
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        walk(
            multipart.getBodyPart(i),
            place.isEmpty() ? "" + (i + 1) : place + "." + (i + 1),
            found);
      }
      return;
    }
    Optional<String> name = fileName(part);
    if (name.isPresent() && !place.isEmpty()) {
      found.add(new Found(place, name.get(), part.getSize()));
    }
  }

  /** The part at {@code place}, as {@link #list} numbered it. */
  static Part at(Part message, String place) throws MessagingException, IOException {
    Part part = message;
    for (String step : place.split("\\.")) {
      Multipart multipart = (Multipart) part.getContent();
      BodyPart child = multipart.getBodyPart(Integer.parseInt(step) - 1);
      part = child;
    }
    return part;
  }

  /**
   * Copies the decoded content of {@code part} to {@code out}; stops with an exception past {@code
   * limit} bytes (a server that reported a smaller size).
   */
  static void copy(Part part, OutputStream out, long limit) throws MessagingException, IOException {
    try (InputStream in = part.getInputStream()) {
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int n; (n = in.read(buffer)) >= 0; ) {
        total += n;
        if (total > limit) {
          throw new IOException("attachment larger than " + limit + " bytes");
        }
        out.write(buffer, 0, n);
      }
    }
  }

  /**
   * The decoded file name: Jakarta Mail decodes RFC 2231 ({@code filename*=UTF-8''…}); RFC 2047
   * encoded words ({@code =?GB18030?B?…?=}, as older Outlook and Foxmail send) are decoded here.
   */
  static Optional<String> fileName(Part part) throws MessagingException {
    String raw;
    try {
      raw = part.getFileName();
    } catch (MessagingException | RuntimeException e) {
      return Optional.empty();
    }
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    if (raw.contains("=?")) {
      try {
        raw = MimeUtility.decodeText(raw);
      } catch (UnsupportedEncodingException | RuntimeException e) {
        // an unknown charset: keep the raw text, it is made safe below
      }
    }
    return Optional.of(raw);
  }

  /**
   * A name that is safe as one file name on Windows and Linux: the last path segment, NFC, no
   * control characters or {@code <>:"/\|?*}, no leading dots or trailing dots and spaces, not a
   * device name, the stem at most {@link #MAX_STEM_BYTES} bytes; {@code 附件N.xlsx} when nothing is
   * left. The extension is the workbook extension, lower case.
   */
  static String safeName(String sent, int n) {
    String name = sent.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    name = Normalizer.normalize(name, Normalizer.Form.NFC);
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    String stem = dot < 0 ? name : name.substring(0, dot);
    stem = stem.replaceAll("[\\p{Cntrl}<>:\"/\\\\|?*]", "_");
    stem = stem.replaceAll("^[\\s.]+", "").replaceAll("[\\s.]+$", "");
    while (stem.getBytes(StandardCharsets.UTF_8).length > MAX_STEM_BYTES) {
      stem =
          stem.substring(0, stem.offsetByCodePoints(0, stem.codePointCount(0, stem.length()) - 1));
    }
    stem = stem.stripTrailing();
    String device = stem.contains(".") ? stem.substring(0, stem.indexOf('.')) : stem;
    if (WINDOWS_DEVICES.contains(device.toLowerCase(Locale.ROOT))) {
      stem = "_" + stem;
    }
    if (stem.isEmpty()) {
      stem = "附件" + n;
    }
    return stem + extension;
  }
}
