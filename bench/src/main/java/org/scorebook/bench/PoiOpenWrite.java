package org.scorebook.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The floor: POI's own open and save of the same workbooks, written the way Scorebook writes (temp
 * file, then rename), with nothing else. {@code java -cp benchmarks.jar org.scorebook.bench.PoiOpenWrite
 * INPUT(file or folder) OUTDIR [THREADS]}.
 */
public final class PoiOpenWrite {
  private PoiOpenWrite() {}

  public static void main(String[] args) throws Exception {
    Path input = Path.of(args[0]);
    Path out = Files.createDirectories(Path.of(args[1]));
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    List<Path> files;
    if (Files.isDirectory(input)) {
      try (Stream<Path> list = Files.list(input)) {
        files = list.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
      }
    } else {
      files = List.of(input);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Void>> done = new java.util.ArrayList<>();
    for (Path f : files) {
      done.add(pool.submit(() -> {
        openWrite(f, out.resolve(f.getFileName()));
        return null;
      }));
    }
    for (Future<Void> f : done) {
      f.get();
    }
    pool.shutdown();
  }

  static void openWrite(Path in, Path target) throws Exception {
    try (InputStream stream = Files.newInputStream(in); Workbook workbook = WorkbookFactory.create(stream)) {
      Path tmp = Files.createTempFile(target.getParent(), ".poi-", ".tmp");
      try (OutputStream os = Files.newOutputStream(tmp)) {
        workbook.write(os);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
  }
}
