package org.scorebook.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.testing.RichWorkbooks;
import org.scorebook.testing.ZipPackage;

/**
 * The panel's workbook is the first copy with the combined scores typed in: its charts, pictures,
 * table and the sheets the panel does not write keep the bytes the first copy had.
 */
class PanelKeepsUntouchedPartsTest {
  @TempDir Path folder;

  @Test
  void chartsPicturesAndOtherSheetsOfTheFirstCopyKeepTheirBytes() {
    List<Path> copies = new ArrayList<>();
    for (String expert : List.of("张三", "李四", "王五")) {
      copies.add(
          RichWorkbooks.evaluation()
              .project("评价人", expert)
              .saveTo(folder.resolve(expert + ".xlsx")));
    }

    PanelOutcome outcome = Panel.combine(copies, folder.resolve("合议.xlsx"), PanelRule.DEFAULT);

    assertThat(outcome).isInstanceOf(PanelOutcome.Combined.class);
    ZipPackage first = ZipPackage.read(copies.get(0));
    ZipPackage combined = ZipPackage.read(folder.resolve("合议.xlsx"));
    List<String> untouched = new ArrayList<>();
    untouched.add(first.sheetPart(RichWorkbooks.DATA));
    untouched.add(first.sheetPart(RichWorkbooks.CHARTS));
    first.names().stream()
        .filter(
            name ->
                name.startsWith("xl/charts/")
                    || name.startsWith("xl/drawings/drawing")
                    || name.startsWith("xl/media/")
                    || name.startsWith("xl/tables/"))
        .forEach(untouched::add);
    assertThat(untouched).hasSizeGreaterThan(5);
    for (String name : untouched) {
      assertThat(combined.entry(name))
          .as(name)
          .hasValueSatisfying(
              entry -> assertThat(entry.raw()).isEqualTo(first.entry(name).orElseThrow().raw()));
    }
  }
}
