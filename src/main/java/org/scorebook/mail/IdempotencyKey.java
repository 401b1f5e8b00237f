package org.scorebook.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 over the workbook's bytes and the sorted recipient list: same content, same people, one
 * mail.
 */
final class IdempotencyKey {
  private IdempotencyKey() {}

  static String of(byte[] workbook, List<String> sortedRecipients) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(workbook);
      digest.update((byte) 0);
      digest.update(String.join("\n", sortedRecipients).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
