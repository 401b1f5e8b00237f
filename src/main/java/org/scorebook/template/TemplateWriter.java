package org.scorebook.template;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.scorebook.files.SafeFiles;
import org.scorebook.model.IndicatorColumn;
import org.scorebook.model.SheetNames;

/**
 * Builds the standard evaluation workbook of contract version 1 in code, so that the blank template
 * ({@code scorebook template}, {@code workbook-templates/绩效评价模板.xlsx}), the shipped samples and
 * test workbooks come from one place and look the same.
 *
 * <p>Sheets, in order: {@value #GUIDE_SHEET} (how to fill in the workbook), {@value
 * #PROJECT_SHEET}, {@value #PARAMETER_SHEET}, {@value #INDICATOR_SHEET} (header on row 1, the
 * columns of {@link #INDICATOR_COLUMNS}), {@value #GRADE_SHEET} and {@value #FINDINGS_SHEET}. Input
 * cells have borders and no fill (the processor fills cells red or yellow and clears those fills
 * again); only header rows are filled.
 *
 * <p>The output is deterministic: the same content gives the same cells, formats and widths, with
 * the document created {@link #CREATED} by {@value #CREATOR}.
 */
public final class TemplateWriter {
  /** The version of the workbook contract the template implements. */
  public static final int CONTRACT_VERSION = 1;

  public static final String GUIDE_SHEET = SheetNames.GUIDE;
  public static final String PROJECT_SHEET = SheetNames.PROJECT;
  public static final String PARAMETER_SHEET = SheetNames.PARAMETERS;
  public static final String INDICATOR_SHEET = SheetNames.INDICATORS;
  public static final String GRADE_SHEET = SheetNames.GRADES;
  public static final String FINDINGS_SHEET = SheetNames.FINDINGS;
  public static final List<String> SHEETS = SheetNames.TEMPLATE_ORDER;

  /** Headers of 项目信息 and 评价结论 (label, value). */
  public static final List<String> LABEL_HEADERS = List.of("项目", "内容");

  public static final List<String> PARAMETER_HEADERS = List.of("参数名", "数值", "单位", "说明");

  /** The columns of 指标评分, A to K, each headed by its {@link IndicatorColumn#header()}. */
  public static final List<IndicatorColumn> INDICATOR_COLUMNS = List.of(IndicatorColumn.values());

  public static final List<String> GRADE_HEADERS = List.of("等级", "最低分");

  /** The blank template's file name, as shipped in {@code workbook-templates/}. */
  public static final String FILE_NAME = "绩效评价模板.xlsx";

  public static final String CREATOR = "Scorebook";

  /** The fixed creation time in the document properties, so that two builds compare equal. */
  public static final Instant CREATED = Instant.parse("2024-01-01T00:00:00Z");

  private TemplateWriter() {}

  /** A new workbook holding {@code content}; the caller closes it. */
  public static XSSFWorkbook build(TemplateContent content) {
    XSSFWorkbook workbook = filled(new XSSFWorkbook(), content);
    setProperties(workbook);
    return workbook;
  }

  /** The same workbook in the old .xls (BIFF8) format, for a template saved under an .xls name. */
  public static HSSFWorkbook buildXls(TemplateContent content) {
    return filled(new HSSFWorkbook(), content);
  }

  private static <W extends Workbook> W filled(W workbook, TemplateContent content) {
    Objects.requireNonNull(content, "content");
    try {
      new TemplateSheets(workbook).write(content);
      return workbook;
    } catch (RuntimeException e) {
      closeQuietly(workbook, e);
      throw e;
    }
  }

  /** The blank template: {@link TemplateContent#example()}. */
  public static XSSFWorkbook blank() {
    return build(TemplateContent.example());
  }

  /**
   * Saves the blank template to {@code target} (a temporary file renamed over it in one step): an
   * .xls workbook when the name ends in {@code .xls}, else an .xlsx one.
   */
  public static void writeBlank(Path target) throws IOException {
    write(TemplateContent.example(), target);
  }

  /**
   * Saves a workbook holding {@code content} to {@code target}, in the format its name asks for
   * (.xls or .xlsx), creating its folder when needed.
   */
  public static void write(TemplateContent content, Path target) throws IOException {
    Objects.requireNonNull(target, "target");
    Path folder = target.toAbsolutePath().getParent();
    if (folder != null) {
      Files.createDirectories(folder);
    }
    if (isXls(target)) {
      try (HSSFWorkbook workbook = buildXls(content)) {
        SafeFiles.writeAtomically(target, workbook::write);
      }
    } else {
      try (XSSFWorkbook workbook = build(content)) {
        SafeFiles.writeAtomically(target, out -> writeStable(workbook, out));
      }
    }
  }

  public static boolean isXls(Path target) {
    Path name = target.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".xls");
  }

  /**
   * Writes {@code workbook} to {@code out} with every zip entry dated {@link #CREATED}, so that
   * building the same content twice gives the same bytes (POI stamps each entry with the current
   * time).
   */
  public static void writeStable(XSSFWorkbook workbook, OutputStream out) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    workbook.write(bytes);
    LocalDateTime stamp = LocalDateTime.ofInstant(CREATED, ZoneOffset.UTC);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTimeLocal(stamp);
        zip.putNextEntry(copy);
        in.transferTo(zip);
        zip.closeEntry();
      }
    }
  }

  public static void setProperties(XSSFWorkbook workbook) {
    POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
    core.setCreator(CREATOR);
    core.setCreated(Optional.of(Date.from(CREATED)));
    core.setModified(Optional.of(Date.from(CREATED)));
  }

  private static void closeQuietly(Workbook workbook, RuntimeException cause) {
    try {
      workbook.close();
    } catch (IOException e) {
      cause.addSuppressed(e);
    }
  }
}
