package org.scorebook.department;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.scorebook.cli.CliAccess;
import org.scorebook.testing.TestWorkbooks;

/**
 * The seven projects of seed report 004 (上海市人民政府合作交流办公室, 2018年度财政支出项目绩效评价结果) rebuilt as evaluation
 * workbooks, the command line run in-process, and results read back with fastexcel-reader (no POI
 * inside).
 */
final class DepartmentFixtures {
  private DepartmentFixtures() {}

  /**
   * One published row of the seed's results table; {@code budget} is made up (the seed gives none).
   */
  record SeedProject(
      String file,
      String name,
      double spending,
      double budget,
      double score,
      String achievements,
      String problems,
      String suggestions,
      String rectification) {

    /** Three level-one indicators with manual scores: 18 + 17 + the rest = the published score. */
    TestWorkbooks.Builder workbook() {
      double c = Math.round((score - 35) * 100) / 100.0;
      return TestWorkbooks.evaluation()
          .project("项目名称", name)
          .project("预算金额", budget)
          .project("实际支出", spending)
          .indicator("A", "项目决策", 20)
          .leaf("A1", "决策过程", 20)
          .manual(18)
          .reason("立项论证不够充分")
          .indicator("B", "项目管理", 20)
          .leaf("B1", "管理过程", 20)
          .manual(17)
          .reason("验收标准有待完善")
          .indicator("C", "项目绩效", 60)
          .leaf("C1", "产出与效益", 60)
          .manual(c)
          .reason("成果转化有待加强")
          .finding("主要绩效", achievements)
          .finding("存在问题", problems)
          .finding("整改建议", suggestions)
          .finding("整改情况", rectification);
    }
  }

  /** In the seed's order; file names chosen so that file order is neither score nor name order. */
  static final List<SeedProject> SEED =
      List.of(
          new SeedProject(
              "c-投资数据采集.xlsx",
              "2018年各地来沪投资数据采集与统计分析系统(运维)项目",
              19.5,
              20,
              87.8,
              "1、通过项目实施，每月定期对系统进行巡检，及时处理相关故障，确保系统全年无瘫痪、业务系统不能运转等重大故障的发生，保障了各地来沪投资数据采集与统计分析系统正常地运行。\n"
                  + "2、通过项目实施，在整理上海市工商局、税务局和统计局等相关单位共享数据的基础上，及时对数据进行更新与处理，为及时、全面掌握各地来沪企业投资及贡献情况提供了数据保障。",
              "1、目前，该系统数据共享使用率还存在进一步提升空间。\n2、该系统尚未建立故障应急处理预案。",
              "1、优化数据共享使用机制，提高数据共享使用频率。2、建议建立健全故障应急响应处理机制，制定故障应急预案。",
              "1、加强与全市各委办局、各区招商引资工作的沟通联系，提供有关各地来沪企业投资及贡献情况的数据分析。2、制定故障应急预案，及时处理解决各类系统故障。"),
          new SeedProject(
              "f-视频会议.xlsx",
              "2018年上海市政府驻外办事处视频会议（运维）项目",
              10,
              10,
              88.2,
              "1、通过项目实施，提升了视频会议系统的稳定性，确保了视频会议无断网、无视音频中断等现象发生。\n"
                  + "2、通过项目实施，促进了市政府合作交流办对驻外办事处高效化、便捷化管理，减少公务成本。",
              "系统设备的性能有待进一步加强。",
              "更新视频会议系统相关软硬件设施，提升视频会议质量。",
              "计划开展视频会议系统性能再评估，必要时实施升级改造。"),
          new SeedProject(
              "a-网站.xlsx",
              "2018年合作交流网站（运维）项目",
              1.594,
              1.6,
              87,
              "1、通过项目实施，合作交流网站界面美观度得到改善，发挥了网站作为市政府合作交流办对外发布信息的窗口作用。\n"
                  + "2、完成了官网政务云迁移。网站反应速度得到提升，用户满意度进一步提高。",
              "系统运维工作验收标准有待进一步完善。",
              "进一步完善项目验收工作标准，细化验收工作相关要求。",
              "健全相关管理制度，加强项目管理。"),
          new SeedProject(
              "g-工商注册数据.xlsx",
              "2018年上海市在外地投资企业工商注册数据采集与分析系统（运维）项目",
              20.25,
              21,
              88.35,
              "1、通过项目实施，运行维护工作按计划开展实施，每月定期对系统数据库服务器和分析系统应用服务器进行巡检，并形成了12份巡检报告，有效保障系统服务器网络、硬盘及CPU使用率等长期处于正常水平，确保了上海市在外地投资企业工商注册数据采集与分析系统的正常运行。\n"
                  + "2、通过项目实施，全年共计完成4次上海对外省市的对外投资数据采集和更新工作，为市政府合作交流办和全市其他委办局、各区及时掌握上海市对国内其他地区投资情况提供了数据来源，为上海市创新对口支援方式和开展合作交流提供了参考依据。",
              "该系统对创新对口支援方式、深化经济合作决策的借鉴支撑作用有待进一步加强。",
              "建议细化和完善上海在外投资企业数据分析报告。",
              "在以后年度的分析报告中增加归纳上海对外投资相关政策与社会服务发展情况的专题分析模块。"),
          new SeedProject(
              "b-综合信息服务平台.xlsx",
              "2018年合作交流综合信息服务平台建设（运维）项目",
              19.3,
              19.5,
              87.97,
              "通过项目实施，市政府合作交流办内部网络办公环境得到提升，系统安全运行，不受各种外来因素侵害和干扰，为日常办公信息化和便捷化提供了有效支撑。",
              "平台操作便捷度和反应度有进一步提升的空间。",
              "持续优化系统功能和系统性能。",
              "在2019年运维工作中优化系统功能和系统性能。"),
          new SeedProject(
              "e-业务费.xlsx",
              "2018年合作交流工作业务费项目",
              196.79,
              200,
              88.88,
              "通过项目开展，对市政府合作交流办聚焦做好东西部扶贫协作和对口支援工作、积极发挥在促进国内区域合作中的指导带动职能等方面起到了支撑作用；课题研究为上海市创新对口支援方式和开展合作交流提供了参考。",
              "少数项目研究成果的转化有待进一步加强。",
              "加强项目研究成果的总结与应用，进一步加强研究成果的推广、运用和转化。",
              "在开展研究课题项目时，加强研究成果的总结与分析，充分发挥课题研究项目在合作交流工作的参考作用。"),
          new SeedProject(
              "d-党委专项.xlsx",
              "系统党委工作专项经费",
              63.28,
              65,
              87.33,
              "对于系统党的组织建设工作和党员教育管理等工作发挥了资金保障作用，加强了系统党建工作，坚定了党员理想信念，提高了党组织的凝聚力。",
              "进一步提高对基层党组织开展党建活动的保障。",
              "机构改革，原基层党组织均已转出。",
              "机构改革，原基层党组织均已转出。"));

  /**
   * The seed's projects by published score, highest first: the default order of the results table.
   */
  static List<SeedProject> byScore() {
    return SEED.stream().sorted((a, b) -> Double.compare(b.score(), a.score())).toList();
  }

  /** Writes the seven workbooks into {@code folder} and returns it. */
  static Path seedFolder(Path folder) throws IOException {
    Files.createDirectories(folder);
    for (SeedProject project : SEED) {
      project.workbook().saveTo(folder.resolve(project.file()));
    }
    return folder;
  }

  /** The command line, in process, with what it printed. */
  static CliAccess.Result cli(String... args) {
    return CliAccess.run(args);
  }

  /**
   * A saved workbook read back with fastexcel-reader: rows by 0-based index, cells with their
   * formats.
   */
  static final class Readback {
    final List<String> sheetNames = new ArrayList<>();
    private final Map<String, Map<Integer, Row>> rows = new TreeMap<>();

    Readback(Path file) throws IOException {
      try (InputStream in = Files.newInputStream(file);
          ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
        for (Sheet sheet : workbook.getSheets().toList()) {
          sheetNames.add(sheet.getName());
          Map<Integer, Row> byIndex = new TreeMap<>();
          for (Row row : sheet.read()) {
            byIndex.put(row.getRowNum() - 1, row);
          }
          rows.put(sheet.getName(), byIndex);
        }
      }
    }

    /** Rows 1 … (under the header) that have any cell. */
    /** The rows below the header, the 合计 row under the projects aside. */
    int dataRows(String sheet) {
      return (int)
          rows.get(sheet).keySet().stream()
              .filter(r -> r > 0 && !text(sheet, r, 1).startsWith("合计"))
              .count();
    }

    Cell cell(String sheet, int row, int column) {
      Row found = rows.get(sheet).get(row);
      return found == null || column >= found.getCellCount() ? null : found.getCell(column);
    }

    String text(String sheet, int row, int column) {
      Cell cell = cell(sheet, row, column);
      return cell == null ? "" : cell.getText();
    }

    Double number(String sheet, int row, int column) {
      Cell cell = cell(sheet, row, column);
      return cell == null || cell.getType() != CellType.NUMBER
          ? null
          : cell.asNumber().doubleValue();
    }

    /** The row whose column {@code column} holds {@code text}, or -1. */
    int rowWith(String sheet, int column, String text) {
      return rows.get(sheet).entrySet().stream()
          .filter(
              e ->
                  e.getValue().getCellCount() > column
                      && text.equals(e.getValue().getCell(column).getText()))
          .mapToInt(Map.Entry::getKey)
          .findFirst()
          .orElse(-1);
    }
  }
}
