package org.scorebook.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The package check the save tests rely on finds each problem it looks for. */
class PackageIntegrityTest {
  private static final Path SAMPLE = Path.of("samples/2017年合作交流综合信息服务平台建设运维项目.xlsx");

  @TempDir Path folder;

  @Test
  void aSampleHasNoProblems() {
    assertThat(PackageIntegrity.problems(ZipPackage.read(SAMPLE))).isEmpty();
  }

  @Test
  void aMissingTargetAPartWithoutContentTypeAndATypeGivenTwiceAreFound() throws Exception {
    PackageEntries entries = PackageEntries.of(Files.readAllBytes(SAMPLE));
    entries.parts.remove("xl/styles.xml");
    entries.parts.put("xl/extra.bin", new byte[] {1});
    entries.edit(
        "[Content_Types].xml",
        xml ->
            xml.replace(
                "</Types>",
                "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/xml\"/></Types>"));
    Path broken = Files.write(folder.resolve("broken.xlsx"), entries.zip());

    assertThat(PackageIntegrity.problems(ZipPackage.read(broken)))
        .anyMatch(problem -> problem.contains("missing xl/styles.xml"))
        .contains("no content type: xl/extra.bin")
        .contains("content type given twice: xl/workbook.xml");
  }
}
