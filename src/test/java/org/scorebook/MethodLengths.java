package org.scorebook;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The methods and constructors of one Java source file with their lengths in lines, from the line
 * of the name to the line of the closing brace. Braces are matched on the source with comments,
 * strings, text blocks and character literals left out; a lambda or an anonymous class counts as
 * part of the method it is written in, a method of a nested type under that type's name.
 */
final class MethodLengths {
  /** A method of {@code type} (nested types as {@code Outer.Inner}) and its length in lines. */
  record Method(String type, String name, int lines) {
    String key() {
      return type + "#" + name;
    }
  }

  private record Token(String text, int line) {}

  /** An open brace: a type's body, a method's body or any other block. */
  private record Frame(String type, boolean isRecord, String method, int line) {}

  private static final Set<String> NOT_METHOD_NAMES =
      Set.of("if", "for", "while", "switch", "catch", "synchronized", "try", "return", "else");
  private static final Set<String> TYPE_KEYWORDS = Set.of("class", "interface", "enum", "record");

  private MethodLengths() {}

  /** Every method and constructor with a body in {@code source}. */
  static List<Method> of(String source) {
    return new Scan(tokens(source)).methods();
  }

  private static final class Scan {
    private final List<Token> tokens;
    private final Deque<Frame> open = new ArrayDeque<>();
    private final List<Method> methods = new ArrayList<>();
    private String pendingType;
    private boolean pendingRecord;

    Scan(List<Token> tokens) {
      this.tokens = tokens;
    }

    List<Method> methods() {
      for (int i = 0; i < tokens.size(); i++) {
        String text = tokens.get(i).text();
        if (isTypeDeclaration(i)) {
          pendingType = tokens.get(i + 1).text();
          pendingRecord = text.equals("record");
        } else if (text.equals("{")) {
          open.push(opened(i));
        } else if (text.equals("}") && !open.isEmpty()) {
          closed(open.pop(), tokens.get(i).line());
        }
      }
      return methods;
    }

    private boolean isTypeDeclaration(int i) {
      String text = tokens.get(i).text();
      if (!TYPE_KEYWORDS.contains(text) || i + 1 >= tokens.size() || before(i).equals(".")) {
        return false;
      }
      if (!isIdentifier(tokens.get(i + 1).text())) {
        return false;
      }
      // "record" is a keyword only in a declaration: record Name( or record Name<
      return !text.equals("record")
          || i + 2 < tokens.size() && Set.of("(", "<").contains(tokens.get(i + 2).text());
    }

    private Frame opened(int brace) {
      if (pendingType != null) {
        String outer = enclosingType();
        String name = outer.isEmpty() ? pendingType : outer + "." + pendingType;
        Frame type = new Frame(name, pendingRecord, null, 0);
        pendingType = null;
        return type;
      }
      int name = methodName(brace);
      return name < 0
          ? new Frame(null, false, null, 0)
          : new Frame(null, false, tokens.get(name).text(), tokens.get(name).line());
    }

    private void closed(Frame frame, int line) {
      if (frame.method() != null) {
        methods.add(new Method(enclosingType(), frame.method(), line - frame.line() + 1));
      }
    }

    private String enclosingType() {
      return open.stream().filter(f -> f.type() != null).findFirst().map(Frame::type).orElse("");
    }

    /** The index of the method's or constructor's name whose body {@code brace} opens, or -1. */
    private int methodName(int brace) {
      int j = brace - 1;
      while (j >= 0 && isThrowsPart(tokens.get(j).text())) {
        j--;
      }
      if (j < 0) {
        return -1;
      }
      if (j < brace - 1 && !tokens.get(j + 1).text().equals("throws")) {
        return isCompactConstructor(brace - 1) ? brace - 1 : -1;
      }
      if (!tokens.get(j).text().equals(")")) {
        return -1;
      }
      int name = matchingOpen(j) - 1;
      if (name < 0 || !isIdentifier(tokens.get(name).text())) {
        return -1;
      }
      boolean named = !NOT_METHOD_NAMES.contains(tokens.get(name).text());
      return named && !Set.of("new", ".", "record", ",").contains(before(name)) ? name : -1;
    }

    /** {@code Name {} in a record whose name is Name: the compact canonical constructor. */
    private boolean isCompactConstructor(int name) {
      Frame type = open.stream().filter(f -> f.type() != null).findFirst().orElse(null);
      if (type == null || !type.isRecord() || open.peek() != type) {
        return false;
      }
      String simple = type.type().substring(type.type().lastIndexOf('.') + 1);
      return tokens.get(name).text().equals(simple) && !before(name).equals("new");
    }

    private int matchingOpen(int close) {
      int depth = 0;
      for (int k = close; k >= 0; k--) {
        String text = tokens.get(k).text();
        if (text.equals(")")) {
          depth++;
        } else if (text.equals("(") && --depth == 0) {
          return k;
        }
      }
      return -1;
    }

    private String before(int i) {
      return i > 0 ? tokens.get(i - 1).text() : "";
    }
  }

  private static boolean isThrowsPart(String text) {
    return isIdentifier(text) || Set.of(".", ",", "<", ">", "?", "&").contains(text);
  }

  private static boolean isIdentifier(String text) {
    return Character.isJavaIdentifierStart(text.charAt(0));
  }

  /** Words and single symbols with their lines; comments and literals dropped, "->" kept whole. */
  static List<Token> tokens(String source) {
    List<Token> tokens = new ArrayList<>();
    int line = 1;
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      int end = skipped(source, i);
      if (end > i) {
        line += newlines(source, i, end);
        i = end;
      } else if (Character.isJavaIdentifierPart(c)) {
        end = i;
        while (end < source.length() && Character.isJavaIdentifierPart(source.charAt(end))) {
          end++;
        }
        tokens.add(new Token(source.substring(i, end), line));
        i = end;
      } else {
        boolean arrow = source.startsWith("->", i);
        tokens.add(new Token(arrow ? "->" : String.valueOf(c), line));
        line += c == '\n' ? 1 : 0;
        i += arrow ? 2 : 1;
      }
    }
    tokens.removeIf(t -> t.text().isBlank());
    return tokens;
  }

  /** The end of the comment or literal starting at {@code i}, or {@code i} when none does. */
  private static int skipped(String source, int i) {
    if (source.startsWith("//", i)) {
      int end = source.indexOf('\n', i);
      return end < 0 ? source.length() : end;
    }
    if (source.startsWith("/*", i)) {
      return source.indexOf("*/", i + 2) + 2;
    }
    if (source.startsWith("\"\"\"", i)) {
      return literalEnd(source, i + 3, "\"\"\"");
    }
    char c = source.charAt(i);
    if (c == '"' || c == '\'') {
      return literalEnd(source, i + 1, String.valueOf(c));
    }
    return i;
  }

  private static int literalEnd(String source, int from, String close) {
    int k = from;
    while (!source.startsWith(close, k)) {
      k += source.charAt(k) == '\\' ? 2 : 1;
    }
    return k + close.length();
  }

  private static int newlines(String source, int from, int to) {
    int count = 0;
    for (int k = from; k < to; k++) {
      count += source.charAt(k) == '\n' ? 1 : 0;
    }
    return count;
  }
}
