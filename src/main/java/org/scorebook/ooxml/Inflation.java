package org.scorebook.ooxml;

import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** One entry's data inflated, each piece counted against the package's limits as it comes. */
final class Inflation {
  private static final int STORED = 0;
  private static final int DEFLATED = 8;
  private static final int PIECE = 1 << 16;

  /** Takes each inflated piece's length; throws when a limit is passed. */
  @FunctionalInterface
  interface Budget {
    void spend(int bytes) throws PackageException;
  }

  private Inflation() {}

  /**
   * The data of an entry, {@code length} compressed bytes at {@code offset}, inflated and its CRC
   * checked when {@code crc} is not negative; {@code declared} is the size the zip gives it, which
   * only sizes the first buffer.
   */
  static byte[] inflate(
      byte[] zip, int offset, long length, int method, long declared, long crc, Budget budget)
      throws PackageException {
    if (offset + length > zip.length || length < 0) {
      throw damaged("the data runs past the end of the file", null);
    }
    byte[] data =
        switch (method) {
          case STORED -> stored(zip, offset, (int) length, budget);
          case DEFLATED -> deflated(zip, offset, (int) length, declared, budget);
          default -> throw damaged("compression method " + method, null);
        };
    if (crc >= 0) {
      CRC32 check = new CRC32();
      check.update(data);
      if (check.getValue() != crc) {
        throw damaged("CRC", null);
      }
    }
    return data;
  }

  private static byte[] stored(byte[] zip, int offset, int length, Budget budget)
      throws PackageException {
    for (int done = 0; done < length; done += PIECE) {
      budget.spend(Math.min(PIECE, length - done));
    }
    byte[] data = new byte[length];
    System.arraycopy(zip, offset, data, 0, length);
    return data;
  }

  /**
   * Inflates into an array the size the directory declares, grown only when the data is larger than
   * declared (never beyond what the budget lets through), so that an honest entry is inflated
   * without copying.
   */
  private static byte[] deflated(byte[] zip, int offset, int length, long declared, Budget budget)
      throws PackageException {
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(zip, offset, length);
      byte[] out = new byte[(int) Math.min(Math.max(declared, 64), PIECE * 16L)];
      int size = 0;
      while (!inflater.finished()) {
        if (size == out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        int n = inflater.inflate(out, size, Math.min(PIECE, out.length - size));
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw damaged("the deflated data ends early", null);
        }
        budget.spend(n);
        size += n;
      }
      return size == out.length ? out : Arrays.copyOf(out, size);
    } catch (DataFormatException e) {
      throw damaged("deflated data", e);
    } finally {
      inflater.end();
    }
  }

  /**
   * How many compressed bytes the deflated data at {@code offset} takes, read to its end; refused
   * once it inflates beyond {@code limit}.
   */
  static long deflatedLength(byte[] zip, int offset, long limit) throws PackageException {
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(zip, offset, zip.length - offset);
      byte[] piece = new byte[PIECE];
      while (!inflater.finished()) {
        if (inflater.inflate(piece) == 0 && inflater.needsInput()) {
          throw damaged("the deflated data ends early", null);
        }
        if (inflater.getBytesWritten() > limit) {
          throw new PackageException(
              PackageException.Reason.UNPACKED_TOO_LARGE,
              inflater.getBytesWritten(),
              "an unlisted entry");
        }
      }
      return inflater.getBytesRead();
    } catch (DataFormatException e) {
      throw damaged("deflated data", e);
    } finally {
      inflater.end();
    }
  }

  private static PackageException damaged(String what, Throwable cause) {
    return new PackageException(PackageException.Reason.DAMAGED, what, cause);
  }
}
