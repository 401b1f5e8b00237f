package org.scorebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MethodLengthsTest {
  private static final String SAMPLE =
      String.join(
          "\n",
          "package sample;",
          "",
          "/** A class { with braces in its comment. */",
          "public class Sample<T extends Comparable<T>> {",
          "  static {",
          "    System.out.println(\"}\");",
          "  }",
          "",
          "  Sample(int x) throws java.io.IOException, IllegalStateException {",
          "    if (x > 0) {",
          "      char open = '{';",
          "      char quote = '\\'';",
          "    } else {",
          "      String text = \"}\\\" }\";",
          "    }",
          "  }",
          "",
          "  // a method() { in a line comment",
          "  <R> java.util.List<R> map(java.util.function.Function<T, R> f) {",
          "    Runnable r = () -> {",
          "      String block = \"\"\"",
          "          } } }",
          "          \"\"\";",
          "    };",
          "    Object o = new Object() {",
          "      @Override",
          "      public String toString() {",
          "        return \"{\";",
          "      }",
          "    };",
          "    return null;",
          "  }",
          "",
          "  abstract void declared();",
          "",
          "  record Point(int x, int y) {",
          "    Point {",
          "      if (x < 0) {",
          "        throw new IllegalArgumentException();",
          "      }",
          "    }",
          "",
          "    int sum() { return x + y; }",
          "  }",
          "",
          "  enum Kind { A, B; int code() { return ordinal(); } }",
          "",
          "  Class<?> type() {",
          "    return Sample.class;",
          "  }",
          "}");

  @Test
  void everyMethodAndConstructorIsFoundWithItsLinesFromNameToClosingBrace() {
    assertEquals(
        List.of(
            new MethodLengths.Method("Sample", "Sample", 8),
            new MethodLengths.Method("Sample", "toString", 3),
            new MethodLengths.Method("Sample", "map", 14),
            new MethodLengths.Method("Sample.Point", "Point", 5),
            new MethodLengths.Method("Sample.Point", "sum", 1),
            new MethodLengths.Method("Sample.Kind", "code", 1),
            new MethodLengths.Method("Sample", "type", 3)),
        MethodLengths.of(SAMPLE));
  }

  @Test
  void aMethodIsAsLongAsItsLinesWhateverItsLiteralsHold() {
    String source =
        "class A {\n  void a() {\n    String s = \"{{{\";\n    /* { */\n  }\n  void b() {\n  }\n}\n";
    assertEquals(
        List.of(new MethodLengths.Method("A", "a", 4), new MethodLengths.Method("A", "b", 2)),
        MethodLengths.of(source));
  }
}
