package org.scorebook.template;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The blank workbooks {@code scorebook template} writes, each with the words that name it. */
public enum TemplateKind {
  /** The evaluation template of contract version 1 ({@link TemplateWriter}); the default. */
  CONTRACT_V1(TemplateWriter.FILE_NAME, "模板", "contract-v1"),
  /** The national project self-evaluation form ({@link SelfEvaluationTemplate}). */
  SELF_EVALUATION(SelfEvaluationTemplate.FILE_NAME, "自评表", "self-evaluation");

  private final String fileName;
  private final List<String> words;

  TemplateKind(String fileName, String... words) {
    this.fileName = fileName;
    this.words = List.of(words);
  }

  /** The file name used when the command line names only a folder, or nothing. */
  public String fileName() {
    return fileName;
  }

  /** The words that name this kind on the command line, the Chinese one first. */
  public List<String> words() {
    return words;
  }

  /** The kind named {@code word} (letters in any case), if any. */
  public static Optional<TemplateKind> named(String word) {
    String wanted = word.strip();
    return Arrays.stream(values())
        .filter(kind -> kind.words.stream().anyMatch(w -> w.equalsIgnoreCase(wanted)))
        .findFirst();
  }

  /** Every kind's words, for a usage message: {@code 模板（contract-v1）、自评表（self-evaluation）}. */
  public static String accepted() {
    return Arrays.stream(values())
        .map(
            kind ->
                kind.words.get(0)
                    + "（"
                    + String.join("、", kind.words.subList(1, kind.words.size()))
                    + "）")
        .collect(Collectors.joining("、"));
  }

  /** Writes this kind's blank workbook to {@code target}, atomically. */
  public void write(Path target) throws IOException {
    switch (this) {
      case CONTRACT_V1 -> TemplateWriter.writeBlank(target);
      case SELF_EVALUATION -> SelfEvaluationTemplate.write(target);
    }
  }
}
