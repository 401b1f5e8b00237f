package org.scorebook.kinds.selfevaluation;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.scorebook.files.FileNames;
import org.scorebook.kinds.targets.TargetForm;
import org.scorebook.kinds.targets.TargetFormReader;
import org.scorebook.kinds.targets.TargetReview;
import org.scorebook.model.Evaluation;
import org.scorebook.model.Text;
import org.scorebook.read.CellGrid;
import org.scorebook.read.KindReader;
import org.scorebook.read.KindReaders;
import org.scorebook.read.UnreadableWorkbookException;
import org.scorebook.read.WorkbookReader;
import org.scorebook.template.FromDeclaration;

/**
 * The year-end self-evaluation forms written from the approved target declaration ({@code scorebook
 * template --kind 自评表 --from 申报表.xlsx}): one form per project, laid out as the blank form, with the
 * project's 项目名称, 主管部门 and 实施单位, the year's amount as 年初预算数, the 年度目标 as 预期目标, and every indicator
 * that applies with its 年度指标值 under the 一级 and 二级 names as declared (rows that do not apply left
 * out). 分值 follow the national default split: 产出 50, 效益 30, 满意度 10 (budget execution keeps its 10
 * on the funds line), evenly over a 一级's rows to two decimals, the last row taking what rounding
 * leaves, so that they add up exactly; a 一级 the default split does not name gets no 分值.
 *
 * <p>A declaration the review finds fault with is carried forward all the same: it is the one that
 * was approved.
 */
public final class FormFromTargets implements FromDeclaration {

  /** The national default 分值 of each 一级, by its name without a trailing 指标. */
  static final Map<String, Integer> DEFAULT_POINTS = Map.of("产出", 50, "效益", 30, "满意度", 10);

  /** The longest file name stem, in characters: short enough for any file system. */
  private static final int STEM_LIMIT = 80;

  private static final String EXTENSION = ".xlsx";

  @Override
  public Written write(Path declaration, Path target, boolean split)
      throws IOException, NotWritten {
    List<TargetForm> forms = read(declaration);
    List<Path> files = split ? writeSplit(forms, target) : List.of(writeTogether(forms, target));
    return new Written(forms.size(), files);
  }

  /**
   * The declarations of every project {@code file} holds, in its order.
   *
   * @throws NotWritten when the file cannot be read or holds no declaration
   */
  public static List<TargetForm> read(Path file) throws NotWritten {
    NoDeclaration none = new NoDeclaration();
    KindReader declarations = new TargetFormReader();
    List<Evaluation> projects;
    try {
      projects = WorkbookReader.readAll(file, new KindReaders(List.of(declarations), none));
    } catch (UnreadableWorkbookException e) {
      String shown = FileNames.shown(file);
      throw new NotWritten(
          none.asked
              ? Text.get("template.from.notDeclaration", shown)
              : Text.get("template.from.unreadable", shown, e.getMessage()));
    }
    return projects.stream()
        .flatMap(project -> project.details().stream())
        .filter(TargetForm.class::isInstance)
        .map(TargetForm.class::cast)
        .toList();
  }

  /** One workbook holding a form per project, each in a sheet named as its declaration's. */
  static Path writeTogether(List<TargetForm> forms, Path target) throws IOException {
    List<SelfEvaluationTemplate.FormSheet> sheets =
        forms.stream()
            .map(form -> new SelfEvaluationTemplate.FormSheet(form.sheetName(), content(form)))
            .toList();
    SelfEvaluationTemplate.write(target, sheets);
    return target;
  }

  /**
   * One workbook per project in {@code folder}, named after its 项目名称; nothing is written when one
   * of the names is taken.
   */
  static List<Path> writeSplit(List<TargetForm> forms, Path folder) throws IOException, NotWritten {
    List<Path> files = fileNames(forms, folder);
    for (Path file : files) {
      if (Files.exists(file)) {
        throw new NotWritten(Text.get("template.from.exists", FileNames.shown(file)));
      }
    }
    for (int i = 0; i < forms.size(); i++) {
      TargetForm form = forms.get(i);
      SelfEvaluationTemplate.write(
          files.get(i),
          List.of(
              new SelfEvaluationTemplate.FormSheet(SelfEvaluationTemplate.SHEET, content(form))));
    }
    return files;
  }

  /** A file per project in {@code folder}, after its 项目名称 (its sheet's name when it has none). */
  static List<Path> fileNames(List<TargetForm> forms, Path folder) {
    Set<String> taken = new HashSet<>();
    List<Path> files = new ArrayList<>();
    for (TargetForm form : forms) {
      String stem = fileStem(form.projectName());
      if (stem.isEmpty()) {
        stem = fileStem(form.sheetName());
      }
      String name = stem + EXTENSION;
      for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
        name = stem + "（" + n + "）" + EXTENSION;
      }
      files.add(folder.resolve(name));
    }
    return files;
  }

  /**
   * A name as a file name stem: line breaks and characters no file system takes replaced, no
   * leading or trailing dots and spaces, kept short.
   */
  static String fileStem(String name) {
    String stem = Normalizer.normalize(oneLine(name), Normalizer.Form.NFC);
    stem = stem.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    stem = stem.replaceAll("^[\\s.]+", "").replaceAll("[\\s.]+$", "");
    if (stem.codePointCount(0, stem.length()) > STEM_LIMIT) {
      stem = stem.substring(0, stem.offsetByCodePoints(0, STEM_LIMIT)).strip();
    }
    return stem;
  }

  /** What the self-evaluation form of {@code form}'s project is written with. */
  public static FormContent content(TargetForm form) {
    List<FormContent.FirstLevel> levels = levels(form.rows());
    FormContent blank = FormContent.blank(form.year().orElse(Year.now().getValue()));
    return new FormContent(
        blank.year(),
        oneLine(form.projectName()),
        withoutCode(form.department()),
        oneLine(form.unit()),
        TargetReview.yearAmountAsMeant(form),
        form.yearGoal().text().strip(),
        levels.isEmpty() ? blank.levels() : levels);
  }

  /** The rows that apply, grouped by 一级 and then 二级 in the order first declared. */
  static List<FormContent.FirstLevel> levels(List<TargetForm.Row> rows) {
    Map<String, Map<String, List<TargetForm.Row>>> grouped = new LinkedHashMap<>();
    for (TargetForm.Row row : rows) {
      if (row.applies()) {
        grouped
            .computeIfAbsent(oneLine(row.first().text()), name -> new LinkedHashMap<>())
            .computeIfAbsent(oneLine(row.second().text()), name -> new ArrayList<>())
            .add(row);
      }
    }
    List<FormContent.FirstLevel> levels = new ArrayList<>();
    grouped.forEach((first, seconds) -> levels.add(level(first, seconds)));
    return levels;
  }

  private static FormContent.FirstLevel level(
      String name, Map<String, List<TargetForm.Row>> seconds) {
    int leaves = seconds.values().stream().mapToInt(List::size).sum();
    Optional<Integer> points = Optional.ofNullable(DEFAULT_POINTS.get(bare(name)));
    List<BigDecimal> fulls = points.map(p -> split(p, leaves)).orElse(List.of());
    List<FormContent.SecondLevel> children = new ArrayList<>();
    int i = 0;
    for (Map.Entry<String, List<TargetForm.Row>> second : seconds.entrySet()) {
      List<FormContent.Leaf> leafRows = new ArrayList<>();
      for (TargetForm.Row row : second.getValue()) {
        Optional<BigDecimal> full = fulls.isEmpty() ? Optional.empty() : Optional.of(fulls.get(i));
        leafRows.add(
            new FormContent.Leaf(oneLine(row.third().text()), row.value().text().strip(), full));
        i++;
      }
      children.add(new FormContent.SecondLevel(second.getKey(), leafRows));
    }
    return new FormContent.FirstLevel(name, children);
  }

  /**
   * {@code points} spread evenly over {@code leaves} rows, each to two decimals, the last taking
   * what rounding leaves: 50 over 7 is 7.14 six times and 7.16.
   */
  static List<BigDecimal> split(int points, int leaves) {
    BigDecimal total = BigDecimal.valueOf(points).setScale(2, RoundingMode.UNNECESSARY);
    BigDecimal share = total.divide(BigDecimal.valueOf(leaves), 2, RoundingMode.HALF_UP);
    List<BigDecimal> shares = new ArrayList<>();
    for (int i = 0; i < leaves - 1; i++) {
      shares.add(share);
    }
    shares.add(total.subtract(share.multiply(BigDecimal.valueOf(leaves - 1L))));
    return shares;
  }

  /** A 一级 name without spaces, widths folded and a trailing 指标 dropped: 产出指标 is 产出. */
  private static String bare(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    return folded.endsWith("指标") ? folded.substring(0, folded.length() - 2) : folded;
  }

  /** A cell's text on one line, as a name is shown: line breaks and the spaces around them gone. */
  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\R\\s*", "");
  }

  /** A department without the code the central export puts before it: {@code [105]教育部}. */
  private static String withoutCode(String department) {
    return oneLine(department).replaceFirst("^[\\[［【(（]\\s*\\d+\\s*[\\]］】)）]\\s*", "");
  }

  /** The reader of a workbook with no declaration: says so, and remembers that it was asked. */
  private static final class NoDeclaration implements KindReader {
    private boolean asked;

    @Override
    public boolean recognises(CellGrid grid) {
      return false;
    }

    @Override
    public Evaluation read(CellGrid grid, String source) throws UnreadableWorkbookException {
      asked = true;
      throw new UnreadableWorkbookException(Text.get("targets.read.noForm"));
    }
  }
}
