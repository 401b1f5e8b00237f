package org.scorebook.template;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A blank workbook {@code scorebook template} writes: the file name it gets when the command line
 * names only a folder, the words that name it on the command line (the Chinese one first), and how
 * it is written. Each kind of workbook that has a blank one supplies it.
 */
public record TemplateKind(String fileName, List<String> words, Writer writer) {

  public TemplateKind {
    words = List.copyOf(words);
  }

  /** Writes a blank workbook to a file, atomically. */
  @FunctionalInterface
  public interface Writer {
    void write(Path target) throws IOException;
  }

  /** Writes this kind's blank workbook to {@code target}, atomically. */
  public void write(Path target) throws IOException {
    writer.write(target);
  }

  /** Whether {@code word} (letters in any case) names this kind. */
  boolean isNamed(String word) {
    String wanted = word.strip();
    return words.stream().anyMatch(w -> w.equalsIgnoreCase(wanted));
  }

  /** How a usage message lists it: {@code 模板（contract-v1）}. */
  String accepted() {
    return words.get(0) + "（" + String.join("、", words.subList(1, words.size())) + "）";
  }
}
