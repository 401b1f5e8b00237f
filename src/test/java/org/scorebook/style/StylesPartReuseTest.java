package org.scorebook.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scorebook.Scorebook;
import org.scorebook.style.AgainstPoi.Request;

/**
 * A workbook Scorebook already processed has the formats a run asks for: the XML path finds each
 * one POI's {@link Styles#reusingExisting} finds, the same one, and appends nothing for it, not
 * even a differential format for the conditional formatting Scorebook wrote.
 */
class StylesPartReuseTest {
  @TempDir Path scratch;

  static List<Path> contracts() {
    return List.of(
        Path.of("samples", "2017年合作交流综合信息服务平台建设运维项目.xlsx"),
        Path.of("samples", "2018年上海市政府驻外办事处视频会议（运维）项目.xlsx"),
        Path.of("samples", "2016年上海市行政审批标准化管理系统运维项目绩效自评表.xlsx"));
  }

  private byte[] processed(Path sample) throws Exception {
    Path output = scratch.resolve("processed-" + sample.getFileName());
    Scorebook.process(sample, output);
    assertThat(output).exists();
    return Files.readAllBytes(output);
  }

  /**
   * On a workbook POI wrote (the 2017 and 2018 samples, and every processed output), the XML path
   * reuses exactly what POI reuses. The 2016 sample was written by openpyxl, whose cell formats
   * carry borders without {@code applyBorder}: POI reads no border there, and takes them for
   * formats without one (a look without a border gets a format Excel shows with borders; taking a
   * fill off a bordered cell gives a format without its border), where the XML path keeps the two
   * apart. That is the only way it may differ: one of the two formats has a border POI does not
   * read, the other not.
   */
  @ParameterizedTest
  @MethodSource("contracts")
  void whatPoiFindsInAProcessedWorkbookIsFoundTheSameAndNothingIsAppended(Path sample)
      throws Exception {
    byte[] output = processed(sample);
    byte[] styles = XlsxStyles.styles(output, scratch);
    int formats = XlsxStyles.everyFormat(output).size();
    List<Request> requests = AgainstPoi.everything(formats, formats);
    boolean poiWroteTheSample = !sample.getFileName().toString().startsWith("2016");

    StylesPart part = StylesPart.read(styles);
    SoftAssertions softly = new SoftAssertions();
    List<Request> reusedByPoi = new ArrayList<>();
    List<Request> differing = new ArrayList<>();
    List<int[]> pairs = new ArrayList<>();
    for (Request request : requests) {
      try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(output))) {
        int before = workbook.getNumCellStyles();
        CellStyle poi = request.ask(Styles.reusingExisting(workbook), workbook);
        if (workbook.getNumCellStyles() == before) {
          reusedByPoi.add(request);
          int ours = request.ask(part);
          if (ours != poi.getIndex()) {
            differing.add(request);
            pairs.add(new int[] {poi.getIndex(), ours});
          }
        }
      }
    }
    byte[] written = part.toXml();
    for (int i = 0; i < differing.size(); i++) {
      int[] pair = pairs.get(i);
      softly
          .assertThat(
              XlsxStyles.hasUnappliedBorder(written, pair[0])
                  != XlsxStyles.hasUnappliedBorder(written, pair[1]))
          .as("%s: POI reuses %d, the XML path %d", differing.get(i), pair[0], pair[1])
          .isTrue();
    }
    softly.assertAll();

    if (poiWroteTheSample) {
      assertThat(differing).isEmpty();
    }
    if (differing.isEmpty()) {
      assertThat(part.changed()).as("appended for what POI found").isFalse();
      assertThat(part.toXml()).isEqualTo(styles);
    }
    // The score sheet's looks at least are all there: the check finds something to find.
    assertThat(reusedByPoi)
        .contains(
            ProductLooks.declared().stream()
                .filter(look -> look.fill() == Fill.HEADER)
                .map(AgainstPoi.OfLook::new)
                .findFirst()
                .orElseThrow())
        .hasSizeGreaterThan(20);
  }

  @ParameterizedTest
  @MethodSource("contracts")
  void theFillsOfScorebooksConditionalFormattingAreThereAfterARun(Path sample) throws Exception {
    byte[] styles = XlsxStyles.styles(processed(sample), scratch);
    StylesPart part = StylesPart.read(styles);

    part.differentialFill(Fill.ERROR);
    part.differentialFill(Fill.WARNING);

    assertThat(part.changed()).isFalse();
    assertThat(part.toXml()).isEqualTo(styles);
  }

  @Test
  void aProcessedOutputGivesTheSameCellFormatsAsPoiForEverythingElse() throws Exception {
    byte[] output = processed(contracts().get(0));
    int formats = XlsxStyles.everyFormat(output).size();

    AgainstPoi.check(output, AgainstPoi.everything(formats, formats), scratch);
  }
}
