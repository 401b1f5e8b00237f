package org.scorebook.partsave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scorebook.testing.WorkbookView;
import org.scorebook.write.SampleWorkbook;
import org.scorebook.write.WriteCorpus;

/**
 * One run's edits of the existing sheets, two ways of applying them: into the workbook loaded into
 * POI, and into the worksheet parts' XML without POI. POI and fastexcel-reader must see the same
 * workbook either way, cell by cell (value, type, resolved style), comment by comment, row height
 * by row height and column width by column width; and so again when the XML way's output is
 * processed a second time, as users reprocess results.
 */
class SheetEditsAgreeTest {

  @TempDir Path folder;

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void bothWaysShowTheSameWorkbook(String name, WriteCorpus.Maker maker) throws Exception {
    Path input = maker.make(Files.createDirectories(folder.resolve("input")).resolve(name));
    if (WriteCorpus.FORMULAS_IN_RESULT_CELLS.contains(name)) {
      assertThatThrownBy(() -> TwoEdits.write(input, folder.resolve("first"), null))
          .as("only POI calculates whether a formula under a result may stay")
          .isInstanceOf(StreamingSave.Declined.class);
      return;
    }

    TwoEdits.Outputs first = TwoEdits.agree(input, folder.resolve("first"));
    TwoEdits.agree(first.xml(), folder.resolve("again"));
  }

  static Stream<Arguments> corpus() {
    return WriteCorpus.all();
  }

  @Test
  void aReviewersCommentKeepsItsTextWhenScorebooksPartComesAndGoes() throws Exception {
    Path input = WriteCorpus.reviewed(folder.resolve("审阅意见.xlsx"));

    TwoEdits.Outputs first = TwoEdits.agree(input, folder.resolve("first"));
    TwoEdits.Outputs fixed =
        TwoEdits.agree(
            first.xml(), folder.resolve("fixed"), SampleWorkbook.card().withoutMessages().build());

    WorkbookView once = WorkbookView.of(first.xml());
    assertThat(once.get("指标评分!D7", "comment.author")).isEqualTo(WriteCorpus.REVIEWER);
    assertThat(once.get("指标评分!D7", "comment.text")).startsWith(WriteCorpus.REVIEW + "\n");
    assertThat(once.get("指标评分!D7", "comment.text")).contains("预算全额");
    WorkbookView after = WorkbookView.of(fixed.xml());
    assertThat(after.get("指标评分!D7", "comment.author")).isEqualTo(WriteCorpus.REVIEWER);
    assertThat(after.get("指标评分!D7", "comment.text")).isEqualTo(WriteCorpus.REVIEW);
  }
}
