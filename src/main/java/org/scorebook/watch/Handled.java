package org.scorebook.watch;

import java.nio.file.Path;
import java.util.Optional;
import org.scorebook.model.Outcome;

/**
 * What became of one dropped workbook.
 *
 * @param name the name it was dropped under
 * @param outcome the scoring result (its {@code input} is the claimed file, not for display)
 * @param archived true when the original went to the archive (scored, perhaps with warnings); false
 *     when it went to the failed folder
 * @param original where the original is now
 * @param output the scored copy (archived) or the annotated copy (failed), when one was written
 * @param millis how long it took
 */
public record Handled(
    String name,
    Outcome outcome,
    boolean archived,
    Path original,
    Optional<Path> output,
    long millis) {}
