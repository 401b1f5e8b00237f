package org.scorebook.hostile;

import static org.scorebook.testing.TestWorkbooks.evaluation;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellReference;
import org.scorebook.testing.PackageEntries;
import org.scorebook.testing.TestWorkbooks;

/**
 * Bad and odd inputs, generated on the fly (no binary blobs in the repository). Every method writes
 * one file and returns its path. Large inputs are streamed straight into a zip, never built in POI.
 */
final class HostileFiles {
  /** The zip entry of each sheet in a workbook built by {@link TestWorkbooks} (template order). */
  static final String PROJECT_PART = "xl/worksheets/sheet2.xml";

  static final String INDICATOR_PART = "xl/worksheets/sheet4.xml";
  static final String FINDINGS_PART = "xl/worksheets/sheet6.xml";

  private HostileFiles() {}

  /** A clean workbook: A1 = 60 × 0.9 = 54, A2 typed 40; total 94.00, grade 优. */
  static TestWorkbooks.Builder good() {
    return evaluation()
        .project("项目名称", "恶意文件测试")
        .project("预算金额", 10)
        .project("实际支出", 9.5)
        .param("满意度", 0.9)
        .indicator("A", "产出与效益", 100)
        .leaf("A1", "满意度", 60)
        .formula("分值 * 满意度")
        .reason("满意度未达 100%")
        .leaf("A2", "完成情况", 40)
        .manual(40);
  }

  static final String GOOD_TOTAL = "94.00";

  static Path write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path goodFile(Path file) {
    return good().saveTo(file);
  }

  static Path zeroBytes(Path file) {
    return write(file, new byte[0]);
  }

  static Path randomBytes(Path file) {
    byte[] bytes = new byte[64 * 1024];
    new Random(7).nextBytes(bytes);
    return write(file, bytes);
  }

  /** A copy stopped half way: no central directory. */
  static Path truncatedHalf(Path file) {
    byte[] good = good().bytes();
    return write(file, Arrays.copyOf(good, good.length / 2));
  }

  /**
   * A copy stopped exactly where a zip entry begins: every entry before it complete, no central
   * directory (POI's stream reader would open it with the later parts missing).
   */
  static Path truncatedAtEntry(Path file, String firstMissing) {
    PackageEntries entries = PackageEntries.of(good().bytes());
    CountingZip zip = new CountingZip();
    long cut = -1;
    for (Map.Entry<String, byte[]> e : entries.parts.entrySet()) {
      if (e.getKey().equals(firstMissing)) {
        zip.flushEntries();
        cut = zip.count();
      }
      zip.put(e.getKey(), e.getValue());
    }
    if (cut < 0) {
      throw new IllegalArgumentException("no entry " + firstMissing);
    }
    return write(file, Arrays.copyOf(zip.finish(), (int) cut));
  }

  /** Whole zip structure, but the compressed bytes of the largest part overwritten with noise. */
  static Path damagedInTheMiddle(Path file) {
    PackageEntries entries = PackageEntries.of(good().bytes());
    entries.parts.put(
        INDICATOR_PART,
        (new String(entries.parts.get(INDICATOR_PART), StandardCharsets.UTF_8)
                + "<!-- "
                + "填充".repeat(20_000)
                + " -->")
            .getBytes(StandardCharsets.UTF_8));
    byte[] bytes = entries.zip();
    byte[] noise = new byte[2_000];
    new Random(11).nextBytes(noise);
    int at = indexOf(bytes, INDICATOR_PART.getBytes(StandardCharsets.US_ASCII)) + 200;
    System.arraycopy(noise, 0, bytes, at, noise.length);
    return write(file, bytes);
  }

  private static int indexOf(byte[] bytes, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= bytes.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (bytes[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalArgumentException("not found");
  }

  /** A complete, valid zip from which some parts were left out when re-zipping. */
  static Path withoutParts(Path file, String... parts) {
    PackageEntries entries = PackageEntries.of(good().bytes());
    for (String part : parts) {
      if (entries.parts.remove(part) == null) {
        throw new IllegalArgumentException("no entry " + part);
      }
    }
    return write(file, entries.zip());
  }

  static Path plainZip(Path file) {
    PackageEntries entries = new PackageEntries();
    entries.parts.put("readme.txt", "hello".getBytes(StandardCharsets.UTF_8));
    entries.parts.put("data/numbers.csv", "1,2,3\n".getBytes(StandardCharsets.UTF_8));
    return write(file, entries.zip());
  }

  /** A Word document's shape: OOXML content types but no xl/workbook.xml. */
  static Path wordLikeZip(Path file) {
    PackageEntries entries = new PackageEntries();
    entries.parts.put(
        "[Content_Types].xml",
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas"
                + ".openxmlformats.org/package/2006/content-types\"></Types>")
            .getBytes(StandardCharsets.UTF_8));
    entries.parts.put("word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8));
    return write(file, entries.zip());
  }

  static Path csv(Path file) {
    return write(file, "指标编码,指标名称,分值\nA,决策,100\n".getBytes(StandardCharsets.UTF_8));
  }

  static Path html(Path file) {
    return write(
        file,
        "<!DOCTYPE html><html><body><table><tr><td>指标编码</td></tr></table></body></html>"
            .getBytes(StandardCharsets.UTF_8));
  }

  /** The good workbook behind an opening password (agile encryption, as Excel 2010+ writes it). */
  static Path encrypted(Path file, String password) {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword(password);
      try (OutputStream out = encryptor.getDataStream(fs)) {
        out.write(good().bytes());
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      fs.writeFilesystem(bytes);
      return write(file, bytes.toByteArray());
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Stand-in bytes for a VBA project: never run, only carried through. */
  static final byte[] VBA_PROJECT =
      "not really VBA: Sub AutoOpen() Shell \"rm -rf /\" End Sub"
          .getBytes(StandardCharsets.US_ASCII);

  /** The good workbook as a macro-enabled .xlsm with an xl/vbaProject.bin part. */
  static Path macroEnabled(Path file) {
    PackageEntries entries = PackageEntries.of(good().bytes());
    entries.edit(
        "[Content_Types].xml",
        xml ->
            xml.replace(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                .replace(
                    "</Types>",
                    "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>"));
    entries.edit(
        "xl/_rels/workbook.xml.rels",
        xml ->
            xml.replace(
                "</Relationships>",
                "<Relationship Id=\"rIdVba\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" "
                    + "Target=\"vbaProject.bin\"/></Relationships>"));
    entries.parts.put("xl/vbaProject.bin", VBA_PROJECT);
    return write(file, entries.zip());
  }

  /** The good workbook with one part's XML changed by {@code edit}. */
  static Path edited(
      Path file, TestWorkbooks.Builder builder, String part, UnaryOperator<String> edit) {
    PackageEntries entries = PackageEntries.of(builder.bytes());
    entries.edit(part, edit);
    return write(file, entries.zip());
  }

  /**
   * The good workbook with the 评价结论 sheet replaced by {@code body} streamed into the zip: the sheet
   * XML is {@code <worksheet><sheetData>} + body + {@code </sheetData></worksheet>}.
   */
  static Path withStreamedSheet(Path file, String part, SheetBody body) {
    PackageEntries entries = PackageEntries.of(good().bytes());
    write(file, new byte[0]);
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      for (Map.Entry<String, byte[]> e : entries.parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        if (e.getKey().equals(part)) {
          Writer writer =
              new BufferedWriter(
                  new OutputStreamWriter(unclosable(zip), StandardCharsets.UTF_8), 1 << 16);
          writer.write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\""
                  + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
          body.write(writer);
          writer.write("</sheetData></worksheet>");
          writer.flush();
        } else {
          zip.write(e.getValue());
        }
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private static OutputStream unclosable(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }

  @FunctionalInterface
  interface SheetBody {
    void write(Writer out) throws IOException;
  }

  /** {@code megabytes} MB of spaces inside sheetData: compresses about 1000:1. */
  static SheetBody whitespace(int megabytes) {
    return out -> {
      char[] spaces = new char[1024 * 1024];
      Arrays.fill(spaces, ' ');
      for (int i = 0; i < megabytes; i++) {
        out.write(spaces);
      }
    };
  }

  /** {@code rows} rows of {@code columns} numeric cells each. */
  static SheetBody cells(int rows, int columns) {
    return out -> {
      for (int r = 1; r <= rows; r++) {
        out.write("<row r=\"" + r + "\">");
        for (int c = 0; c < columns; c++) {
          out.write("<c r=\"" + CellReference.convertNumToColString(c) + r + "\"><v>1</v></c>");
        }
        out.write("</row>");
      }
    };
  }

  /** {@code rows} rows with one inline text of {@code length} characters each, all different. */
  static SheetBody longTexts(int rows, int length) {
    return out -> {
      Random random = new Random(3);
      char[] text = new char[length];
      for (int r = 1; r <= rows; r++) {
        for (int i = 0; i < length; i++) {
          text[i] = (char) ('a' + random.nextInt(26));
        }
        out.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>");
        out.write(text);
        out.write("</t></is></c></row>");
      }
    };
  }

  /** {@code rows} empty rows. */
  static SheetBody emptyRows(int rows) {
    return out -> {
      for (int r = 1; r <= rows; r++) {
        out.write("<row r=\"" + r + "\"/>");
      }
    };
  }

  /**
   * Rewrites the zip's central directory so that every part claims to unpack to its compressed
   * size: only reading the parts shows how large they really are.
   */
  static Path lyingSizes(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
      for (int i = 0; i + 46 <= bytes.length; i++) {
        if (buffer.getInt(i) == 0x02014b50) {
          buffer.putInt(i + 24, buffer.getInt(i + 20));
        }
      }
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A zip being written to memory, knowing how many bytes it has so far. */
  private static final class CountingZip {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ZipOutputStream zip = new ZipOutputStream(bytes);

    void put(String name, byte[] content) {
      try {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void flushEntries() {
      try {
        zip.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    long count() {
      return bytes.size();
    }

    byte[] finish() {
      try {
        zip.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return bytes.toByteArray();
    }
  }
}
