package org.scorebook.samples;

import static org.scorebook.template.TemplateContent.num;
import static org.scorebook.template.TemplateContent.pct;
import static org.scorebook.template.TemplateContent.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scorebook.template.TemplateContent;
import org.scorebook.template.TemplateContent.Indicator;
import org.scorebook.template.TemplateContent.Parameter;
import org.scorebook.template.TemplateWriter;

/**
 * The shipped workbooks and the content they are built from: the blank template ({@code
 * workbook-templates/绩效评价模板.xlsx}) and three samples in {@code samples/}. Run {@link #main} with
 * the repository root to write all four again after changing {@link TemplateWriter} or a sample;
 * {@code SampleFilesTest} fails while a shipped file and its content here disagree.
 */
public final class SampleFiles {
  public static final Path TEMPLATE = Path.of("workbook-templates", TemplateWriter.FILE_NAME);
  public static final Path SEED_001 = Path.of("samples", "2017年合作交流综合信息服务平台建设运维项目.xlsx");
  public static final Path DEPARTMENT_2018 = Path.of("samples", "2018年上海市政府驻外办事处视频会议（运维）项目.xlsx");
  public static final Path WITH_MISTAKES = Path.of("samples", "带错误示例.xlsx");

  /**
   * The national self-evaluation form, filled in by openpyxl over {@code scorebook template --kind
   * 自评表} as a user's script would (inline strings, a 总分 formula saved without its result): not
   * built here, so that one sample comes from a program other than POI.
   */
  public static final Path SELF_EVALUATION =
      Path.of("samples", "2016年上海市行政审批标准化管理系统运维项目绩效自评表.xlsx");

  private static final String OFFICE = "上海市人民政府合作交流办公室";

  private SampleFiles() {}

  /**
   * Writes the template and the three samples under {@code args[0]} (default: the current folder).
   */
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : ".");
    TemplateWriter.writeBlank(root.resolve(TEMPLATE));
    for (Map.Entry<Path, TemplateContent> sample : samples().entrySet()) {
      TemplateWriter.write(sample.getValue(), root.resolve(sample.getKey()));
    }
    System.out.println("written under " + root.toAbsolutePath().normalize());
  }

  /** Each sample's path under the repository root, with its content, in a stable order. */
  public static Map<Path, TemplateContent> samples() {
    Map<Path, TemplateContent> samples = new LinkedHashMap<>();
    samples.put(SEED_001, seed001());
    samples.put(DEPARTMENT_2018, department2018());
    samples.put(WITH_MISTAKES, withMistakes());
    return samples;
  }

  // Seed 001: the 2017 platform maintenance, evaluated by a consulting firm.

  /**
   * Seed 001 filled in completely: its 表5 tree (A 10, B 25, C 65) with every leaf scored so that
   * the seed's figures come out: A 9.00, B 16.94, C 61.18, total 87.12, 良.
   */
  public static TemplateContent seed001() {
    List<Parameter> parameters =
        List.of(
            new Parameter("修复及时率", pct(0.912), "%", "规定时间内（30 分钟响应、24 小时修复）修复的故障占全部故障的比例，据运维台账"),
            new Parameter("满意度", pct(0.8913), "%", "用户满意度问卷（发放 30 份，有效回收 23 份）的综合满意度"),
            new Parameter("重复故障次数", num(0), "次", "全年同一故障重复发生的次数，据巡检记录表"),
            new Parameter("重大故障次数", num(0), "次", "全年发生的重大运行故障次数，据运维总结报告"));
    List<Indicator> rows = new ArrayList<>();
    rows.add(Indicator.of("A", "项目决策", 10));
    rows.add(Indicator.of("A1", "项目立项", 6));
    rows.add(manual("A1.1", "战略目标适应性", 2, 2, ""));
    rows.add(manual("A1.2", "立项依据充分性", 2, 2, ""));
    rows.add(manual("A1.3", "项目立项规范性", 2, 2, ""));
    rows.add(Indicator.of("A2", "项目目标", 4));
    rows.add(manual("A2.1", "绩效目标合理性", 2, 2, ""));
    rows.add(manual("A2.2", "绩效指标明确性", 2, 1, "绩效目标申报表中部分指标不够明确和细化，如运维工作完成率、故障修复时限未设定可考核的目标值"));
    rows.add(Indicator.of("B", "项目管理", 25));
    rows.add(Indicator.of("B1", "资金管理", 13));
    rows.add(Indicator.of("B1.1", "资金投入与执行情况", 6));
    rows.add(manual("B1.1.1", "预算编制合理性", 3, 2, "预算测算明细不够细化，与运维实施方案的工作内容对应不够清晰"));
    rows.add(
        Indicator.of("B1.1.2", "预算执行率", 3)
            .withFormula("分值 * min(实际支出 / 预算金额, 1)")
            .withReason("实际支出 19.000 万元，预算 19.369 万元，预算执行率 98.09%，未达到 100%"));
    rows.add(manual("B1.2", "资金管理制度健全性", 2, 2, ""));
    rows.add(manual("B1.3", "资金使用合规性", 5, 5, ""));
    rows.add(Indicator.of("B2", "项目管理", 12));
    rows.add(Indicator.of("B2.1", "项目立项管理情况", 6));
    rows.add(manual("B2.1.1", "政府采购规范性", 3, 2, "委托代理机构开展采购，但采购过程资料归档不够规范完整"));
    rows.add(manual("B2.1.2", "运维合同及方案签订管理落实情况", 3, 2, "项目实施方案不够明确和细化，未明确各子系统运维的具体内容和要求"));
    rows.add(manual("B2.2", "项目过程管理制度建立与落实情况", 3, 1, "项目过程资料不够规范完整，运维过程的监督和管理有待加强，可考核性有待提高"));
    rows.add(manual("B2.3", "项目验收管理制度建立与落实情况", 3, 0, "未建立运维验收管理制度，未能提供运维工作的验收资料"));
    rows.add(Indicator.of("C", "项目绩效", 65));
    rows.add(Indicator.of("C1", "项目产出", 28));
    rows.add(Indicator.of("C1.1", "数量目标", 12));
    rows.add(manual("C1.1.1", "平台运维任务完成情况", 12, 12, ""));
    rows.add(Indicator.of("C1.2", "质量目标", 10));
    rows.add(Indicator.of("C1.2.1", "故障重复发生率", 5).withFormula("max(分值 - 1 * 重复故障次数, 0)"));
    rows.add(
        Indicator.of("C1.2.2", "故障修复及时率", 5)
            .withFormula("分值 * 修复及时率")
            .withReason("规定时间内修复的故障占 91.2%，部分故障未能在 24 小时内修复"));
    rows.add(Indicator.of("C1.3", "时效目标", 6));
    rows.add(manual("C1.3.1", "平台运维工作完成及时率", 6, 6, ""));
    rows.add(Indicator.of("C2", "项目效益", 37));
    rows.add(Indicator.of("C2.1", "社会效益", 19));
    rows.add(
        Indicator.of("C2.1.1", "重大故障发生次数", 4)
            .withFormula("if(重大故障次数 <= 目标值, 分值, 0)")
            .withTarget(num(0)));
    rows.add(survey("C2.1.2", "平台安全性能提升情况", 0.87, "问卷中认为平台安全性能有提升的用户占 87%"));
    rows.add(survey("C2.1.3", "平台反应速度提升情况", 0.914, "问卷中认为平台反应速度有提升的用户占 91.4%"));
    rows.add(
        survey("C2.1.4", "平台操作便捷性与访问界面友好度", 0.74, "问卷中认为平台操作便捷、界面友好的用户仅占 74%，操作便捷度和界面友好度有待提升"));
    rows.add(Indicator.of("C2.2", "可持续效益", 8));
    rows.add(manual("C2.2.1", "长效管理与维护机制", 2, 2, ""));
    rows.add(
        manual(
            "C2.2.2", "人员配置保障情况", 2, 1, "信息化运维主要靠外包，办内仅由党办秘书处 1 名负责人兼任，难以确保运维服务定期对接，人力资源配置有待完善"));
    rows.add(manual("C2.2.3", "故障应急处理预案", 2, 2, ""));
    rows.add(manual("C2.2.4", "信息化设施完备性", 2, 2, ""));
    rows.add(Indicator.of("C2.3", "综合满意度", 10));
    rows.add(
        Indicator.of("C2.3.1", "用户满意程度", 10).withFormula("if(满意度 >= 0.85, 分值, 分值 * 满意度 / 0.85)"));
    return new TemplateContent(
        TemplateContent.project(
            "2017年合作交流综合信息服务平台建设运维项目",
            OFFICE,
            OFFICE,
            "上海科技咨询有限公司",
            "2017",
            null,
            null,
            19.369,
            19.000,
            null),
        parameters,
        rows,
        TemplateContent.nationalGrades(),
        TemplateContent.findings(
            "1、通过项目实施，市合作交流办内部网络办公环境得到提升，为日常办公信息化和便捷化提供了有效支撑。"
                + "通过对合作交流综合信息服务平台相关子系统的运维，确保了系统的安全运行，不受各种外来因素侵害和干扰，"
                + "为市合作交流办日常办公信息化和便捷化提供了有效支撑。\n"
                + "2、通过项目实施，平台故障等问题得到了及时解决，用户满意度达到预期目标。通过对平台的运维，"
                + "提升了平台的安全性和稳定性，及时解决了平台出现的相关故障，用户对平台的综合满意度达89.13%，"
                + "实现了85%的预期目标。",
            "1、项目实施方案和过程管理有待进一步完善。经评价调研反馈，系统运维服务单位按要求完成了相关系统运维工作，"
                + "但从提供的项目资料来看，项目实施方案不够明确和细化，项目过程资料不够规范完整，可考核性有待提高。\n"
                + "2、项目人力资源配置有待进一步完善。当前市合作交流办信息化运维工作主要靠外包方式，"
                + "市合作交流办内仅由党办秘书处某负责人1人兼任，主要负责信息化工作的沟通协调，"
                + "难以确保相关运维服务定期对接工作的开展，一定程度影响了市合作交流办信息化工作的有效管理。",
            "1、进一步细化和完善方案，加强运维工作的过程管理。建议市合作交流办结合前期项目实施经验，"
                + "在项目启动前进一步细化运维工作实施方案，明确相关内容及具体要求，同时在运维过程中加强监督和管理，"
                + "确保项目财政资金使用效益得到进一步提升。\n"
                + "2、加强信息化人力资源配置，确保信息化运维项目管理有序开展。针对市合作交流办信息化项目管理工作人手不足的现状，"
                + "建议在充分利用第三方管理服务的同时，配备专职人员，加强日常工作指导，优化工作进度安排，"
                + "固化工作时间安排，确保信息化工作有序开展。",
            ""));
  }

  // Seed 002: a department's own evaluation of its 2018 video-conference maintenance.

  /**
   * A department self-evaluation shaped like seeds 000 and 002 (A 13, B 23, C 64), with invented
   * leaves that give seed 002's results: A 11.00, B 20.00, C 57.20, total 88.20, 良.
   */
  public static TemplateContent department2018() {
    List<Parameter> parameters =
        List.of(
            new Parameter("满意度", pct(0.9), "%", "各驻外办事处和机关处室使用人员自评调查的综合满意度"),
            new Parameter("重大故障次数", num(0), "次", "视频会议期间发生断网、视音频中断等重大故障的次数"));
    List<Indicator> rows = new ArrayList<>();
    rows.add(Indicator.of("A", "项目决策", 13));
    rows.add(Indicator.of("A1", "项目立项", 6));
    rows.add(manual("A1.1", "立项依据充分性", 3, 3, ""));
    rows.add(manual("A1.2", "立项程序规范性", 3, 3, ""));
    rows.add(Indicator.of("A2", "绩效目标", 7));
    rows.add(manual("A2.1", "绩效目标合理性", 4, 3, "年度目标中“视频会议系统稳定性得到提升”等表述未细化为可衡量的产出指标"));
    rows.add(manual("A2.2", "绩效指标明确性", 3, 2, "部分绩效指标缺少量化的目标值，如会议画面质量、机关运行成本节约情况"));
    rows.add(Indicator.of("B", "项目管理", 23));
    rows.add(Indicator.of("B1", "资金管理", 11));
    rows.add(Indicator.of("B1.1", "预算执行率", 4).withFormula("分值 * min(实际支出 / 预算金额, 1)"));
    rows.add(manual("B1.2", "资金使用合规性", 4, 4, ""));
    rows.add(manual("B1.3", "财务管理制度健全性", 3, 3, ""));
    rows.add(Indicator.of("B2", "组织实施", 12));
    rows.add(manual("B2.1", "供应商选择规范性", 4, 3, "通过三家比较的方式确定服务供应商，但比价过程资料不够完整"));
    rows.add(manual("B2.2", "运维过程管理", 4, 4, ""));
    rows.add(manual("B2.3", "验收管理规范性", 4, 2, "运维工作验收缺少明确的验收标准和具体要求，验收记录较为简单"));
    rows.add(Indicator.of("C", "项目绩效", 64));
    rows.add(Indicator.of("C1", "项目产出", 30));
    rows.add(
        Indicator.of("C1.1", "巡检完成率", 6)
            .withFormula("分值 * min(实际值 / 目标值, 1)")
            .withTarget(num(12))
            .withActual(num(12)));
    rows.add(
        Indicator.of("C1.2", "会议保障完成率", 6)
            .withFormula("tier(实际值 / 目标值, 1, 分值, 0.8, 分值 * 0.6, 0.6, 分值 * 0.3)")
            .withTarget(num(4))
            .withActual(num(4)));
    rows.add(Indicator.of("C1.3", "重大故障发生情况", 6).withFormula("max(分值 - 2 * 重大故障次数, 0)"));
    rows.add(manual("C1.4", "会议录像存档完整率", 6, 6, ""));
    rows.add(manual("C1.5", "会议画面质量", 6, 3, "受各地网络状况和设备性能所限，会议画面仍为标清，未能提升到高清"));
    rows.add(Indicator.of("C2", "项目效益", 34));
    rows.add(manual("C2.1", "信息传达及时性", 8, 8, ""));
    rows.add(
        Indicator.of("C2.2", "系统操作便捷性", 8)
            .withFormula("分值 * 实际值")
            .withActual(pct(0.9))
            .withReason("自评调查中认为系统操作便捷的使用人员占 90%"));
    rows.add(manual("C2.3", "设备可持续运行能力", 8, 5, "远程视频系统于 2009 年建成，设备性能与当前主流设备有差距，相关软硬件设施有待更新"));
    rows.add(
        Indicator.of("C2.4", "用户满意度", 10)
            .withFormula("if(满意度 >= 目标值, 分值, 分值 * 满意度 / 目标值)")
            .withTarget(pct(0.85)));
    return new TemplateContent(
        TemplateContent.project(
            "2018年上海市政府驻外办事处视频会议（运维）项目",
            OFFICE,
            OFFICE,
            OFFICE + "（部门评价）",
            "2018",
            null,
            null,
            10,
            10,
            null),
        parameters,
        rows,
        TemplateContent.nationalGrades(),
        TemplateContent.findings(
            "1、通过项目实施，提升了视频会议系统的稳定性，确保了视频会议的圆满完成，无断网、无视音频中断等现象发生。"
                + "通过项目的实施，视频会议系统的稳定性得到提升，达到了相关技术规范要求，圆满的完成了4次视频系统会议，"
                + "确保了相关信息的及时传达和相关工作的有序开展。\n"
                + "2、通过项目实施，促进了市政府合作交流办对驻外办事处的高效和便捷化管理。通过远程视频会议系统，"
                + "加强市政府合作交流办与各地驻外办间的沟通与交流，同步政策的学习和宣传、工作的安排和落实，减少公务成本；"
                + "特别是对2个边远地区的高原驻外办，有效地避免了旅途劳顿，提高工作的办事效率。",
            "因各驻外办地域分布广，且各地实际网络状况互有差异，加上远程视频系统是2009年建设完成的，"
                + "虽然运行稳定但毕竟年代久远，设备的性能和当前的主流设备有差距，故用户使用效果无法由标清达到高清而得到提升。",
            "协商各地驻外办，在条件允许的前提，提升网络上行带宽和配备固定IP地址，更新视频会议系统相关软硬件设施，" + "提升视频会议质量。",
            "计划开展视频会议系统性能再评估，必要时实施升级改造。"));
  }

  // A small evaluation with deliberate mistakes.

  /**
   * A small evaluation (after seed 000, the 2018 website) with one mistake of each kind, to show
   * what the processor's annotations look like. Sheet rows (指标评分, header on row 1):
   *
   * <pre>
   * 3  A1   人工得分 "3分"            accepted (unit dropped), reason given
   * 4  A2   人工得分 "２．５"          accepted (full-width), reason given
   * 5  A3   9 of 10, no 评分说明       warning at H5 (deduction needs a reason)
   * 6  B    分值 30, children 25       error at C6
   * 7  B1   formula names 预算金       error at D7, suggests 预算金额
   * 8  B2   人工得分 12 of 10          error at G8
   * 9  B3   formula and 人工得分        error at G9
   * 12 C1.1 得分 typed 15, computed 9  warning at I12 (原填写 15，计算结果 9.00)
   * 13 C1.2 实际值 "九十"              error at F13
   * 14 C1.1 again                      error at A14 (duplicate of row 12)
   * 17 C3.1 parent C3 missing          error at A17
   * </pre>
   */
  public static TemplateContent withMistakes() {
    List<Parameter> parameters =
        List.of(
            new Parameter("完成率", pct(0.95), "%", "年度运维任务实际完成数 ÷ 计划数"),
            new Parameter("满意度", pct(0.88), "%", "网站用户问卷调查的综合满意度"));
    List<Indicator> rows = new ArrayList<>();
    rows.add(Indicator.of("A", "项目决策", 20));
    rows.add(
        Indicator.of("A1", "立项依据充分性", 5).withManual(text("3分")).withReason("立项依据中未引用本办信息化项目建设规范"));
    rows.add(
        Indicator.of("A2", "绩效目标合理性", 5).withManual(text("２．５")).withReason("年度目标未细化为可考核的产出和效果指标"));
    rows.add(Indicator.of("A3", "绩效指标明确性", 10).withManual(9));
    rows.add(Indicator.of("B", "项目管理", 30));
    rows.add(Indicator.of("B1", "预算执行率", 10).withFormula("分值 * min(实际支出 / 预算金, 1)"));
    rows.add(Indicator.of("B2", "资金使用合规性", 10).withManual(12));
    rows.add(
        Indicator.of("B3", "制度执行有效性", 5)
            .withFormula("分值 * 完成率")
            .withManual(4)
            .withReason("部分运维记录未按制度要求签字确认"));
    rows.add(Indicator.of("C", "项目绩效", 50));
    rows.add(Indicator.of("C1", "项目产出", 30));
    rows.add(
        Indicator.of("C1.1", "运维任务完成率", 15)
            .withFormula("tier(完成率, 1, 分值, 0.8, 分值 * 0.6, 0.6, 分值 * 0.3)")
            .withReason("年度运维任务完成 95%，未全部完成")
            .withScore(num(15)));
    rows.add(
        Indicator.of("C1.2", "专题信息更新完成率", 15)
            .withFormula("分值 * min(实际值 / 目标值, 1)")
            .withTarget(num(100))
            .withActual(text("九十")));
    rows.add(manual("C1.1", "专题制作完成情况", 5, 5, ""));
    rows.add(Indicator.of("C2", "项目效益", 20));
    rows.add(Indicator.of("C2.1", "用户满意度", 20).withFormula("if(满意度 >= 0.85, 分值, 分值 * 满意度 / 0.85)"));
    rows.add(manual("C3.1", "网站安全性", 5, 5, ""));
    return new TemplateContent(
        TemplateContent.project(
            "带错误示例：2018年合作交流网站（运维）项目",
            OFFICE,
            OFFICE,
            OFFICE + "（部门评价）",
            "2018",
            null,
            null,
            1.594,
            1.59,
            null),
        parameters,
        rows,
        TemplateContent.nationalGrades(),
        TemplateContent.findings(
            "通过项目实施，合作交流网站界面美观度得到改善，完成了官网政务云迁移，网站反应速度得到提升。",
            "系统运维工作验收标准有待进一步完善。",
            "进一步完善项目验收工作标准，细化验收工作相关要求。",
            ""));
  }

  // Row shorthands

  private static Indicator manual(
      String code, String name, double full, double score, String reason) {
    return Indicator.of(code, name, full).withManual(score).withReason(reason);
  }

  /** A leaf scored by the share of surveyed users who agree: 分值 × 实际值. */
  private static Indicator survey(String code, String name, double share, String reason) {
    return Indicator.of(code, name, 5)
        .withFormula("分值 * 实际值")
        .withActual(pct(share))
        .withReason(reason);
  }
}
