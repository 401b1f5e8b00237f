package org.scorebook.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A workbook saved again by LibreOffice ({@code soffice --headless --convert-to xlsx}): a file
 * written by a program other than POI. Where LibreOffice is not installed the calling test is
 * skipped, or fails under {@code CI=true} (see {@link InstalledPrograms}).
 */
public final class LibreOfficeRoundTrip {
  private LibreOfficeRoundTrip() {}

  /**
   * Converts {@code input} (an .xlsx or .xls) to .xlsx in {@code folder}/out and returns the new
   * file.
   */
  public static Path toXlsx(Path input, Path folder) throws IOException, InterruptedException {
    return convert(input, folder, "xlsx");
  }

  /**
   * Converts {@code input} to .xls in {@code folder}/out, as a user saves a workbook in the old
   * format, and returns the new file; skips the calling test when soffice is missing.
   */
  public static Path toXls(Path input, Path folder) throws IOException, InterruptedException {
    return convert(input, folder, "xls");
  }

  /**
   * Converts {@code input} (a .docx, say) to PDF in {@code folder}/out and returns the new file;
   * see {@link InstalledPrograms} for when soffice is missing.
   */
  public static Path toPdf(Path input, Path folder) throws IOException, InterruptedException {
    return convert(input, folder, "pdf");
  }

  private static Path convert(Path input, Path folder, String format)
      throws IOException, InterruptedException {
    Path soffice = InstalledPrograms.libreOffice();
    Path out = Files.createDirectories(folder.resolve("out"));
    Path profile = Files.createDirectories(folder.resolve("profile"));
    Process process =
        new ProcessBuilder(
                soffice.toString(),
                "-env:UserInstallation=" + profile.toUri(),
                "--headless",
                "--convert-to",
                format,
                "--outdir",
                out.toString(),
                input.toString())
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("soffice.log").toFile())
            .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("soffice did not finish in 120 s");
    }
    String name = input.getFileName().toString().replaceFirst("\\.[^.]+$", "") + "." + format;
    Path converted = out.resolve(name);
    // soffice exits 0 even when it could not load the file: the output must exist.
    if (!Files.isRegularFile(converted)) {
      throw new IOException(
          "soffice wrote no " + name + ": " + Files.readString(folder.resolve("soffice.log")));
    }
    return converted;
  }
}
