package org.scorebook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.scorebook.Scorebook;
import org.scorebook.model.Outcome;

/**
 * Per workbook, warm JVM: Scorebook's whole process (read, score, validate, annotate, summary sheet,
 * recalculation, atomic save) against the floor, POI's open and save of the same file. The ratio of the
 * two scores is figure 1 of BENCHMARKS.md.
 *
 * <p>A second reference, {@code poiOpenWriteOutput}, is POI's open and save of Scorebook's own output:
 * the output holds a summary sheet and three more columns, so saving it costs more than saving the input
 * whatever the tool on top. The gap between the two references is what the extra content costs POI.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g", "-XX:+UseSerialGC"})
public class ProcessBenchmark {
  /** seed: the seed-001 sample (43 indicators); large: 2,044 indicator rows. */
  @Param({"seed", "large"})
  public String workbook;

  private Path input;
  private Path output;
  private Path outDir;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Path dir = Files.createTempDirectory("scorebook-bench");
    outDir = Files.createDirectories(dir.resolve("out"));
    if (workbook.equals("large")) {
      input = dir.resolve("large.xlsx");
      BenchWorkbooks.writeLarge(input);
    } else {
      input = dir.resolve("seed.xlsx");
      Files.copy(Path.of(System.getProperty("scorebook.seed", "samples/2017年合作交流综合信息服务平台建设运维项目.xlsx")), input);
    }
    output = dir.resolve("output.xlsx");
    if (Scorebook.process(input, output).failure().isPresent()) {
      throw new IllegalStateException("cannot process " + input);
    }
  }

  @Benchmark
  public Outcome scorebookProcess() {
    Outcome outcome = Scorebook.process(input, outDir.resolve("scorebook.xlsx"));
    if (outcome.failure().isPresent()) {
      throw new IllegalStateException(outcome.failure().get());
    }
    return outcome;
  }

  @Benchmark
  public void poiOpenWrite() throws Exception {
    PoiOpenWrite.openWrite(input, outDir.resolve("poi.xlsx"));
  }

  @Benchmark
  public void poiOpenWriteOutput() throws Exception {
    PoiOpenWrite.openWrite(output, outDir.resolve("poi-output.xlsx"));
  }
}
