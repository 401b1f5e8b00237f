package org.scorebook.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.scorebook.Scorebook;

/**
 * Figure 1 taken a second way, so that a machine whose speed drifts cannot skew the ratio: in one warm
 * JVM, each round runs Scorebook's process, POI's open and save of the same input, POI's open and
 * save of Scorebook's output, and Scorebook's process with every workbook saved through POI
 * ({@code -Dscorebook.save=poi}, the way before the part-by-part save), back to back. The ratios are taken round by round and their median is
 * reported, for wall time and for the thread's CPU time (which leaves out waiting for the disk:
 * Scorebook syncs each output to disk, the floor does not).
 *
 * <p>{@code java -cp benchmarks.jar org.scorebook.bench.Interleaved NAME WORKBOOK ROUNDS WARMUP_ROUNDS}
 */
public final class Interleaved {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private Interleaved() {}

  public static void main(String[] args) throws Exception {
    String name = args[0];
    Path input = Path.of(args[1]);
    int rounds = Integer.parseInt(args[2]);
    int warmup = Integer.parseInt(args[3]);
    Path dir = Files.createTempDirectory("scorebook-interleaved");
    Path output = dir.resolve("output.xlsx");
    process(input, output);

    double[][] wall = new double[4][rounds];
    double[][] cpu = new double[4][rounds];
    for (int i = -warmup; i < rounds; i++) {
      long[] w = new long[4];
      long[] c = new long[4];
      time(0, w, c, () -> process(input, dir.resolve("scorebook.xlsx")));
      time(1, w, c, () -> PoiOpenWrite.openWrite(input, dir.resolve("poi.xlsx")));
      time(2, w, c, () -> PoiOpenWrite.openWrite(output, dir.resolve("poi-output.xlsx")));
      System.setProperty(Scorebook.SAVE_PROPERTY, "poi");
      time(3, w, c, () -> process(input, dir.resolve("scorebook-poi.xlsx")));
      System.clearProperty(Scorebook.SAVE_PROPERTY);
      if (i >= 0) {
        for (int k = 0; k < 4; k++) {
          wall[k][i] = w[k] / 1e6;
          cpu[k][i] = c[k] / 1e6;
        }
      }
    }
    System.out.println(String.format(Locale.ROOT,
        "%s rounds=%d scorebook_ms=%.2f poi_ms=%.2f poi_output_ms=%.2f"
            + " ratio_wall=%.2f [%.2f-%.2f] ratio_cpu=%.2f ratio_vs_output_floor=%.2f"
            + " | through_poi_ms=%.2f ratio_wall=%.2f ratio_cpu=%.2f",
        name, rounds, median(wall[0]), median(wall[1]), median(wall[2]),
        median(ratios(wall[0], wall[1])), quantile(ratios(wall[0], wall[1]), 0.25),
        quantile(ratios(wall[0], wall[1]), 0.75), median(ratios(cpu[0], cpu[1])),
        median(ratios(wall[0], wall[2])), median(wall[3]), median(ratios(wall[3], wall[1])),
        median(ratios(cpu[3], cpu[1]))));
  }

  @FunctionalInterface
  private interface Step {
    void run() throws Exception;
  }

  private static void time(int k, long[] wall, long[] cpu, Step step) throws Exception {
    long w = System.nanoTime();
    long c = THREADS.getCurrentThreadCpuTime();
    step.run();
    cpu[k] = THREADS.getCurrentThreadCpuTime() - c;
    wall[k] = System.nanoTime() - w;
  }

  private static void process(Path input, Path output) {
    if (Scorebook.process(input, output).failure().isPresent()) {
      throw new IllegalStateException("cannot process " + input);
    }
  }

  private static double[] ratios(double[] a, double[] b) {
    double[] r = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = a[i] / b[i];
    }
    return r;
  }

  private static double median(double[] values) {
    return quantile(values, 0.5);
  }

  private static double quantile(double[] values, double q) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.round(q * (sorted.length - 1))];
  }
}
