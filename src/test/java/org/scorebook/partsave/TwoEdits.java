package org.scorebook.partsave;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.stream.XMLStreamException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.Scorecard;
import org.scorebook.read.OpenedWorkbook;
import org.scorebook.read.WorkbookReader;
import org.scorebook.save.PartPreservingSave;
import org.scorebook.save.PoiSheets;
import org.scorebook.score.Scorer;
import org.scorebook.style.PoiCellFormats;
import org.scorebook.style.Styles;
import org.scorebook.testing.WorkbookView;
import org.scorebook.write.ChangedSheets;
import org.scorebook.write.EditedSheet;
import org.scorebook.write.SheetEdits;

/**
 * Applies one run's edits of the existing sheets ({@link SheetEdits}) to one .xlsx both ways: into
 * the workbook loaded into POI, its formulas' cached values calculated, saved keeping the untouched
 * parts; and into the worksheet parts' XML ({@link XmlSheets}), spliced into the package, with the
 * cell formats made by POI in a copy of the workbook (whose styles part is the only other part
 * taken from POI).
 */
final class TwoEdits {
  private TwoEdits() {}

  /** The two outputs. */
  record Outputs(Path poi, Path xml) {}

  /**
   * Writes {@code input}'s edits both ways under {@code folder}, asserts that POI and
   * fastexcel-reader see the same workbook in both, and returns both outputs.
   */
  static Outputs agree(Path input, Path folder) throws Exception {
    return agree(input, folder, null);
  }

  /** As {@link #agree(Path, Path)}, with {@code card} (null: the input as read and scored). */
  static Outputs agree(Path input, Path folder, Scorecard card) throws Exception {
    Outputs outputs = write(input, folder, card);
    WorkbookView.assertSameView(outputs.poi(), outputs.xml());
    return outputs;
  }

  static Outputs write(Path input, Path folder, Scorecard given) throws Exception {
    String name = input.getFileName().toString();
    Path poi = folder.resolve("poi").resolve(name);
    Path xml = folder.resolve("xml").resolve(name);
    Files.createDirectories(poi.getParent());
    Files.createDirectories(xml.getParent());
    Scorecard card = given;
    if (card == null) {
      try (OpenedWorkbook opened = WorkbookReader.open(input, Kinds.ALL.readers())) {
        card = Scorer.score(opened.evaluation());
      }
    }
    byte[] original = Files.readAllBytes(input);
    XmlOutput edited = editAsXml(original, card);
    Set<String> changedByPoi = editWithPoi(original, card, poi, edited.recalculated());
    Files.write(xml, edited.bytes());
    assertThat(edited.changed()).as("the sheets each way changes").isEqualTo(changedByPoi);
    assertThat(edited.changed()).as("the sheets changed").isNotEmpty();
    return new Outputs(poi, xml);
  }

  /** Edits and saves with POI; the names of the sheets changed. */
  static Set<String> editWithPoi(
      byte[] original, Scorecard card, Path target, Map<String, Set<CellAddress>> recalculated)
      throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(original))) {
      ChangedSheets changed = new ChangedSheets();
      Styles styles = Styles.reusingExisting(workbook);
      SheetEdits.apply(
          new PoiSheets(workbook, changed), new PoiCellFormats(workbook, styles), card);
      calculate(workbook, recalculated);
      PartPreservingSave.save(workbook, original, changed, target);
      Set<String> names = new TreeSet<>();
      workbook.forEach(
          sheet -> {
            if (changed.contains(sheet)) {
              names.add(sheet.getSheetName());
            }
          });
      return names;
    }
  }

  /**
   * POI's evaluator calculates the formula cells whose cached values the XML edits changed, as the
   * POI save's recalculation does: both ways must give the same value.
   */
  private static void calculate(XSSFWorkbook workbook, Map<String, Set<CellAddress>> cells) {
    FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
    cells.forEach(
        (sheet, refs) ->
            refs.forEach(
                at ->
                    evaluator.evaluateFormulaCell(
                        workbook.getSheet(sheet).getRow(at.getRow()).getCell(at.getColumn()))));
  }

  /**
   * The package with the XML edits, what they gave, the names of the sheets changed, and by sheet
   * the formula cells whose cached values they changed.
   */
  record XmlOutput(
      byte[] bytes,
      XmlSheets.Result result,
      Set<String> changed,
      Map<String, Set<CellAddress>> recalculated) {}

  static XmlOutput editAsXml(byte[] original, Scorecard card) throws IOException {
    try (XSSFWorkbook formats = new XSSFWorkbook(new ByteArrayInputStream(original))) {
      Styles styles = Styles.reusingExisting(formats);
      XmlSheets sheets = sheets(original, sharedStrings(formats));
      SheetEdits.apply(sheets, new PoiCellFormats(formats, styles), card);
      Set<String> changed = new TreeSet<>();
      for (EditedSheet sheet : sheets.all()) {
        if (((XmlSheet) sheet).changed()) {
          changed.add(sheet.name());
        }
      }
      XmlSheets.Result result = sheets.write();
      Path saved = Files.createTempFile("formats", ".xlsx");
      try {
        // Only the workbook part, styles, shared strings and calculation chain come from POI here.
        PartPreservingSave.save(formats, original, new ChangedSheets(), saved);
        byte[] withFormats = Files.readAllBytes(saved);
        Map<String, byte[]> entries = entries(withFormats);
        return new XmlOutput(
            splice(withFormats, result.entries(entries::get)),
            result,
            changed,
            recalculated(sheets, original, result));
      } finally {
        Files.deleteIfExists(saved);
      }
    }
  }

  /** By sheet, the formula cells whose cached value or its type differ after the XML edits. */
  private static Map<String, Set<CellAddress>> recalculated(
      XmlSheets sheets, byte[] original, XmlSheets.Result result) throws IOException {
    Map<String, byte[]> before = entries(original);
    Map<String, Set<CellAddress>> recalculated = new LinkedHashMap<>();
    for (EditedSheet edited : sheets.all()) {
      XmlSheet sheet = (XmlSheet) edited;
      byte[] after = result.parts().get(sheet.partName());
      if (after == null) {
        continue;
      }
      try {
        SheetFormulas was = SheetFormulas.read(before.get(sheet.partName()));
        SheetFormulas is = SheetFormulas.read(after);
        for (CellAddress at : is.formulaCells()) {
          SheetFormulas.Stored now = is.stored(at.getRow(), at.getColumn()).orElseThrow();
          Optional<SheetFormulas.Stored> then = was.stored(at.getRow(), at.getColumn());
          if (then.isPresent()
              && then.get().hasFormula()
              && !(Objects.equals(then.get().cached(), now.cached())
                  && Objects.equals(then.get().type(), now.type()))) {
            recalculated.computeIfAbsent(sheet.name(), n -> new TreeSet<>()).add(at);
          }
        }
      } catch (XMLStreamException e) {
        throw new IOException(e);
      }
    }
    return recalculated;
  }

  static XmlSheets sheets(byte[] xlsx, List<String> sharedStrings) throws IOException {
    Map<String, byte[]> entries = entries(xlsx);
    return XmlSheets.read(entries.keySet(), entries::get, sharedStrings);
  }

  static List<String> sharedStrings(XSSFWorkbook workbook) {
    List<String> texts = new ArrayList<>();
    SharedStringsTable table = workbook.getSharedStringSource();
    if (table != null) {
      for (int i = 0; i < table.getUniqueCount(); i++) {
        texts.add(table.getItemAt(i).getString());
      }
    }
    return texts;
  }

  static Map<String, byte[]> entries(byte[] xlsx) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipFile zip =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx)).get()) {
      for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
        if (!entry.isDirectory()) {
          try (InputStream in = zip.getInputStream(entry)) {
            entries.put(entry.getName(), in.readAllBytes());
          }
        }
      }
    }
    return entries;
  }

  /** {@code xlsx} with {@code replaced} entries written over it and new ones added at the end. */
  static byte[] splice(byte[] xlsx, Map<String, byte[]> replaced) throws IOException {
    Map<String, byte[]> entries = entries(xlsx);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
      Map<String, byte[]> all = new LinkedHashMap<>(entries);
      all.putAll(replaced);
      for (Map.Entry<String, byte[]> entry : all.entrySet()) {
        zip.putArchiveEntry(new ZipArchiveEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeArchiveEntry();
      }
      zip.finish();
    }
    return bytes.toByteArray();
  }

  /** A package of {@code entries}, in their order. */
  static byte[] zipOf(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        zip.putArchiveEntry(new ZipArchiveEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeArchiveEntry();
      }
      zip.finish();
    }
    return bytes.toByteArray();
  }

  static Optional<byte[]> part(Path xlsx, String name) throws IOException {
    return Optional.ofNullable(entries(Files.readAllBytes(xlsx)).get(name));
  }
}
