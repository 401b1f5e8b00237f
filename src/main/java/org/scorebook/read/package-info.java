/**
 * Reading a workbook: opening it safely (never writing back to the input), recognising its kind,
 * and reading it with that kind's reader into the model every kind shares. The readers see a {@code
 * CellGrid} of sheets, rows and cells: over a workbook POI opened (one that is written afterwards,
 * an .xls), or streamed from an .xlsx's XML when the workbook is only read and scored, with POI
 * reading it instead wherever the streaming read cannot be exact. Two kinds are read: contract v1
 * (the template) and the national self-evaluation form, found in any sheet; contract v1 also reads
 * a workbook no kind recognises, so such a workbook gets v1's reasons. Here too: finding sheets and
 * columns by name, and turning cells into the model's values. POI is known here and in the packages
 * that write or draw sheets and documents ({@code write}, {@code style}, {@code template}, {@code
 * department}, {@code aids}, {@code report}); nowhere else: not in the model, the rules, the drop
 * folder, mail or the command line.
 */
package org.scorebook.read;
