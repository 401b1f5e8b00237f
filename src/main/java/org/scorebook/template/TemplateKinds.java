package org.scorebook.template;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The blank workbooks the kinds supply, in the kinds' order; the first is the default. */
public record TemplateKinds(List<TemplateKind> inOrder) {

  public TemplateKinds {
    inOrder = List.copyOf(inOrder);
    if (inOrder.isEmpty()) {
      throw new IllegalArgumentException("no blank workbook");
    }
  }

  /** The blank workbook written when the command line names none: the contract v1 template. */
  public TemplateKind first() {
    return inOrder.get(0);
  }

  /** The blank workbook named {@code word} (letters in any case), if any. */
  public Optional<TemplateKind> named(String word) {
    return inOrder.stream().filter(kind -> kind.isNamed(word)).findFirst();
  }

  /** The first that writes its forms from a target declaration, if any. */
  public Optional<TemplateKind> firstFromDeclaration() {
    return inOrder.stream().filter(kind -> kind.fromDeclaration().isPresent()).findFirst();
  }

  /** Every one's words, for a usage message: {@code 模板（contract-v1）、自评表（self-evaluation）}. */
  public String accepted() {
    return inOrder.stream().map(TemplateKind::accepted).collect(Collectors.joining("、"));
  }
}
