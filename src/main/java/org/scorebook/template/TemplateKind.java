package org.scorebook.template;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A blank workbook {@code scorebook template} writes: the file name it gets when the command line
 * names only a folder, the words that name it on the command line (the Chinese one first), and how
 * it is written, and how its forms are written from an approved target declaration where the kind
 * does that ({@code --from}). Each kind of workbook that has a blank one supplies it.
 */
public record TemplateKind(
    String fileName, List<String> words, Writer writer, Optional<FromDeclaration> fromDeclaration) {

  public TemplateKind {
    words = List.copyOf(words);
    Objects.requireNonNull(fromDeclaration, "fromDeclaration");
  }

  /** A blank workbook that is not written from a declaration. */
  public TemplateKind(String fileName, List<String> words, Writer writer) {
    this(fileName, words, writer, Optional.empty());
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

  /** The word a user types for it: {@code 自评表}. */
  public String word() {
    return words.get(0);
  }

  /** How a usage message lists it: {@code 模板（contract-v1）}. */
  String accepted() {
    return words.get(0) + "（" + String.join("、", words.subList(1, words.size())) + "）";
  }
}
