package org.scorebook.read;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.scorebook.model.Text;
import org.scorebook.ooxml.PackageIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a workbook from an input stream, so POI never holds the file and never writes it back
 * (opening a File read/write rewrites it on close). Checks what is cheap first: size, the file's
 * magic bytes, for an .xls its length against its header, then for an .xlsx the whole package with
 * {@link PackageCheck} (complete, not a bomb, not too many cells, no DTD) before POI, or the
 * streaming read of {@link XlsxGrid}, loads anything into memory.
 */
final class WorkbookOpener {
  /** Larger files are refused before POI sees them: an evaluation workbook is a few hundred KB. */
  static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

  /**
   * POI's own zip-bomb guards, behind {@link PackageCheck}, which measures the parts' real inflated
   * sizes first and caps them absolutely. POI's inflate-ratio guard is off: a 1 MB run of {@code
   * 1+1+…} or a sheet of blank styled cells compresses better than 1:200 and is no bomb, while the
   * absolute caps already bound the memory a file can take. Any single part is still capped by POI
   * at the size all parts together may have.
   */
  static final double MIN_INFLATE_RATIO = 0;

  static final long MAX_ENTRY_BYTES = PackageCheck.MAX_UNPACKED_BYTES;

  private static final Logger LOG = LoggerFactory.getLogger(WorkbookOpener.class);

  static {
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
  }

  private WorkbookOpener() {}

  /**
   * A file that passed the checks made before anything reads it: for an .xlsx or .xlsm the index of
   * its package, checked whole, every part inflated once; empty for an .xls, which POI reads from
   * the file.
   */
  record Checked(Path file, Optional<PackageIndex> index) {
    /** The bytes of an .xlsx or .xlsm package, as read once from the file. */
    Optional<byte[]> packageBytes() {
      return index.map(PackageIndex::zip);
    }
  }

  /**
   * Size, kind, and for an .xlsx the whole package ({@link PackageCheck}), then its bytes: what a
   * file must pass before POI or the streaming read sees it.
   */
  static Checked check(Path file) throws UnreadableWorkbookException {
    long size = sizeOf(file);
    if (size == 0) {
      throw new UnreadableWorkbookException(Text.get("read.empty"));
    }
    if (size > MAX_FILE_BYTES) {
      throw new UnreadableWorkbookException(
          Text.get("read.tooLarge", size / (1024 * 1024), MAX_FILE_BYTES / (1024 * 1024)));
    }
    FileMagic magic = magicOf(file);
    if (magic == FileMagic.OOXML) {
      return new Checked(file, Optional.of(PackageCheck.check(bytesOf(file))));
    } else if (magic != FileMagic.OLE2) {
      throw new UnreadableWorkbookException(Text.get("read.notWorkbook", describe(magic)));
    }
    checkLength(file);
    return new Checked(file, Optional.empty());
  }

  /**
   * An .xls shorter than its header says is a copy that did not finish: POI could open it with a
   * stream cut short.
   */
  private static void checkLength(Path file) throws UnreadableWorkbookException {
    boolean whole;
    try {
      whole = CompoundFile.isWhole(file);
    } catch (IOException e) {
      throw new UnreadableWorkbookException(Text.get("read.cannotOpen", e.getMessage()), e);
    }
    if (!whole) {
      throw new UnreadableWorkbookException(Text.get("read.truncatedXls"));
    }
  }

  /** Opens a checked file with POI: an .xlsx from the bytes checked, an .xls from its file. */
  static Workbook open(Checked checked) throws UnreadableWorkbookException {
    Path file = checked.file();
    if (checked.packageBytes().isPresent()) {
      return create(new ByteArrayInputStream(checked.packageBytes().get()), file);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return create(in, file);
    } catch (IOException e) {
      throw new UnreadableWorkbookException(Text.get("read.cannotOpen", e.getMessage()), e);
    }
  }

  /**
   * The package is read once: POI opens these bytes and the writer copies its untouched parts from
   * them, so a file replaced meanwhile can never mix two versions in one output.
   */
  private static byte[] bytesOf(Path file) throws UnreadableWorkbookException {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UnreadableWorkbookException(Text.get("read.cannotOpen", e.getMessage()), e);
    }
  }

  private static long sizeOf(Path file) throws UnreadableWorkbookException {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UnreadableWorkbookException(Text.get("read.cannotOpen", e.getMessage()), e);
    }
  }

  private static FileMagic magicOf(Path file) throws UnreadableWorkbookException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return FileMagic.valueOf(in);
    } catch (IOException e) {
      throw new UnreadableWorkbookException(Text.get("read.cannotOpen", e.getMessage()), e);
    }
  }

  private static String describe(FileMagic magic) {
    return switch (magic) {
      case HTML -> "HTML";
      case PDF -> "PDF";
      case XML -> "XML";
      case RTF -> "RTF";
      case WORD2 -> "Word";
      default -> Text.get("read.unknownKind");
    };
  }

  private static Workbook create(InputStream in, Path file) throws UnreadableWorkbookException {
    try {
      return WorkbookFactory.create(in);
    } catch (EncryptedDocumentException e) {
      throw new UnreadableWorkbookException(Text.get("read.encrypted"), e);
    } catch (IOException | POIXMLException e) {
      LOG.debug("POI could not open {}", file, e);
      throw new UnreadableWorkbookException(reasonFor(e), e);
    } catch (RuntimeException e) {
      LOG.debug("POI failed on {}", file, e);
      throw new UnreadableWorkbookException(Text.get("read.corrupt"), e);
    }
  }

  private static String reasonFor(Exception e) {
    String text = String.valueOf(e.getMessage());
    if (text.contains("Zip bomb")
        || text.contains("zip bomb")
        || text.contains("exceeds the max")) {
      return Text.get("read.zipBomb");
    }
    if (text.contains("unsupported file type") || text.contains("Your InputStream was neither")) {
      return Text.get("read.notWorkbook", Text.get("read.unknownKind"));
    }
    return Text.get("read.corrupt");
  }
}
