package org.scorebook.partsave;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.model.SheetNames;
import org.scorebook.testing.TestWorkbooks;
import org.scorebook.testing.ZipPackage;

/**
 * A sheet's link to a web page, an external relationship of its part, survives the part-by-part
 * save, beside the comments relationship the save adds, each with an id of its own.
 */
class ExternalLinkSaveTest {
  private static final String ADDRESS = "https://www.mof.gov.cn/";

  @TempDir Path folder;

  @Test
  void aLinkToAWebPageKeepsItsRelationshipBesideTheNewComments() throws Exception {
    Path input =
        TestWorkbooks.evaluation()
            .indicator("A", "决策", 100)
            .leaf("A1", "立项", 60)
            .manual(55)
            .reason("扣 5 分")
            .leaf("A2", "执行", 40)
            .formula("未知参数*2")
            .edit(ExternalLinkSaveTest::link)
            .saveTo(Files.createDirectories(folder.resolve("in")).resolve("链接.xlsx"));
    ZipPackage before = ZipPackage.read(input);
    String part = before.sheetPart(SheetNames.INDICATORS);
    assertThat(before.targets(part, "comments")).isEmpty();

    Path parts = ThreeSaves.agree(input, folder.resolve("out"), true);

    List<ZipPackage.Relationship> related = ZipPackage.read(parts).relationships(part);
    assertThat(related)
        .filteredOn(ZipPackage.Relationship::external)
        .singleElement()
        .satisfies(r -> assertThat(r.target()).isEqualTo(ADDRESS));
    assertThat(related).anySatisfy(r -> assertThat(r.is("comments")).isTrue());
    assertThat(related.stream().map(ZipPackage.Relationship::id).distinct().count())
        .isEqualTo(related.size());
    try (XSSFWorkbook saved = new XSSFWorkbook(parts.toFile())) {
      Hyperlink link = saved.getSheet(SheetNames.INDICATORS).getHyperlink(0, 0);
      assertThat(link.getAddress()).isEqualTo(ADDRESS);
    }
  }

  private static void link(XSSFWorkbook workbook) {
    XSSFSheet sheet = workbook.getSheet(SheetNames.INDICATORS);
    XSSFHyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.URL);
    link.setAddress(ADDRESS);
    sheet.getRow(0).getCell(0).setHyperlink(link);
  }
}
