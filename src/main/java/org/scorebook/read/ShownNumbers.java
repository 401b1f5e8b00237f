package org.scorebook.read;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Date1904Support;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * A number as Excel shows it in its cell's format ({@code 85.00%}, {@code 1,234}), exactly as POI's
 * {@link DataFormatter#formatCellValue(Cell)} shows a number cell. That method formats a number
 * otherwise than {@link DataFormatter#formatRawCellContents} (which rounds differently), and takes
 * only a cell; so it is given a stand-in cell that answers just what it asks of a number cell: the
 * value, the style's format and whether the workbook counts dates from 1904. One instance serves
 * one reading of one workbook, on one thread.
 */
final class ShownNumbers {
  private final DataFormatter formatter;
  private final Cell cell;
  private double value;
  private GridCell.NumberFormat format;
  private boolean date1904;

  ShownNumbers(DataFormatter formatter) {
    this.formatter = formatter;
    ClassLoader loader = ShownNumbers.class.getClassLoader();
    CellStyle style =
        (CellStyle)
            Proxy.newProxyInstance(
                loader,
                new Class<?>[] {CellStyle.class},
                answering(
                    method ->
                        switch (method.getName()) {
                          case "getDataFormat" -> (short) format.index();
                          case "getDataFormatString" -> format.format();
                          default -> unexpected(method);
                        }));
    Workbook workbook =
        (Workbook)
            Proxy.newProxyInstance(
                loader,
                new Class<?>[] {Workbook.class, Date1904Support.class},
                answering(
                    method ->
                        method.getName().equals("isDate1904") ? date1904 : unexpected(method)));
    Sheet sheet =
        (Sheet)
            Proxy.newProxyInstance(
                loader,
                new Class<?>[] {Sheet.class},
                answering(
                    method ->
                        method.getName().equals("getWorkbook") ? workbook : unexpected(method)));
    this.cell =
        (Cell)
            Proxy.newProxyInstance(
                loader,
                new Class<?>[] {Cell.class},
                answering(
                    method ->
                        switch (method.getName()) {
                          case "getCellType" -> CellType.NUMERIC;
                          case "getNumericCellValue" -> value;
                          case "getCellStyle" -> format == null ? null : style;
                          case "getSheet" -> sheet;
                          default -> unexpected(method);
                        }));
  }

  /**
   * {@code number} as a number cell with {@code format} (null: a cell without style) shows it; not
   * for dates, which {@link SheetCells} formats itself.
   */
  String shown(double number, GridCell.NumberFormat format, boolean date1904) {
    this.value = number;
    this.format = format;
    this.date1904 = date1904;
    return formatter.formatCellValue(cell);
  }

  private interface Answer {
    Object answer(Method method);
  }

  private static InvocationHandler answering(Answer answer) {
    return (proxy, method, args) ->
        switch (method.getName()) {
          case "toString" -> "number cell";
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          default -> answer.answer(method);
        };
  }

  private static Object unexpected(Method method) {
    throw new UnsupportedOperationException("a number cell is not asked " + method.getName());
  }
}
