package org.scorebook.report;

import org.scorebook.model.Scorecard;
import org.scorebook.model.Text;

/**
 * What a report says differently for each kind of workbook: its title and grade label, how it names
 * indicators, where its placeholders send the reader, and the kind's own paragraphs and tables in
 * 项目概况. The kind supplies its sections; {@link #STANDARD} are those of a workbook that keeps codes
 * and its own 评价结论 (the template's).
 */
public interface ReportSections {

  /** The cover's title. */
  String title();

  /** What the total sentence calls the grade (财政支出绩效评价等级). */
  String gradeLabel();

  /**
   * Whether indicators are named by code and name, and a level-one name without 指标 becomes 「…类指标」;
   * otherwise they are named as the workbook writes them.
   */
  boolean namesByCode();

  /** The text of the placeholder with message key {@code key}, said for this kind. */
  String placeholder(String key);

  /** Writes the kind's own paragraphs after 项目背景's placeholder; none by default. */
  default void background(Scorecard card, ReportDocument doc) {}

  /** Writes the kind's own tables after the funds sentence; none by default. */
  default void funds(Scorecard card, ReportDocument doc) {}

  /** The sections of a workbook with codes and its own 评价结论. */
  ReportSections STANDARD =
      new ReportSections() {
        @Override
        public String title() {
          return Text.get("report.title.contract");
        }

        @Override
        public String gradeLabel() {
          return Text.get("report.sentence.gradeLabel.contract");
        }

        @Override
        public boolean namesByCode() {
          return true;
        }

        @Override
        public String placeholder(String key) {
          return Text.get(key);
        }
      };
}
