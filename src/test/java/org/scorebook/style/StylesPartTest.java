package org.scorebook.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scorebook.testing.TestWorkbooks;

/**
 * {@link StylesPart} gives the cell formats POI's {@link Styles} gives, for every look the product
 * writes and every variant it derives, starting from real styles parts: the shipped samples (one
 * written by openpyxl, the others by POI) and a template POI wrote.
 */
class StylesPartTest {
  @TempDir Path scratch;

  static Stream<Path> samples() {
    return Stream.of(
        Path.of("samples", "2016年上海市行政审批标准化管理系统运维项目绩效自评表.xlsx"),
        Path.of("samples", "2017年合作交流综合信息服务平台建设运维项目.xlsx"),
        Path.of("samples", "2018年上海市政府驻外办事处视频会议（运维）项目.xlsx"),
        Path.of("samples", "带错误示例.xlsx"));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everyLookAndVariantReadsAsPoisOnASample(Path sample) throws Exception {
    byte[] xlsx = XlsxStyles.read(sample);
    int formats = XlsxStyles.everyFormat(xlsx).size();

    AgainstPoi.check(xlsx, AgainstPoi.everything(formats, formats), scratch);
  }

  @Test
  void everyLookAndVariantReadsAsPoisOnATemplatePoiWrote() throws Exception {
    byte[] xlsx = TestWorkbooks.evaluation().bytes();
    int formats = XlsxStyles.everyFormat(xlsx).size();

    AgainstPoi.check(xlsx, AgainstPoi.everything(formats, formats), scratch);
  }

  @Test
  void aPartLeftAloneComesBackAsItsOwnBytes() throws Exception {
    for (Path sample : samples().toList()) {
      byte[] styles = XlsxStyles.styles(XlsxStyles.read(sample), scratch);
      StylesPart part = StylesPart.read(styles);

      assertThat(part.changed()).isFalse();
      assertThat(part.toXml()).isEqualTo(styles);
    }
  }

  @Test
  void askingTwiceGivesTheSameFormatAndAppendsNothingMore() throws Exception {
    byte[] styles = XlsxStyles.styles(XlsxStyles.read(samples().toList().get(1)), scratch);
    StylesPart part = StylesPart.read(styles);
    List<Look> looks = ProductLooks.all();
    List<Integer> first = looks.stream().map(part::of).toList();
    byte[] once = part.toXml();

    List<Integer> again = looks.stream().map(part::of).toList();
    StylesPart reread = StylesPart.read(once);
    List<Integer> fromOutput = looks.stream().map(reread::of).toList();

    assertThat(again).isEqualTo(first);
    assertThat(part.toXml()).isEqualTo(once);
    assertThat(fromOutput).isEqualTo(first);
    assertThat(reread.changed()).isFalse();
  }
}
