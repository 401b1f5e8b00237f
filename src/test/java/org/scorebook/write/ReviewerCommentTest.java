package org.scorebook.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorebook.write.SampleWorkbook.INDICATORS;
import static org.scorebook.write.SampleWorkbook.VERSION;
import static org.scorebook.write.SampleWorkbook.WRITTEN_AT;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scorebook.model.Scorecard;
import org.scorebook.save.WorkbookWriter;

/** A reviewer's comment on a cell at fault keeps its text; Scorebook's messages go below it. */
class ReviewerCommentTest {
  private static final String REVIEWER = "张三";
  private static final String REVIEW = "张三：请核实";
  private static final String ERROR = "错误：第 17 个字符：未知名称「预算全额」，是否是「预算金额」？";

  /** The formula cell of B1.1, which {@code withError()} marks. */
  private static final int ROW = 6;

  private static final int COLUMN = 3;

  @TempDir Path folder;

  @ParameterizedTest
  @ValueSource(strings = {"out.xlsx", "out.xls"})
  void anErrorOnAReviewedCellAddsScorebooksMessagesBelowTheReview(String name) throws IOException {
    Path output = firstRun(name);

    try (Workbook workbook = open(output)) {
      Comment comment = commentOf(workbook);
      assertThat(comment.getAuthor()).isEqualTo(REVIEWER);
      assertThat(comment.getString().getString()).startsWith(REVIEW + "\n").endsWith("\n" + ERROR);
      assertThat(workbook.getSheet(INDICATORS).getCellComments()).hasSize(2);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"out.xlsx", "out.xls"})
  void processingAgainWithTheErrorShowsScorebooksPartOnce(String name) throws IOException {
    Path output = firstRun(name);
    again(output, SampleWorkbook.card().withError().build());
    again(output, SampleWorkbook.card().withError().build());

    try (Workbook workbook = open(output)) {
      String text = commentOf(workbook).getString().getString();
      assertThat(text).startsWith(REVIEW + "\n").endsWith("\n" + ERROR);
      assertThat(text.split(ERROR, -1)).hasSize(2);
      assertThat(text.split(REVIEW, -1)).hasSize(2);
      assertThat(text.lines()).hasSize(3);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"out.xlsx", "out.xls"})
  void onceFixedTheReviewerKeepsOnlyTheirOwnText(String name) throws IOException {
    Path output = firstRun(name);
    again(output, SampleWorkbook.card().withoutMessages().build());

    try (Workbook workbook = open(output)) {
      Comment comment = commentOf(workbook);
      assertThat(comment.getAuthor()).isEqualTo(REVIEWER);
      assertThat(comment.getString().getString()).isEqualTo(REVIEW);
      Cell cell = workbook.getSheet(INDICATORS).getRow(ROW).getCell(COLUMN);
      assertThat(cell.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"out.xlsx", "out.xls"})
  void aReviewOnTheNeighbourToTheRightKeepsItsPlaceBesideScorebooksComment(String name)
      throws IOException {
    Path output = folder.resolve(name);
    try (Workbook workbook = name.endsWith(".xls") ? SampleWorkbook.xls() : SampleWorkbook.xlsx()) {
      Sheet sheet = workbook.getSheet(INDICATORS);
      Cell neighbour = sheet.getRow(ROW).createCell(COLUMN + 1);
      ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
      anchor.setCol1(COLUMN + 1);
      anchor.setCol2(COLUMN + 3);
      anchor.setRow1(ROW);
      anchor.setRow2(ROW + 2);
      Comment review = sheet.createDrawingPatriarch().createCellComment(anchor);
      review.setString(workbook.getCreationHelper().createRichTextString(REVIEW));
      review.setAuthor(REVIEWER);
      neighbour.setCellComment(review);

      WorkbookWriter.write(
          workbook, SampleWorkbook.card().withError().build(), output, VERSION, WRITTEN_AT);
    }

    try (Workbook workbook = open(output)) {
      Sheet sheet = workbook.getSheet(INDICATORS);
      assertThat(sheet.getRow(ROW).getCell(COLUMN + 1).getCellComment().getString().getString())
          .isEqualTo(REVIEW);
      assertThat(commentOf(workbook).getString().getString()).endsWith(ERROR);
    }
  }

  /**
   * The sample, with the reviewer's comment on B1.1's formula cell, processed once with an error
   * there.
   */
  private Path firstRun(String name) throws IOException {
    Path output = folder.resolve(name);
    try (Workbook workbook = name.endsWith(".xls") ? SampleWorkbook.xls() : SampleWorkbook.xlsx()) {
      Sheet sheet = workbook.getSheet(INDICATORS);
      Cell cell = sheet.getRow(ROW).createCell(COLUMN);
      Drawing<?> drawing = sheet.createDrawingPatriarch();
      ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
      anchor.setCol1(COLUMN + 1);
      anchor.setCol2(COLUMN + 3);
      anchor.setRow1(ROW);
      anchor.setRow2(ROW + 2);
      Comment review = drawing.createCellComment(anchor);
      review.setString(workbook.getCreationHelper().createRichTextString(REVIEW));
      review.setAuthor(REVIEWER);
      cell.setCellComment(review);
      WorkbookWriter.write(
          workbook, SampleWorkbook.card().withError().build(), output, VERSION, WRITTEN_AT);
    }
    return output;
  }

  private static void again(Path output, Scorecard card) throws IOException {
    try (Workbook workbook = open(output)) {
      WorkbookWriter.write(workbook, card, output, VERSION, WRITTEN_AT);
    }
  }

  private static Comment commentOf(Workbook workbook) {
    return workbook.getSheet(INDICATORS).getRow(ROW).getCell(COLUMN).getCellComment();
  }

  private static Workbook open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return WorkbookFactory.create(in);
    }
  }
}
