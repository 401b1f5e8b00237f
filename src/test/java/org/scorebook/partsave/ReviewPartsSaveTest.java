package org.scorebook.partsave;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorebook.kinds.review.ReviewWorkbooks;
import org.scorebook.model.Scorecard;
import org.scorebook.read.OpenedWorkbook;
import org.scorebook.read.WorkbookReader;
import org.scorebook.save.WorkbookWriter;
import org.scorebook.testing.PackageIntegrity;
import org.scorebook.testing.WorkbookView;

/**
 * A review writes no results for the workbook's formulas to read, so the part-by-part save takes
 * it, and an independent reader sees what POI's save gives: the review summary, the marks.
 */
class ReviewPartsSaveTest {
  private static final ZonedDateTime AT =
      ZonedDateTime.of(2026, 12, 2, 9, 30, 0, 0, ZoneId.of("Asia/Shanghai"));

  @TempDir Path dir;

  @Test
  void oneReviewedProjectIsSavedPartByPartAsPoiSavesIt() throws Exception {
    bothSavesAgree("甲.xlsx", ReviewWorkbooks::withErrors);
  }

  @Test
  void twoReviewedProjectsAreSavedPartByPartAsPoiSavesThem() throws Exception {
    bothSavesAgree("两个.xlsx", ReviewWorkbooks::withErrors, ReviewWorkbooks::passed);
  }

  @SafeVarargs
  private void bothSavesAgree(String name, Consumer<XSSFWorkbook>... projects) throws Exception {
    Path input = ReviewWorkbooks.save(dir.resolve(name), projects);
    Path whole = Files.createDirectories(dir.resolve("whole")).resolve(name);
    Path parts = Files.createDirectories(dir.resolve("parts")).resolve(name);
    try (OpenedWorkbook opened = WorkbookReader.open(input, ReviewWorkbooks.KINDS.readers())) {
      List<Scorecard> cards = scored(opened);
      WorkbookWriter.write(opened.workbook(), Optional.empty(), cards, whole, "test", AT);
    }
    try (OpenedWorkbook opened = WorkbookReader.load(input, ReviewWorkbooks.KINDS.readers())) {
      StreamingSave.Prepared prepared =
          StreamingSave.prepare(opened.original().orElseThrow(), scored(opened), "test", AT);
      assertThat(prepared).isInstanceOf(StreamingSave.Ready.class);
      ((StreamingSave.Ready) prepared).writeTo(parts);
    }
    WorkbookView.assertSameView(whole, parts);
    PackageIntegrity.assertNoNewProblems(input, parts);
  }

  private static List<Scorecard> scored(OpenedWorkbook opened) {
    List<Scorecard> cards =
        opened.evaluations().stream().map(ReviewWorkbooks.KINDS::score).toList();
    assertThat(cards).allMatch(Scorecard::isReview);
    return cards;
  }
}
