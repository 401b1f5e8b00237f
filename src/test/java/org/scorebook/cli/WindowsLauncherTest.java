package org.scorebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code scorebook.bat} as cmd.exe reads it, checked without Windows: CRLF endings (cmd.exe
 * misreads labels and blocks in LF files), no byte-order mark before {@code @echo off}, the console
 * switched to UTF-8 before the first Chinese line and restored on every way out, and blocks and
 * labels that close.
 */
class WindowsLauncherTest {
  private static final Path LAUNCHER = Path.of("scorebook.bat");

  private byte[] bytes;
  private List<String> lines;

  @BeforeEach
  void read() throws IOException {
    bytes = Files.readAllBytes(LAUNCHER);
    lines = List.of(new String(bytes, StandardCharsets.UTF_8).split("\r\n", -1));
  }

  @Test
  void everyLineEndsInCrLfAndTheFileHasNoByteOrderMark() {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        assertThat(i > 0 && bytes[i - 1] == '\r')
            .as("line feed without carriage return at byte %d", i)
            .isTrue();
      }
    }
    assertThat(bytes[bytes.length - 1]).as("the last line ends in CRLF").isEqualTo((byte) '\n');
    assertThat(new String(bytes, 0, 9, StandardCharsets.US_ASCII)).isEqualTo("@echo off");
  }

  @Test
  void gitKeepsTheCrLfEndingsOnEveryCheckout() throws IOException {
    assertThat(Files.readAllLines(Path.of(".gitattributes"))).contains("*.bat text eol=crlf");
  }

  @Test
  void theConsoleIsSwitchedToUtf8BeforeTheFirstChineseLine() {
    int switched = indexOf("chcp 65001 >nul");
    int firstNonAscii = -1;
    for (int i = 0; i < lines.size() && firstNonAscii < 0; i++) {
      if (!StandardCharsets.US_ASCII.newEncoder().canEncode(lines.get(i))) {
        firstNonAscii = i;
      }
    }
    assertThat(switched).isNotNegative();
    assertThat(firstNonAscii).as("first line with Chinese text").isGreaterThan(switched);
    assertThat(indexOf("for /f \"tokens=2 delims=:\" %%c in ('chcp')"))
        .as("the old code page is saved")
        .isBetween(0, switched);
  }

  @Test
  void everyExitAfterTheSwitchRestoresTheCodePage() {
    int switched = indexOf("chcp 65001 >nul");
    int restoreLabel = lines.indexOf(":restore");
    assertThat(restoreLabel).isGreaterThan(switched);
    for (int i = switched + 1; i < restoreLabel; i++) {
      String line = lines.get(i);
      int exit = line.indexOf("exit /b");
      if (exit >= 0) {
        assertThat(
                line.substring(0, exit).contains("call :restore")
                    || lines.get(i - 1).strip().equals("call :restore"))
            .as("line %d exits without restoring the code page: %s", i + 1, line)
            .isTrue();
      }
    }
    assertThat(lines.get(restoreLabel + 1)).contains("chcp %OLDCP%");
  }

  @Test
  void blocksCloseAndEveryCalledLabelExists() {
    int depth = 0;
    List<String> labels = new ArrayList<>();
    List<String> called = new ArrayList<>();
    Pattern call = Pattern.compile("(?:call\\s+:|goto\\s+:?)(\\w+)", Pattern.CASE_INSENSITIVE);
    for (String line : lines) {
      String code = withoutQuotedText(line);
      if (code.strip().toLowerCase().startsWith("rem ")) {
        continue;
      }
      if (code.startsWith(":")) {
        labels.add(code.substring(1).strip().toLowerCase());
      }
      Matcher m = call.matcher(code);
      while (m.find()) {
        called.add(m.group(1).toLowerCase());
      }
      for (char c : code.toCharArray()) {
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        assertThat(depth).as("a ) without its ( in: %s", line).isNotNegative();
      }
    }
    assertThat(depth).as("every ( is closed").isZero();
    called.remove("eof");
    assertThat(labels).containsAll(called);
  }

  private int indexOf(String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i;
      }
    }
    return -1;
  }

  /** Text inside double quotes does not count for cmd.exe's parentheses. */
  private static String withoutQuotedText(String line) {
    return line.replaceAll("\"[^\"]*\"", "\"\"");
  }
}
