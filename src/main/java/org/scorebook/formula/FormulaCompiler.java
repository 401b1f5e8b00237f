package org.scorebook.formula;

import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Compiles the contract's formula language for one workbook. The text is normalised first
 * (full-width characters via NFKC, {@code × ÷ − ≥ ≤ ≠}), checked by {@link FormulaParser} with
 * positions in the user's own text, and only then built by exp4j. Every problem is a {@link
 * FormulaException} with a Chinese message; nothing else escapes. Thread-safe.
 */
public final class FormulaCompiler {
  static final String SCORE = "分值";
  static final String FULL_SCORE = "满分";

  /** Row variables every formula may use: their value comes from the indicator's own row. */
  public static final Set<String> ROW_VARIABLES =
      Collections.unmodifiableSet(new LinkedHashSet<>(List.of(SCORE, FULL_SCORE, "目标值", "实际值")));

  /** Names of every function the language has (custom + exp4j built-ins), for identifier checks. */
  public static final Set<String> FUNCTION_NAMES = FormulaFunctions.NAMES;

  /**
   * Max formula length accepted (exp4j's tokenizer is super-quadratic on long runs): 1000 chars.
   */
  public static final int MAX_LENGTH = 1000;

  private final Set<String> names;

  /**
   * @param variables the workbook's variable names: parameters from 评分参数 and 预算金额/实际支出 when
   *     present. Row variables are always known in addition. A name that is not {@linkplain
   *     #isValidName valid} is left out (it cannot be written in a formula); the caller reports it.
   */
  public FormulaCompiler(Set<String> variables) {
    Set<String> known = new LinkedHashSet<>(ROW_VARIABLES);
    for (String name : Objects.requireNonNull(variables, "variables")) {
      if (isValidName(name)) {
        known.add(name);
      }
    }
    this.names = Collections.unmodifiableSet(known);
  }

  /**
   * True for a valid user variable name: letters (Chinese characters count as letters), ASCII
   * digits and {@code _}, not starting with a digit, not a function name (in any case), not a row
   * variable. The name must also be as a formula reads it after normalisation (no full-width
   * letters or digits), and characters outside the Basic Multilingual Plane are not allowed (exp4j
   * cannot read them).
   */
  public static boolean isValidName(String name) {
    if (name == null || name.isEmpty() || !FormulaLexer.isNameStart(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      if (!FormulaLexer.isNamePart(name.charAt(i))) {
        return false;
      }
    }
    return Normalizer.normalize(name, Normalizer.Form.NFKC).equals(name)
        && !FUNCTION_NAMES.contains(name.toLowerCase(Locale.ROOT))
        && !FormulaFunctions.INTERNAL_NAMES.contains(name)
        && !ROW_VARIABLES.contains(name);
  }

  /** {@code 满分} is an alias of {@code 分值}; every other name is itself. */
  static String canonical(String name) {
    return FULL_SCORE.equals(name) ? SCORE : name;
  }

  /** Compiles once; throws with a Chinese message for any problem. */
  public Formula compile(String text) throws FormulaException {
    if (text == null || text.isBlank()) {
      throw FormulaException.of("formula.empty");
    }
    if (text.length() > MAX_LENGTH) {
      throw FormulaException.of("formula.tooLong", text.length(), MAX_LENGTH);
    }
    try {
      FormulaText normalized = FormulaText.of(text);
      List<FormulaToken> tokens = new FormulaLexer(normalized).tokens();
      FormulaParser.Result parsed = new FormulaParser(normalized, tokens, names).parse();
      return Formula.build(text, parsed.variables(), parsed.exp4jText());
    } catch (RuntimeException e) {
      throw Formula.internal(e);
    }
  }
}
