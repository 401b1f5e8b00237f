package org.scorebook.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.Optional;

/**
 * File names that are not valid UTF-8 on a UTF-8 system, such as the GBK names a zip made on a
 * Chinese Windows carries. Java shows such a name with replacement characters, and a path built
 * from that text names no file; the path a folder listing returned still holds the name's bytes and
 * opens.
 */
public final class FileNames {
  private static final Charset GBK = Charset.forName("GB18030");

  private FileNames() {}

  /** Whether the text of {@code file}'s name names the same file again. */
  public static boolean isReadable(Path file) {
    Path name = file.getFileName();
    return name == null || name.equals(name.getFileSystem().getPath(name.toString()));
  }

  /**
   * A private copy of {@code file} under a readable name in the temporary folder, for an API that
   * opens files by name ({@link java.util.zip.ZipFile}); the caller deletes it.
   */
  public static Path readableCopy(Path file) throws IOException {
    Path copy = Files.createTempFile("scorebook-", ".copy");
    try {
      Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
      return copy;
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(copy);
      throw e;
    }
  }

  /**
   * The name as a person would read it: the name itself when it is readable; a name in GBK (which
   * Windows uses for Chinese names) decoded as such; otherwise the text Java shows, with each
   * unreadable character as {@code _}.
   */
  public static String shown(Path file) {
    String text = file.getFileName().toString();
    if (isReadable(file)) {
      return text;
    }
    return rawName(file).flatMap(FileNames::asGbk).orElse(text.replace('\uFFFD', '_'));
  }

  /** The bytes of the name, from the path's URI, which percent-encodes them one by one. */
  private static Optional<byte[]> rawName(Path file) {
    String path = file.toUri().getRawPath().replaceFirst("/$", "");
    String last = path.substring(path.lastIndexOf('/') + 1);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < last.length(); i++) {
      char c = last.charAt(i);
      if (c == '%' && i + 2 < last.length()) {
        bytes.write(HexFormat.fromHexDigits(last, i + 1, i + 3));
        i += 2;
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(bytes.toByteArray());
  }

  private static Optional<String> asGbk(byte[] name) {
    try {
      return Optional.of(
          GBK.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(name))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
