package org.scorebook.write;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scorebook.model.Evaluation;
import org.scorebook.model.Scorecard;
import org.scorebook.model.ScoredIndicator;
import org.scorebook.write.ScoreSheetNotes.MessageColumns;
import org.scorebook.write.ScoreSheetTables.FormColumns;
import org.scorebook.write.ScoreSheetTables.LevelOneColumns;

/**
 * What differs between the score sheets of the kinds of workbook: the columns of the grid, the
 * sections between the heading and the footer, the orientation of the printed page and the status
 * line's text. The heading, the footer, the print setup and every building block (the grid, {@link
 * ScoreSheetTables}, {@link ScoreSheetNotes}) are shared; a new kind adds a layout here.
 */
interface ScoreSheetLayout {
  /** Widths of the grid's columns, in characters; their number is the grid's. */
  int[] widths(Scorecard card);

  /**
   * Writes the numbered sections below the heading.
   *
   * @return the index of the header row to repeat on every printed page
   */
  int sections(
      Scorecard card, ScoreSheetSections sections, ScoreSheetTables tables, ScoreSheetNotes notes);

  /** Whether the sheet prints on landscape A4 (portrait otherwise). */
  boolean landscape();

  /** The key of the status line shown when there are errors, naming where to correct them. */
  String blockedKey();

  /** A printed form's layout for an evaluation read from one, the template's otherwise. */
  static ScoreSheetLayout of(Evaluation evaluation) {
    return evaluation.printedForm().isPresent() ? PRINTED_FORM : CONTRACT_V1;
  }

  /**
   * Contract v1: the project, the level-one table, the findings (when any), the messages, the tree
   * (last, so that its header, repeated on printed pages, only heads pages of the tree).
   */
  ScoreSheetLayout CONTRACT_V1 =
      new ScoreSheetLayout() {
        @Override
        public int[] widths(Scorecard card) {
          return ScoreSheetWidths.of(card);
        }

        @Override
        public int sections(
            Scorecard card,
            ScoreSheetSections sections,
            ScoreSheetTables tables,
            ScoreSheetNotes notes) {
          sections.start("scoresheet.section.project");
          notes.project();
          sections.start("scoresheet.section.levelOne");
          tables.levelOne();
          if (notes.hasFindings()) {
            sections.start("scoresheet.section.findings");
            notes.findings();
          }
          sections.start("scoresheet.section.messages");
          notes.messages();
          sections.start("scoresheet.section.tree");
          return tables.tree();
        }

        @Override
        public boolean landscape() {
          return false;
        }

        @Override
        public String blockedKey() {
          return "scoresheet.status.blocked";
        }
      };

  /**
   * The self-evaluation form (项目支出绩效自评表), in the form's own order and columns: the project, the
   * funds, the overall goal, the level-one table, the messages, then every indicator with its
   * 年度指标值, 实际完成值 and 偏差原因.
   */
  ScoreSheetLayout PRINTED_FORM =
      new ScoreSheetLayout() {
        /** 序号 | 内容 over 二级 to 实际完成值 | 类型 | 位置 over 分值 and 得分 | 指标 over the rest. */
        private static final MessageColumns MESSAGES =
            new MessageColumns(
                List.of(
                    FormColumns.FIRST,
                    FormColumns.SECOND,
                    FormColumns.FULL,
                    FormColumns.SCORE,
                    FormColumns.REASON));

        @Override
        public int[] widths(Scorecard card) {
          return ScoreSheetWidths.form(card);
        }

        @Override
        public int sections(
            Scorecard card,
            ScoreSheetSections sections,
            ScoreSheetTables tables,
            ScoreSheetNotes notes) {
          sections.start("scoresheet.section.project");
          notes.project(ScoreSheetNotes.FORM_FACTS);
          card.evaluation()
              .printedForm()
              .ifPresent(
                  form -> {
                    sections.start("scoresheet.form.section.funds");
                    tables.funds(form);
                    sections.start("scoresheet.form.section.goal");
                    notes.goal(form, FormColumns.ACTUAL);
                  });
          sections.start("scoresheet.section.levelOne");
          tables.levelOne(LevelOneColumns.FORM);
          sections.start("scoresheet.section.messages");
          Map<String, String> names = new HashMap<>();
          for (ScoredIndicator indicator : card.indicators()) {
            names.putIfAbsent(indicator.code(), indicator.name());
          }
          // The form has no codes: a message names its indicator as the form does.
          notes.messages(MESSAGES, code -> names.getOrDefault(code, code));
          sections.start("scoresheet.section.tree");
          return tables.formTree();
        }

        @Override
        public boolean landscape() {
          return true;
        }

        @Override
        public String blockedKey() {
          return "scoresheet.form.status.blocked";
        }
      };
}
