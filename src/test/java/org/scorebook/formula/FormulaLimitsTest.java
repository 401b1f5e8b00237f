package org.scorebook.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class FormulaLimitsTest {
  /**
   * Guards against a hang (exp4j's tokenizer is super-quadratic on some inputs: a 10,000-letter
   * name took minutes); not a speed requirement, so a loaded machine never fails these tests.
   */
  private static final Duration HANG_GUARD = Duration.ofSeconds(60);

  private final FormulaCompiler compiler = new FormulaCompiler(Set.of("x", "y", "预算金额"));

  @Test
  void overlongFormulaIsRejectedWithTheLimit() {
    String text = "-".repeat(10_000) + "1";

    assertTimeoutPreemptively(
        HANG_GUARD,
        () ->
            assertThatThrownBy(() -> compiler.compile(text))
                .isInstanceOf(FormulaException.class)
                .hasMessage("公式太长：有 10001 个字符，最多 1000 个。"));
  }

  @Test
  void tenThousandDeepNestingIsRejectedByTheLengthCap() {
    String text = "(".repeat(10_000) + "1" + ")".repeat(10_000);

    assertTimeoutPreemptively(
        HANG_GUARD,
        () -> assertThatThrownBy(() -> compiler.compile(text)).hasMessageStartingWith("公式太长"));
  }

  @Test
  void longNameIsRejectedByTheLengthCap() {
    String text = "a".repeat(10_000);

    assertTimeoutPreemptively(
        HANG_GUARD,
        () -> assertThatThrownBy(() -> compiler.compile(text)).hasMessageStartingWith("公式太长"));
  }

  @Test
  void formulaAtTheLimitIsAccepted() throws FormulaException {
    String text = "1" + "+1".repeat(499) + " ";

    assertThat(text).hasSize(FormulaCompiler.MAX_LENGTH);
    assertThat(compiler.compile(text).evaluate(Map.of())).isEqualTo(500);
  }

  @Test
  void worstCasesWithinTheLimitEndInAClearMessage() {
    assertTimeoutPreemptively(
        HANG_GUARD,
        () -> {
          assertThatThrownBy(() -> compiler.compile("-".repeat(999) + "1"))
              .hasMessageContaining("嵌套太深");
          assertThatThrownBy(() -> compiler.compile("(".repeat(499) + "1" + ")".repeat(499)))
              .hasMessage("第 101 个字符：公式嵌套太深：括号、函数和正负号最多嵌套 100 层。");
          assertThatThrownBy(() -> compiler.compile("(".repeat(1000))).hasMessageContaining("嵌套太深");
          assertThatThrownBy(() -> compiler.compile("a".repeat(1000)))
              .hasMessage("第 1 个字符：未知名称「" + "a".repeat(1000) + "」。");
          assertThatThrownBy(() -> compiler.compile("1" + "9".repeat(999)))
              .hasMessageContaining("写得不对");
        });
  }

  @Test
  void moderateNestingIsFine() throws FormulaException {
    String text =
        "(".repeat(50)
            + "x"
            + ")".repeat(50)
            + " + min(max(1, 2), clamp(3, 4, 5))"; // 1 + min(2, 4)

    assertThat(compiler.compile(text).evaluate(Map.of("x", 1.0))).isEqualTo(3);
  }

  @Test
  void sameFormulaEvaluatesCorrectlyFromFourThreads() throws Exception {
    Formula formula = compiler.compile("if(y == 0, 0, x * 2 + x / y)");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        results.add(pool.submit(evaluations(formula, thread)));
      }
      for (Future<Integer> result : results) {
        assertThat(result.get()).isEqualTo(20_000);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Callable<Integer> evaluations(Formula formula, int thread) {
    return () -> {
      int correct = 0;
      for (int i = 0; i < 20_000; i++) {
        double x = thread * 100_000 + i;
        double y = (i % 7) + thread;
        double expected = y == 0 ? 0 : x * 2 + x / y;
        if (formula.evaluate(Map.of("x", x, "y", y)) == expected) {
          correct++;
        }
      }
      return correct;
    };
  }

  @Test
  void nothingButFormulaExceptionEscapesForRandomInput() {
    String[] pieces = {
      "1", "0", "2.5", "x", "y", "分值", "满分", "预算金额", "min", "tier", "if", "round", "sqrt", "(", ")",
      ",", "+", "-", "*", "/", "^", ">", ">=", "==", "!=", "<", " ", "（", "，", "×", "%", "=", "!",
      ".", "e", "abc"
    };
    Random random = new Random(42);
    Map<String, Double> values = Map.of("x", 0.0, "y", 2.0, "分值", 5.0, "预算金额", 0.0);
    assertTimeoutPreemptively(
        HANG_GUARD,
        () -> {
          for (int i = 0; i < 30_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int k = 0; k < length; k++) {
              text.append(pieces[random.nextInt(pieces.length)]);
            }
            compileAndEvaluate(text.toString(), values);
          }
        });
  }

  private void compileAndEvaluate(String text, Map<String, Double> values) {
    try {
      double result = compiler.compile(text).evaluate(values);
      assertThat(result).as(text).isFinite();
    } catch (FormulaException e) {
      assertThat(e.getMessage())
          .as(text)
          .containsPattern("\\p{IsHan}")
          .as("the parser, not exp4j, must catch it: %s", text)
          .doesNotStartWith("公式无法计算");
    }
  }
}
