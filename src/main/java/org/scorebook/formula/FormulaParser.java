package org.scorebook.formula;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.scorebook.formula.FormulaToken.Kind;

/**
 * Checks a formula's tokens against the grammar, with the user's positions in every message, and
 * writes the text exp4j gets: the tokens separated by spaces, {@code tier} renamed by its number of
 * pairs, {@code 满分} as {@code 分值}, unary plus dropped. exp4j is never shown a formula this class
 * rejects.
 *
 * <pre>
 * expression = additive { ("&gt;" | "&gt;=" | "&lt;" | "&lt;=" | "==" | "!=") additive }
 * additive   = term { ("+" | "-") term }
 * term       = unary { ("*" | "/") unary }
 * unary      = ("+" | "-") unary | power
 * power      = primary [ "^" unary ]
 * primary    = number | variable | function "(" [ expression { "," expression } ] ")" | "(" expression ")"
 * </pre>
 */
final class FormulaParser {
  /** Nesting of parentheses, calls and signs; no scoring formula comes near it. */
  static final int MAX_DEPTH = 100;

  private static final List<Set<String>> LEVELS =
      List.of(Set.of(">", ">=", "<", "<=", "==", "!="), Set.of("+", "-"), Set.of("*", "/"));

  /**
   * The text for exp4j and the variables used (canonical: {@code 满分} is reported as {@code 分值}).
   */
  record Result(String exp4jText, Set<String> variables) {}

  private final FormulaText text;
  private final List<FormulaToken> tokens;
  private final Set<String> variables;
  private final List<String> out = new ArrayList<>();
  private final Set<String> used = new LinkedHashSet<>();
  private int index;
  private int depth;

  /**
   * @param variables every variable name the formula may use, row variables included
   */
  FormulaParser(FormulaText text, List<FormulaToken> tokens, Set<String> variables) {
    this.text = text;
    this.tokens = tokens;
    this.variables = variables;
  }

  Result parse() throws FormulaException {
    if (tokens.isEmpty()) {
      throw FormulaException.of("formula.empty");
    }
    binary(0);
    if (peek() != null) {
      throw unexpected(peek());
    }
    return new Result(String.join(" ", out), Collections.unmodifiableSet(used));
  }

  private FormulaToken peek() {
    return index < tokens.size() ? tokens.get(index) : null;
  }

  private boolean peekIs(Kind kind) {
    return peek() != null && peek().is(kind);
  }

  private FormulaToken advance() {
    return tokens.get(index++);
  }

  private void emit(FormulaToken token) {
    out.add(token.text());
  }

  private void binary(int level) throws FormulaException {
    if (level == LEVELS.size()) {
      unary();
      return;
    }
    binary(level + 1);
    while (peekIs(Kind.OPERATOR) && LEVELS.get(level).contains(peek().text())) {
      emit(advance());
      binary(level + 1);
    }
  }

  private void unary() throws FormulaException {
    FormulaToken token = peek();
    if (++depth > MAX_DEPTH) {
      throw error(token != null ? token : tokens.get(index - 1), "formula.tooDeep", MAX_DEPTH);
    }
    if (token != null && token.isOperator("+")) {
      advance();
      unary();
    } else if (token != null && token.isOperator("-")) {
      emit(advance());
      unary();
    } else {
      power();
    }
    depth--;
  }

  private void power() throws FormulaException {
    primary();
    if (peek() != null && peek().isOperator("^")) {
      emit(advance());
      unary();
    }
  }

  private void primary() throws FormulaException {
    FormulaToken token = peek();
    if (token == null) {
      FormulaToken last = tokens.get(index - 1);
      throw error(last, "formula.endAfter", last.shown());
    }
    switch (token.kind()) {
      case NUMBER -> emit(advance());
      case NAME -> name(advance());
      case OPEN -> group(advance());
      default -> throw operandExpected(token);
    }
  }

  private void group(FormulaToken open) throws FormulaException {
    if (peekIs(Kind.CLOSE)) {
      throw error(open, "formula.emptyParens");
    }
    emit(open);
    binary(0);
    if (!peekIs(Kind.CLOSE)) {
      throw peek() == null ? unclosed(open) : unexpected(peek());
    }
    emit(advance());
  }

  private void name(FormulaToken token) throws FormulaException {
    String function = token.text().toLowerCase(Locale.ROOT);
    if (FormulaFunctions.NAMES.contains(function)) {
      // Function names are case-insensitive, as Excel users type them (MIN, IF, ROUND).
      call(new FormulaToken(token.kind(), function, token.start(), token.shown()));
    } else if (variables.contains(token.text())) {
      String canonical = FormulaCompiler.canonical(token.text());
      used.add(canonical);
      out.add(canonical);
    } else {
      throw unknownName(token);
    }
  }

  private void call(FormulaToken function) throws FormulaException {
    if (!peekIs(Kind.OPEN)) {
      throw error(function, "formula.functionWithoutParens", function.shown());
    }
    int nameAt = out.size();
    emit(function);
    FormulaToken open = advance();
    emit(open);
    int count = arguments(open);
    if (!FormulaFunctions.accepts(function.text(), count)) {
      throw arity(function, count);
    }
    out.set(nameAt, FormulaFunctions.internalName(function.text(), count));
  }

  /**
   * Parses the arguments up to and including the closing parenthesis; returns how many there were.
   */
  private int arguments(FormulaToken open) throws FormulaException {
    if (peekIs(Kind.CLOSE)) {
      emit(advance());
      return 0;
    }
    int count = 0;
    while (true) {
      binary(0);
      count++;
      FormulaToken token = peek();
      if (token == null) {
        throw unclosed(open);
      }
      if (!token.is(Kind.COMMA) && !token.is(Kind.CLOSE)) {
        throw unexpected(token);
      }
      emit(advance());
      if (token.is(Kind.CLOSE)) {
        return count;
      }
    }
  }

  private FormulaException arity(FormulaToken function, int count) {
    if (FormulaFunctions.TIER.equals(function.text())) {
      return error(function, "formula.tierArity", count);
    }
    return error(
        function,
        "formula.arity",
        function.shown(),
        FormulaFunctions.arity(function.text()),
        count);
  }

  /** A token where an operator, a comma or a closing parenthesis should be. */
  private FormulaException unexpected(FormulaToken token) {
    return switch (token.kind()) {
      case CLOSE -> error(token, "formula.unmatchedClose", token.shown());
      case COMMA -> error(token, "formula.commaOutsideCall", token.shown());
      default -> error(token, "formula.missingOperator", token.shown());
    };
  }

  private FormulaException operandExpected(FormulaToken token) {
    return error(token, "formula.operandExpected", token.shown());
  }

  private FormulaException unclosed(FormulaToken open) {
    return error(open, "formula.unclosedParen", open.shown());
  }

  private FormulaException unknownName(FormulaToken token) {
    Set<String> candidates = new LinkedHashSet<>(variables);
    candidates.addAll(FormulaFunctions.NAMES);
    String suggestion = FormulaSuggestion.closest(token.text(), candidates);
    if (suggestion != null) {
      return error(token, "formula.unknownNameSuggest", token.shown(), suggestion);
    }
    String prefix = longestVariablePrefix(token.text());
    if (prefix != null) {
      return error(
          token,
          "formula.unknownNameGlued",
          token.shown(),
          prefix,
          token.text().substring(prefix.length()));
    }
    return error(token, "formula.unknownName", token.shown());
  }

  private String longestVariablePrefix(String name) {
    String longest = null;
    for (String variable : variables) {
      if (name.startsWith(variable) && (longest == null || variable.length() > longest.length())) {
        longest = variable;
      }
    }
    return longest;
  }

  private FormulaException error(FormulaToken token, String key, Object... args) {
    return FormulaException.at(text.original(), token.start(), key, args);
  }
}
