package org.scorebook.style;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.SoftAssertions;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.scorebook.style.XlsxStyles.Resolved;
import org.scorebook.style.XlsxStyles.Styled;

/**
 * The check at the heart of the styles part's tests: each cell format asked of {@link StylesPart}
 * is put in a cell of a package whose styles part is StylesPart's output, POI's {@link Styles}
 * style for the same request in the same cell of a POI-built copy, and both are read back with POI
 * (read-only) and compared attribute by attribute ({@link Resolved}); fastexcel-reader, which has
 * no POI inside, must read the cells with the same number formats.
 */
final class AgainstPoi {
  private AgainstPoi() {}

  /** A cell format to ask for. */
  sealed interface Request {
    int ask(StylesPart part);

    CellStyle ask(Styles styles, Workbook workbook);
  }

  /** The format of a look. */
  record OfLook(Look look) implements Request {
    @Override
    public int ask(StylesPart part) {
      return part.of(look);
    }

    @Override
    public CellStyle ask(Styles styles, Workbook workbook) {
      return styles.of(look);
    }
  }

  /** An existing format with another fill or number format, maybe wrapped. */
  record Derived(int base, Fill fill, String format, boolean wrap) implements Request {
    @Override
    public int ask(StylesPart part) {
      if (fill != null) {
        return part.withFill(base, fill);
      }
      return wrap ? part.wrappedWithFormat(base, format) : part.withFormat(base, format);
    }

    @Override
    public CellStyle ask(Styles styles, Workbook workbook) {
      CellStyle style = workbook.getCellStyleAt(base);
      if (fill != null) {
        return styles.withFill(style, fill);
      }
      return wrap ? styles.wrappedWithFormat(style, format) : styles.withFormat(style, format);
    }
  }

  /** Every look of the product, then each variant the product derives from the first bases. */
  static List<Request> everything(int formats, int bases) {
    List<Request> requests = new ArrayList<>();
    ProductLooks.all().forEach(look -> requests.add(new OfLook(look)));
    requests.addAll(derivations(Math.min(formats, bases)));
    return requests;
  }

  /** What the product derives from the existing formats 0 to {@code bases} - 1. */
  static List<Request> derivations(int bases) {
    List<Request> requests = new ArrayList<>();
    for (int base = 0; base < bases; base++) {
      requests.add(new Derived(base, Fill.ERROR, null, false));
      requests.add(new Derived(base, Fill.WARNING, null, false));
      requests.add(new Derived(base, Fill.NONE, null, false));
      requests.add(new Derived(base, null, "0.00", false));
      requests.add(new Derived(base, null, "0.00%", false));
      requests.add(new Derived(base, null, "#,##0.00##", false));
      requests.add(new Derived(base, null, "General", true));
    }
    return requests;
  }

  /** What a run of the checks found, for more checks. */
  record Result(StylesPart part, byte[] stylesXml, List<Integer> indices, Styled styled) {}

  /**
   * Asks for {@code requests} of the styles part of {@code xlsx}, both ways, and checks that POI
   * reads the same attributes from each pair of cells, that every format the part had reads as it
   * did, and that fastexcel reads the new cells.
   */
  static Result check(byte[] xlsx, List<Request> requests, Path scratch) throws IOException {
    return check(xlsx, xlsx, requests, scratch);
  }

  /**
   * As {@link #check(byte[], List, Path)}, with POI's copy made from {@code poiBase} instead: for a
   * styles part POI itself cannot add to (one without fills or borders).
   */
  static Result check(byte[] xlsx, byte[] poiBase, List<Request> requests, Path scratch)
      throws IOException {
    byte[] styles = XlsxStyles.styles(xlsx, scratch);
    StylesPart part = StylesPart.read(styles);
    List<Integer> indices = new ArrayList<>();
    for (Request request : requests) {
      indices.add(request.ask(part));
    }
    byte[] written = part.toXml();
    Styled styled = XlsxStyles.withCells(xlsx, written, indices, scratch);

    byte[] poiCopy;
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(poiBase))) {
      Styles poiStyles = Styles.reusingExisting(workbook);
      Sheet sheet = workbook.getSheetAt(0);
      for (int i = 0; i < requests.size(); i++) {
        int r = styled.firstRow() + i;
        Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
        Cell cell = row.createCell(0);
        cell.setCellValue(1234.5678);
        cell.setCellStyle(requests.get(i).ask(poiStyles, workbook));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      poiCopy = out.toByteArray();
    }

    List<Resolved> ours = cellFormats(styled.xlsx(), styled.firstRow(), requests.size(), scratch);
    List<Resolved> poi = cellFormats(poiCopy, styled.firstRow(), requests.size(), scratch);
    SoftAssertions softly = new SoftAssertions();
    PartChecks.check(styles, written, softly);
    for (int i = 0; i < requests.size(); i++) {
      softly
          .assertThat(ours.get(i))
          .as("%s (cell format %d)", requests.get(i), indices.get(i))
          .isEqualTo(poi.get(i));
    }
    List<Resolved> after = XlsxStyles.everyFormat(styled.xlsx());
    softly.assertThat(after).hasSize(part.cellFormats());
    if (poiBase == xlsx) { // else POI cannot read the formats there (no fill, no border)
      List<Resolved> before = XlsxStyles.everyFormat(xlsx);
      softly
          .assertThat(after.subList(0, before.size()))
          .as("the formats already there")
          .isEqualTo(before);
    }
    Map<Integer, String> formats = fastexcelFormats(styled.xlsx());
    for (int i = 0; i < requests.size(); i++) {
      softly
          .assertThat(formats.get(styled.firstRow() + i))
          .as("fastexcel's number format for %s", requests.get(i))
          .isEqualTo(ours.get(i).format());
    }
    softly.assertAll();
    return new Result(part, written, indices, styled);
  }

  /** What POI reads, opening {@code xlsx} read-only, from column A of the rows given. */
  static List<Resolved> cellFormats(byte[] xlsx, int firstRow, int rows, Path scratch)
      throws IOException {
    Path file = Files.createTempFile(scratch, "read", ".xlsx");
    Files.write(file, xlsx);
    try (OPCPackage opc = OPCPackage.open(file.toFile(), PackageAccess.READ);
        XSSFWorkbook workbook = new XSSFWorkbook(opc)) {
      List<Resolved> resolved = new ArrayList<>();
      Sheet sheet = workbook.getSheetAt(0);
      for (int r = firstRow; r < firstRow + rows; r++) {
        resolved.add(Resolved.of((XSSFCellStyle) sheet.getRow(r).getCell(0).getCellStyle()));
      }
      return resolved;
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IOException(e);
    }
  }

  /**
   * The number format fastexcel-reader gives column A of each row of the first sheet ("General" for
   * the built-in format 0, which it leaves unnamed).
   */
  static Map<Integer, String> fastexcelFormats(byte[] xlsx) {
    Map<Integer, String> formats = new TreeMap<>();
    try (InputStream in = new ByteArrayInputStream(xlsx);
        ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
      workbook
          .getFirstSheet()
          .read()
          .forEach(
              row -> {
                if (row.getCellCount() > 0 && row.getCell(0) != null) {
                  org.dhatim.fastexcel.reader.Cell cell = row.getCell(0);
                  // fastexcel names no format for General, the built-in format 0 (or none)
                  Integer id = cell.getDataFormatId();
                  String format =
                      (id == null || id == 0) && cell.getDataFormatString() == null
                          ? "General"
                          : cell.getDataFormatString();
                  formats.put(row.getRowNum() - 1, format);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return formats;
  }
}
