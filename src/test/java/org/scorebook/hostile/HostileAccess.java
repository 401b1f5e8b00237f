package org.scorebook.hostile;

import java.nio.file.Path;
import java.util.List;

/** Lets tests in other packages build hostile files. */
public final class HostileAccess {
  private HostileAccess() {}

  /** A small .xlsx whose one sheet unpacks to 200 MB of spaces. */
  public static Path zipBomb(Path file) {
    return HostileFiles.withStreamedSheet(
        file, HostileFiles.FINDINGS_PART, HostileFiles.whitespace(200));
  }

  /** A good workbook with an opening password, as Excel encrypts it. */
  public static Path encrypted(Path file) {
    return HostileFiles.encrypted(file, "密码");
  }

  /** A plain zip archive, as a workbook packed for mailing arrives. */
  public static Path plainZip(Path file) {
    return HostileFiles.plainZip(file);
  }

  /**
   * Hostile workbooks that are still workbooks, written into {@code folder}: a macro project, cells
   * of the largest size Excel allows, control characters and path-like names, formulas nested ten
   * thousand deep, absurd numbers and a header in the last column.
   */
  public static List<Path> readableCorpus(Path folder) {
    String longest = "长".repeat(32_767);
    return List.of(
        HostileFiles.macroEnabled(folder.resolve("带宏.xlsm")),
        HostileFiles.good()
            .project("项目名称", longest)
            .project("评价机构", "\u0001\u0007\u001b[31m机构")
            .project("主管部门", "../../x")
            .leaf("A3", longest, 0.01)
            .actual("x".repeat(32_767))
            .formula("实际值")
            .reason(longest)
            .saveTo(folder.resolve("长单元格.xlsx")),
        HostileFiles.good()
            .leaf("A3", "一万层", 0.01)
            .formula("(".repeat(10_000) + "1" + ")".repeat(10_000))
            .saveTo(folder.resolve("嵌套.xlsx")),
        HostileFiles.good()
            .indicator("B", "大数", null)
            .leaf("B1", "极大分值", 1e308)
            .manual(1e308)
            .leaf("B2", "非数", 1)
            .actual("NaN")
            .formula("实际值")
            .saveTo(folder.resolve("大数.xlsx")),
        HostileFiles.good().cell("指标评分", "XFD1", "备注").saveTo(folder.resolve("满列表头.xlsx")));
  }
}
