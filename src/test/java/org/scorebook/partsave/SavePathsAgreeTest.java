package org.scorebook.partsave;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scorebook.write.WriteCorpus;

/**
 * One behaviour, three ways of saving: every workbook the suite builds is written by POI's own save
 * of the whole workbook, by POI keeping the untouched parts' bytes, and by the save that rewrites
 * only the parts that change without POI; an independent reader must see the same workbook in all,
 * cell by cell, style by style, comment by comment. The last one must take every workbook here,
 * contract v1 and the self-evaluation forms (the shipped sample among them) alike, but those whose
 * formulas read the results on another sheet or have no saved result. Its output is then processed
 * again every way, as users reprocess results.
 */
class SavePathsAgreeTest {

  @TempDir Path folder;

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void bothSavesShowTheSameWorkbook(String name, WriteCorpus.Maker maker) throws Exception {
    Path input = maker.make(Files.createDirectories(folder.resolve("input")).resolve(name));

    boolean partsTakeIt =
        !WriteCorpus.FORMULAS_READ_THE_RESULTS.contains(name)
            && !WriteCorpus.FORMULAS_IN_RESULT_CELLS.contains(name);

    Path written = ThreeSaves.agree(input, folder.resolve("first"), partsTakeIt);
    ThreeSaves.agree(written, folder.resolve("again"), partsTakeIt);
  }

  static Stream<Arguments> corpus() {
    return WriteCorpus.all();
  }
}
