package org.scorebook.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.scorebook.kinds.Kinds;
import org.scorebook.model.Evaluation;
import org.scorebook.model.IndicatorColumn;
import org.scorebook.read.UnreadableWorkbookException;
import org.scorebook.read.WorkbookReader;
import org.scorebook.template.TemplateContent;
import org.scorebook.template.TemplateContent.Field;
import org.scorebook.template.TemplateContent.Grade;
import org.scorebook.template.TemplateContent.Indicator;
import org.scorebook.template.TemplateContent.Input;
import org.scorebook.template.TemplateContent.Parameter;
import org.scorebook.template.TemplateWriter;

/**
 * Contract workbooks built in code for tests, in a few lines:
 *
 * <pre>{@code
 * XSSFWorkbook workbook = TestWorkbooks.evaluation()
 *     .project("项目名称", "X").project("预算金额", 10).project("实际支出", 9.5)
 *     .param("满意度", 0.9)
 *     .indicator("A", "决策", 100)
 *     .leaf("A1", "满意度", 60).formula("分值 * 满意度")
 *     .leaf("A2", "预算执行率", 40).manual("三十").reason("…")
 *     .build();
 * }</pre>
 *
 * <p>The same builder gives the workbook ({@link Builder#build}, or {@link Builder#buildXls} in the
 * old .xls format), its bytes ({@link Builder#bytes}), a file ({@link Builder#saveTo}) or the model
 * {@link Evaluation} the reader makes of it ({@link Builder#read}); {@link EvaluationBuilder} is a
 * shorthand over it for tests of the rules and the scorer.
 *
 * <p>Everything goes through {@link TemplateContent} and {@link TemplateWriter}, so the workbook
 * looks like the shipped template. Values are {@code Object}s: a {@link String} is written as text
 * (also where a number belongs), a {@link Number} as a number, {@code null} as a blank cell, {@link
 * #formulaCell} as an Excel formula and {@link #percent} as a number shown as a percentage. For
 * what the template never makes, {@link Builder#row}, {@link Builder#cell}, {@link Builder#sheet},
 * {@link Builder#withoutSheet}, {@link Builder#renameSheet}, {@link Builder#indicatorHeaderAt},
 * {@link Builder#withoutOutputColumns} and {@link Builder#edit} change the built workbook directly.
 */
public final class TestWorkbooks {
  /** The file name {@link Builder#read} gives the evaluation. */
  public static final String SOURCE = "测试.xlsx";

  private TestWorkbooks() {}

  /**
   * A workbook with every sheet and header, blank project facts, no parameters and no indicators.
   */
  public static Builder evaluation() {
    return new Builder(TemplateContent.empty());
  }

  /** The blank template's content, to change. */
  public static Builder template() {
    return new Builder(TemplateContent.example());
  }

  /** Starting from any content, such as a shipped sample's. */
  public static Builder from(TemplateContent content) {
    return new Builder(content);
  }

  /** An Excel formula cell, such as {@code formulaCell("=B2*2")}; it has no cached value. */
  public static Input formulaCell(String formula) {
    return TemplateContent.excel(formula);
  }

  /** A number shown as a percentage: {@code percent(0.85)} shows 85.00%. */
  public static Input percent(double fraction) {
    return TemplateContent.pct(fraction);
  }

  /** A fluent builder; methods after {@link #indicator} or {@link #leaf} change that row. */
  public static final class Builder {
    private final List<Field> project;
    private final List<Parameter> parameters;
    private final List<Indicator> indicators;
    private List<Grade> grades;
    private final List<Field> findings;
    private final List<Consumer<Workbook>> edits = new ArrayList<>();

    private Builder(TemplateContent content) {
      project = new ArrayList<>(content.project());
      parameters = new ArrayList<>(content.parameters());
      indicators = new ArrayList<>(content.indicators());
      grades = new ArrayList<>(content.grades());
      findings = new ArrayList<>(content.findings());
    }

    // 项目信息 and 评价结论

    /**
     * Sets the value of a 项目信息 label; {@code 预算金额} also finds {@code 预算金额（万元）}, and a label with
     * another unit, such as {@code 预算金额（元）}, replaces it, label and all. A label the template does
     * not have is added at the end.
     */
    public Builder project(String label, Object value) {
      put(project, label, value);
      return this;
    }

    /** Sets a 评价结论 value (主要绩效, 存在问题, 整改建议, 整改情况 or any other label). */
    public Builder finding(String label, Object value) {
      put(findings, label, value);
      return this;
    }

    private static void put(List<Field> fields, String label, Object value) {
      for (int i = 0; i < fields.size(); i++) {
        String existing = fields.get(i).label();
        if (existing.equals(label) || existing.equals(label + TemplateContent.MONEY_UNIT)) {
          fields.set(i, new Field(existing, TemplateContent.of(value)));
          return;
        }
        if (!withoutUnit(label).equals(label) && withoutUnit(existing).equals(withoutUnit(label))) {
          fields.set(i, new Field(label, TemplateContent.of(value)));
          return;
        }
      }
      fields.add(new Field(label, TemplateContent.of(value)));
    }

    private static String withoutUnit(String label) {
      return label.replaceFirst("[(（][^()（）]*[)）]$", "");
    }

    // 评分参数

    public Builder param(String name, Object value) {
      return param(name, value, "", "");
    }

    public Builder param(String name, Object value, String unit, String note) {
      parameters.add(new Parameter(name, TemplateContent.of(value), unit, note));
      return this;
    }

    /** Leaves 评分参数 with its header only. */
    public Builder noParams() {
      parameters.clear();
      return this;
    }

    // 指标评分

    /**
     * Adds a row with a code, a name and a full score ({@code null} for blank, text, or a number).
     */
    public Builder indicator(String code, String name, Object full) {
      indicators.add(Indicator.of(code, name, TemplateContent.of(full)));
      return this;
    }

    /** Same as {@link #indicator}; reads better for a row that is scored. */
    public Builder leaf(String code, String name, Object full) {
      return indicator(code, name, full);
    }

    /**
     * A row with values in the template's column order (编码, 名称, 分值, 公式, 目标值, 实际值, 人工得分, 说明, 得分).
     */
    public Builder indicatorRow(Object... values) {
      Object[] v = Arrays.copyOf(values, 9);
      indicators.add(
          new Indicator(
              str(v[0]),
              str(v[1]),
              TemplateContent.of(v[2]),
              str(v[3]),
              TemplateContent.of(v[4]),
              TemplateContent.of(v[5]),
              TemplateContent.of(v[6]),
              str(v[7]),
              TemplateContent.of(v[8])));
      return this;
    }

    public Builder formula(String formula) {
      return change(last().withFormula(formula));
    }

    public Builder target(Object target) {
      return change(last().withTarget(TemplateContent.of(target)));
    }

    public Builder actual(Object actual) {
      return change(last().withActual(TemplateContent.of(actual)));
    }

    public Builder manual(Object manual) {
      return change(last().withManual(TemplateContent.of(manual)));
    }

    public Builder reason(String reason) {
      return change(last().withReason(reason));
    }

    /**
     * An Excel formula cell ({@code C11*0.95}, no leading =) in the row's 评分公式, in .xlsx and .xls
     * alike; it has no saved result unless {@link #formulaResultsSaved} follows.
     */
    public Builder excelScoringFormula(String formula) {
      String code = last().code();
      return change(
          workbook -> {
            Sheet sheet = workbook.getSheet(TemplateWriter.INDICATOR_SHEET);
            int column = TemplateWriter.INDICATOR_COLUMNS.indexOf(IndicatorColumn.FORMULA);
            for (Row row : sheet) {
              Cell first = row.getCell(0);
              if (first != null && code.equals(first.toString())) {
                row.createCell(column).setCellFormula(formula);
                return;
              }
            }
            throw new IllegalStateException("no row " + code);
          });
    }

    /** A value typed into 得分 (which the processor replaces). */
    public Builder score(Object score) {
      return change(last().withScore(TemplateContent.of(score)));
    }

    /** Leaves 指标评分 with its header only. */
    public Builder noIndicators() {
      indicators.clear();
      return this;
    }

    private Indicator last() {
      if (indicators.isEmpty()) {
        throw new IllegalStateException("call indicator(...) or leaf(...) first");
      }
      return indicators.get(indicators.size() - 1);
    }

    private Builder change(Indicator row) {
      indicators.set(indicators.size() - 1, row);
      return this;
    }

    private static String str(Object value) {
      return value == null ? "" : value.toString();
    }

    // 等级标准

    /**
     * Replaces the bands: {@code grades("优秀", 90, "合格", 60, "不合格", 0)}; minimums may be any value.
     */
    public Builder grades(Object... nameMinimumPairs) {
      if (nameMinimumPairs.length % 2 != 0) {
        throw new IllegalArgumentException("pairs of name and minimum expected");
      }
      grades = new ArrayList<>();
      for (int i = 0; i < nameMinimumPairs.length; i += 2) {
        grades.add(
            new Grade(str(nameMinimumPairs[i]), TemplateContent.of(nameMinimumPairs[i + 1])));
      }
      return this;
    }

    /**
     * Replaces the bands with ranges under {@code header} instead of 最低分: {@code
     * gradeRanges("分数区间", "优", "90-100", "良", "80-89.99", …)}; ranges are written as text.
     */
    public Builder gradeRanges(String header, Object... nameRangePairs) {
      grades(nameRangePairs);
      return cell(TemplateWriter.GRADE_SHEET, "B1", header);
    }

    // Changes to the built workbook, applied in the order given

    /** Removes a sheet (say 等级标准, to get the national default). */
    public Builder withoutSheet(String name) {
      return change(workbook -> workbook.removeSheetAt(indexOf(workbook, name)));
    }

    public Builder renameSheet(String from, String to) {
      return change(workbook -> workbook.setSheetName(indexOf(workbook, from), to));
    }

    /** Adds an empty sheet at the end (fill it with {@link #row} or {@link #cell}). */
    public Builder sheet(String name) {
      return change(workbook -> workbook.createSheet(name));
    }

    /**
     * Writes {@code values} into row {@code rowIndex} (0-based) of {@code sheet} from column A on,
     * replacing what was there; the sheet is created when missing. {@code null} empties a cell.
     */
    public Builder row(String sheet, int rowIndex, Object... values) {
      return change(
          workbook -> {
            Sheet target = sheetOrNew(workbook, sheet);
            for (int c = 0; c < values.length; c++) {
              writeCell(target, rowIndex, c, values[c]);
            }
          });
    }

    /**
     * Replaces everything on 指标评分 with {@code rows} from A1 on, the first being the header: for
     * layouts the template does not make (level columns instead of 指标编码, say).
     */
    public Builder indicatorTable(Object[]... rows) {
      return change(
          workbook -> {
            Sheet sheet = workbook.getSheet(TemplateWriter.INDICATOR_SHEET);
            for (int i = sheet.getNumMergedRegions() - 1; i >= 0; i--) {
              sheet.removeMergedRegion(i);
            }
            for (int r = sheet.getLastRowNum(); r >= 0; r--) {
              Row row = sheet.getRow(r);
              if (row != null) {
                sheet.removeRow(row);
              }
            }
            for (int r = 0; r < rows.length; r++) {
              for (int c = 0; c < rows[r].length; c++) {
                writeCell(sheet, r, c, rows[r][c]);
              }
            }
          });
    }

    /** Merges a range of cells, addressed as in Excel ({@code "A2:A4"}). */
    public Builder merge(String sheet, String range) {
      return change(
          workbook -> sheetOrNew(workbook, sheet).addMergedRegion(CellRangeAddress.valueOf(range)));
    }

    /** Writes one cell, addressed as in Excel ({@code "B2"}). */
    public Builder cell(String sheet, String address, Object value) {
      CellAddress where = new CellAddress(address);
      return change(
          workbook ->
              writeCell(sheetOrNew(workbook, sheet), where.getRow(), where.getColumn(), value));
    }

    /**
     * Moves the 指标评分 table down so that its header is on row {@code rowIndex} (0-based), rows above
     * blank.
     */
    public Builder indicatorHeaderAt(int rowIndex) {
      return change(
          workbook -> {
            Sheet sheet = workbook.getSheet(TemplateWriter.INDICATOR_SHEET);
            if (rowIndex > 0) {
              sheet.createFreezePane(0, 0);
              sheet.shiftRows(0, Math.max(sheet.getLastRowNum(), 0), rowIndex);
            }
          });
    }

    /**
     * Leaves 得分, 得分率 and 校验结果 (cells and column widths) out of 指标评分, as in a workbook made without
     * the template: the processor then appends them after the last column.
     */
    public Builder withoutOutputColumns() {
      return change(
          workbook -> {
            Sheet sheet = workbook.getSheet(TemplateWriter.INDICATOR_SHEET);
            for (int c = 0; c < TemplateWriter.INDICATOR_COLUMNS.size(); c++) {
              if (TemplateWriter.INDICATOR_COLUMNS.get(c).isOutput()) {
                removeColumn(sheet, c);
              }
            }
          });
    }

    private static void removeColumn(Sheet sheet, int column) {
      for (Row row : sheet) {
        Cell cell = row.getCell(column);
        if (cell != null) {
          row.removeCell(cell);
        }
      }
      sheet.setColumnWidth(column, sheet.getDefaultColumnWidth() * 256);
    }

    /**
     * Saves every formula's result in the workbook, as Excel does when it saves a file (the
     * formulas {@link TestWorkbooks#formulaCell} writes have none, as files scripts write).
     */
    public Builder formulaResultsSaved() {
      return change(
          workbook -> workbook.getCreationHelper().createFormulaEvaluator().evaluateAll());
    }

    /**
     * Gives every formula an empty saved result ({@code <v></v>}), as some scripts and exports
     * write: a value that is not there.
     */
    public Builder formulaResultsEmpty() {
      return edit(
          workbook -> {
            for (Sheet sheet : workbook) {
              for (Row row : sheet) {
                for (Cell cell : row) {
                  if (cell.getCellType() == CellType.FORMULA) {
                    ((XSSFCell) cell).getCTCell().setV("");
                  }
                }
              }
            }
          });
    }

    /** Any other change to the built .xlsx workbook ({@link #buildXls} refuses such a change). */
    public Builder edit(Consumer<XSSFWorkbook> edit) {
      return change(
          workbook -> {
            if (!(workbook instanceof XSSFWorkbook xlsx)) {
              throw new IllegalStateException("edit(...) changes .xlsx workbooks only");
            }
            edit.accept(xlsx);
          });
    }

    private Builder change(Consumer<Workbook> change) {
      edits.add(change);
      return this;
    }

    // Results

    /** The content so far (without the direct changes). */
    public TemplateContent content() {
      return new TemplateContent(project, parameters, indicators, grades, findings);
    }

    /** A new workbook; the caller closes it. */
    public XSSFWorkbook build() {
      XSSFWorkbook workbook = TemplateWriter.build(content());
      edits.forEach(edit -> edit.accept(workbook));
      return workbook;
    }

    /** The same workbook in the old .xls format; the caller closes it. */
    public HSSFWorkbook buildXls() {
      HSSFWorkbook workbook = TemplateWriter.buildXls(content());
      edits.forEach(edit -> edit.accept(workbook));
      return workbook;
    }

    /**
     * The evaluation the real reader makes of the workbook, named {@value TestWorkbooks#SOURCE}:
     * for tests of the rules and the scorer, which then see exactly what they would see of a file.
     */
    public Evaluation read() {
      return read(SOURCE);
    }

    /** The evaluation the real reader makes of the workbook, named {@code source}. */
    public Evaluation read(String source) {
      try (XSSFWorkbook workbook = build()) {
        return WorkbookReader.read(workbook, source, Kinds.ALL.readers());
      } catch (UnreadableWorkbookException e) {
        throw new IllegalStateException("the built workbook cannot be read: " + e.getMessage(), e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The workbook as .xlsx bytes. */
    public byte[] bytes() {
      try (XSSFWorkbook workbook = build()) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * The same cells (values, text and formulas, without styles) written as .xlsx by fastexcel, a
     * writer with no POI inside, as scripts and export tools write files: formulas have no cached
     * value.
     */
    public byte[] fastexcelBytes() {
      try (XSSFWorkbook workbook = build()) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook other =
            new org.dhatim.fastexcel.Workbook(out, "Scorebook tests", "1.0");
        for (Sheet sheet : workbook) {
          org.dhatim.fastexcel.Worksheet target = other.newWorksheet(sheet.getSheetName());
          for (Row row : sheet) {
            for (Cell cell : row) {
              int r = cell.getRowIndex();
              int c = cell.getColumnIndex();
              switch (cell.getCellType()) {
                case NUMERIC -> target.value(r, c, cell.getNumericCellValue());
                case STRING -> target.value(r, c, cell.getStringCellValue());
                case BOOLEAN -> target.value(r, c, cell.getBooleanCellValue());
                case FORMULA -> target.formula(r, c, cell.getCellFormula());
                default -> {}
              }
            }
          }
        }
        other.finish();
        return out.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Saves the workbook to {@code file} (its folder is created) and returns {@code file}. */
    public Path saveTo(Path file) {
      try {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
          Files.createDirectories(folder);
        }
        Files.write(file, bytes());
        return file;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static int indexOf(Workbook workbook, String name) {
    int index = workbook.getSheetIndex(name);
    if (index < 0) {
      throw new IllegalArgumentException("no sheet " + name);
    }
    return index;
  }

  private static Sheet sheetOrNew(Workbook workbook, String name) {
    Sheet sheet = workbook.getSheet(name);
    return sheet != null ? sheet : workbook.createSheet(name);
  }

  /**
   * Writes {@code value} into a cell as this builder writes every value (text, number, percentage,
   * Excel formula; {@code null} leaves the cell out), for other builders of workbooks.
   */
  public static void writeCell(Sheet sheet, int r, int c, Object value) {
    Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
    Cell existing = row.getCell(c);
    if (existing != null) {
      row.removeCell(existing);
    }
    if (value == null) {
      return;
    }
    Cell cell = row.createCell(c);
    Input input = TemplateContent.of(value);
    if (input instanceof TemplateContent.Num num) {
      cell.setCellValue(num.value());
      if (num.percent()) {
        cell.setCellStyle(percentStyle(sheet.getWorkbook()));
      }
    } else if (input instanceof TemplateContent.TextValue text) {
      cell.setCellValue(text.text());
    } else if (input instanceof TemplateContent.ExcelFormula formula) {
      cell.setCellFormula(formula.formula());
    }
  }

  /** One percentage style per workbook, found again by its format rather than created per cell. */
  private static CellStyle percentStyle(Workbook workbook) {
    short format = workbook.createDataFormat().getFormat("0.00%");
    for (int i = 0; i < workbook.getNumCellStyles(); i++) {
      CellStyle style = workbook.getCellStyleAt(i);
      if (style.getDataFormat() == format && style.getBorderBottom() == BorderStyle.NONE) {
        return style;
      }
    }
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(format);
    return style;
  }

  // A canonical text dump, to compare two workbooks

  /**
   * Every sheet in order with its column widths, merged regions, frozen panes, print setup and
   * custom row heights, and every cell with its address, type, value or formula, number format and
   * look (bold, fill, border). Two workbooks with equal dumps look and read the same.
   */
  public static String dump(Workbook workbook) {
    StringBuilder out = new StringBuilder();
    DataFormatter formatter = new DataFormatter();
    out.append("active ").append(workbook.getActiveSheetIndex()).append('\n');
    for (Sheet sheet : workbook) {
      out.append("sheet ").append(sheet.getSheetName()).append('\n');
      int lastColumn = 0;
      for (Row row : sheet) {
        lastColumn = Math.max(lastColumn, row.getLastCellNum());
      }
      for (int c = 0; c < lastColumn; c++) {
        out.append("  width ")
            .append(columnName(c))
            .append(' ')
            .append(sheet.getColumnWidth(c))
            .append('\n');
      }
      for (CellRangeAddress merged : sheet.getMergedRegions()) {
        out.append("  merged ").append(merged.formatAsString()).append('\n');
      }
      PaneInformation pane = sheet.getPaneInformation();
      if (pane != null && pane.isFreezePane()) {
        out.append("  frozen ")
            .append(pane.getVerticalSplitPosition())
            .append(',')
            .append(pane.getHorizontalSplitPosition())
            .append('\n');
      }
      PrintSetup print = sheet.getPrintSetup();
      out.append("  print paper=")
          .append(print.getPaperSize())
          .append(" landscape=")
          .append(print.getLandscape())
          .append(" fit=")
          .append(sheet.getFitToPage())
          .append(' ')
          .append(print.getFitWidth())
          .append('x')
          .append(print.getFitHeight())
          .append(" repeat=")
          .append(sheet.getRepeatingRows() == null ? "" : sheet.getRepeatingRows().formatAsString())
          .append('\n');
      for (Row row : sheet) {
        if (row.isFormatted() || row.getHeight() != sheet.getDefaultRowHeight()) {
          out.append("  row ")
              .append(row.getRowNum() + 1)
              .append(" height ")
              .append(row.getHeight())
              .append('\n');
        }
        for (Cell cell : row) {
          out.append("  ")
              .append(cell.getAddress())
              .append(' ')
              .append(cell.getCellType())
              .append(' ')
              .append(value(cell, formatter))
              .append(" | ")
              .append(look(workbook, cell.getCellStyle()))
              .append('\n');
        }
      }
    }
    return out.toString();
  }

  private static String columnName(int column) {
    return CellReference.convertNumToColString(column);
  }

  private static String value(Cell cell, DataFormatter formatter) {
    CellType type = cell.getCellType();
    return switch (type) {
      case STRING -> "\"" + cell.getStringCellValue().replace("\n", "\\n") + "\"";
      case NUMERIC ->
          Double.toString(cell.getNumericCellValue()) + " shown " + formatter.formatCellValue(cell);
      case FORMULA -> "=" + cell.getCellFormula();
      case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
      case ERROR -> "#" + cell.getErrorCellValue();
      default -> "";
    };
  }

  private static String look(Workbook workbook, CellStyle style) {
    Font font = workbook.getFontAt(style.getFontIndex());
    StringBuilder look = new StringBuilder("fmt=").append(style.getDataFormatString());
    look.append(" font=")
        .append(font.getFontName())
        .append('/')
        .append(font.getFontHeightInPoints());
    if (font.getBold()) {
      look.append(" bold");
    }
    if (style.getFillPattern() != FillPatternType.NO_FILL) {
      look.append(" fill=")
          .append(style.getFillPattern())
          .append('/')
          .append(style.getFillForegroundColor());
    }
    look.append(" border=")
        .append(style.getBorderTop())
        .append('/')
        .append(style.getBorderBottom());
    look.append(" align=")
        .append(style.getAlignment())
        .append('/')
        .append(style.getVerticalAlignment());
    if (style.getWrapText()) {
      look.append(" wrap");
    }
    if (style.getIndention() != 0) {
      look.append(" indent=").append(style.getIndention());
    }
    return look.toString();
  }
}
