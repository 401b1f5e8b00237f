package org.scorebook.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.scorebook.files.FileNames;

/**
 * Whether a workbook file is as long as its own structure says, the cheap test of a copy that has
 * not finished: a zip package (.xlsx, .xlsm) has its central directory, which a copy writes last;
 * an OLE2 file (.xls) holds every sector its header and allocation table refer to. Any other file
 * counts as whole: reading it reports what it is.
 */
public final class CopiedWhole {
  private CopiedWhole() {}

  public static boolean isWhole(Path file) {
    try {
      return switch (magicOf(file)) {
        case OOXML -> zipDirectoryReads(file);
        case OLE2 -> CompoundFile.isWhole(file);
        default -> true;
      };
    } catch (IOException e) {
      return false;
    }
  }

  private static FileMagic magicOf(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return FileMagic.valueOf(in.readNBytes(8));
    }
  }

  private static boolean zipDirectoryReads(Path file) throws IOException {
    if (!FileNames.isReadable(file)) {
      Path copy = FileNames.readableCopy(file);
      try {
        return zipDirectoryReads(copy);
      } finally {
        Files.deleteIfExists(copy);
      }
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      return zip.size() >= 0;
    } catch (IOException e) {
      return false;
    }
  }
}
