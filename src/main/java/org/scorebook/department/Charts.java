package org.scorebook.department;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.scorebook.model.Text;

/**
 * The two native charts of 总览. Every series has an explicit solid fill: without one LibreOffice
 * draws no bars. The score chart points at the score column of 绩效评价结果信息表 and carries the values as
 * its cache, so viewers that do not recalculate charts show them too.
 */
final class Charts {
  /** Up to this many projects the score chart has horizontal bars named after the projects. */
  static final int NAMED_BARS = 40;

  static final int CHART_COLUMNS = 12;
  private static final byte[] SCORE_COLOR = {(byte) 0x44, (byte) 0x72, (byte) 0xC4};
  private static final byte[] GRADE_COLOR = {(byte) 0x70, (byte) 0xAD, (byte) 0x47};

  private final XSSFSheet sheet;
  private final XSSFDrawing drawing;

  Charts(XSSFSheet sheet) {
    this.sheet = sheet;
    this.drawing = sheet.createDrawingPatriarch();
  }

  /** The chart of every project's score from row {@code top}; returns the row below it. */
  int scores(ResultsSheet.ChartSource source, int column, int top) {
    int count = source.count();
    boolean named = count <= NAMED_BARS;
    int height = named ? Math.max(16, 4 + count * 2) : 22;
    XSSFChart chart = chart(column, top, height, Text.get("department.chart.scores"));
    XDDFCategoryAxis categories =
        chart.createCategoryAxis(named ? AxisPosition.LEFT : AxisPosition.BOTTOM);
    XDDFValueAxis values = chart.createValueAxis(named ? AxisPosition.BOTTOM : AxisPosition.LEFT);
    values.setMinimum(0);
    values.setMaximum(100);
    values.setMajorUnit(10);
    values.setNumberFormat("0");
    values.setCrosses(AxisCrosses.AUTO_ZERO);
    values.setCrossBetween(AxisCrossBetween.BETWEEN);
    if (named) {
      categories.setOrientation(
          AxisOrientation.MAX_MIN); // the first (best) project on top, as in the table
      values.setCrosses(AxisCrosses.MAX);
    } else {
      categories.setTickLabelPosition(
          AxisTickLabelPosition.NONE); // thousands of names cannot be read
    }
    XDDFCategoryDataSource names =
        XDDFDataSourcesFactory.fromArray(
            source.names().toArray(String[]::new), source.namesRange());
    XDDFNumericalDataSource<Double> scores =
        XDDFDataSourcesFactory.fromArray(
            source.scores().toArray(Double[]::new), source.scoresRange());
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
    data.setBarDirection(named ? BarDirection.BAR : BarDirection.COL);
    data.setVaryColors(false);
    data.setGapWidth(named ? 60 : 20);
    XDDFChartData.Series series = data.addSeries(names, scores);
    series.setTitle(Text.get("department.chart.series"), null);
    solid(series, SCORE_COLOR);
    chart.plot(data);
    if (named) {
      showValues(chart);
    }
    return top + height;
  }

  /**
   * The chart of projects per grade, from the grade table on 总览, from row {@code top}; returns the
   * row below it.
   */
  int grades(CellRangeAddress gradeNames, CellRangeAddress counts, int column, int top) {
    int height = 16;
    XSSFChart chart = chart(column, top, height, Text.get("department.chart.grades"));
    XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
    values.setMinimum(0);
    values.setCrosses(AxisCrosses.AUTO_ZERO);
    values.setCrossBetween(AxisCrossBetween.BETWEEN);
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
    data.setBarDirection(BarDirection.COL);
    data.setVaryColors(false);
    data.setGapWidth(80);
    XDDFChartData.Series series =
        data.addSeries(
            XDDFDataSourcesFactory.fromStringCellRange(sheet, gradeNames),
            XDDFDataSourcesFactory.fromNumericCellRange(sheet, counts));
    series.setTitle(Text.get("department.chart.count"), null);
    solid(series, GRADE_COLOR);
    chart.plot(data);
    showValues(chart);
    return top + height;
  }

  private XSSFChart chart(int column, int top, int rows, String title) {
    XSSFClientAnchor anchor =
        drawing.createAnchor(0, 0, 0, 0, column, top, column + CHART_COLUMNS, top + rows);
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText(title);
    chart.setTitleOverlay(false);
    return chart;
  }

  private static void solid(XDDFChartData.Series series, byte[] rgb) {
    XDDFShapeProperties shape = new XDDFShapeProperties();
    shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
    series.setShapeProperties(shape);
  }

  /**
   * Each bar labelled with its value, nothing else (LibreOffice shows whatever is not switched
   * off).
   */
  private static void showValues(XSSFChart chart) {
    CTDLbls labels =
        chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).addNewDLbls();
    labels.addNewShowLegendKey().setVal(false);
    labels.addNewShowVal().setVal(true);
    labels.addNewShowCatName().setVal(false);
    labels.addNewShowSerName().setVal(false);
    labels.addNewShowPercent().setVal(false);
    labels.addNewShowBubbleSize().setVal(false);
  }
}
