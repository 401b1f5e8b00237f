/**
 * Reading a workbook: opening it safely (never writing back to the input), recognising its kind,
 * and reading it with that kind's reader into the model every kind shares. The readers see a {@code
 * CellGrid} of sheets, rows and cells: over a workbook POI opened (one that is written afterwards,
 * an .xls), or streamed from an .xlsx's XML when the workbook is only read and scored, with POI
 * reading it instead wherever the streaming read cannot be exact. The readers are the kinds' own
 * (in their packages under {@code kinds}), handed in as {@link org.scorebook.read.KindReaders}; the
 * first one also reads a workbook no kind recognises, so such a workbook gets contract v1's
 * reasons. Here too, for the kinds' readers: finding sheets and columns by name, and turning cells
 * into the model's values. POI is known here and in the packages that write or draw sheets and
 * documents ({@code write}, {@code style}, {@code template}, {@code department}, {@code aids},
 * {@code report}); nowhere else: not in the model, the rules, the drop folder, mail or the command
 * line.
 */
package org.scorebook.read;
