package org.scorebook.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.scorebook.files.WriteProblem;
import org.scorebook.model.Text;
import org.scorebook.template.FromDeclaration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code scorebook template}: a blank workbook of the kind asked for, or with {@code --from} the
 * kind's forms written from an approved target declaration, in one workbook or with {@code --split}
 * one file per project. Nothing is overwritten.
 */
final class TemplateCommand {
  private static final Logger LOG = LoggerFactory.getLogger(TemplateCommand.class);

  private static final String EXTENSION = ".xlsx";

  private final PrintStream out;
  private final PrintStream err;

  TemplateCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(TemplateOptions options) {
    return options.from().isPresent()
        ? fromDeclaration(options, options.from().get())
        : blank(options);
  }

  private int blank(TemplateOptions options) {
    String name = options.kind().fileName();
    Path file = options.out().orElse(Path.of(name));
    if (Files.isDirectory(file)) {
      file = file.resolve(name);
    }
    if (Files.exists(file)) {
      err.println(Text.get("cli.templateExists", file));
      return Cli.PROBLEMS;
    }
    try {
      options.kind().write(file);
    } catch (IOException e) {
      LOG.warn("cannot write template {}", file, e);
      err.println(Text.get("cli.templateFailed", file, WriteProblem.cause(e)));
      return Cli.PROBLEMS;
    }
    out.println(Text.get("cli.templateWritten", file));
    return Cli.OK;
  }

  private int fromDeclaration(TemplateOptions options, Path declaration) {
    FromDeclaration writer = options.kind().fromDeclaration().orElseThrow();
    Path target = target(options, declaration);
    if (!options.split() && Files.exists(target)) {
      err.println(Text.get("cli.templateExists", target));
      return Cli.PROBLEMS;
    }
    FromDeclaration.Written written;
    try {
      written = writer.write(declaration, target, options.split());
    } catch (FromDeclaration.NotWritten e) {
      err.println(e.getMessage());
      return Cli.PROBLEMS;
    } catch (IOException e) {
      LOG.warn("cannot write the forms of {} to {}", declaration, target, e);
      err.println(Text.get("cli.templateFailed", target, WriteProblem.cause(e)));
      return Cli.PROBLEMS;
    }
    out.println(Text.get("template.from.written", written.projects(), target));
    if (options.split()) {
      written
          .files()
          .forEach(file -> out.println(Text.get("template.from.writtenFile", file.getFileName())));
    }
    return Cli.OK;
  }

  /**
   * Where the forms go: {@code --out}, a folder of it holding the workbook, or by default the
   * declaration's name with the kind's word after it ({@code 申报表-自评表.xlsx}, or that folder with
   * {@code --split}) in the current folder.
   */
  static Path target(TemplateOptions options, Path declaration) {
    String fileName = declaration.getFileName().toString();
    int dot = fileName.lastIndexOf('.');
    String stem = (dot > 0 ? fileName.substring(0, dot) : fileName) + "-" + options.kind().word();
    if (options.split()) {
      return options.out().orElse(Path.of(stem));
    }
    String name = stem + EXTENSION;
    Path file = options.out().orElse(Path.of(name));
    return Files.isDirectory(file) ? file.resolve(name) : file;
  }
}
