/**
 * Reading a workbook: opening it safely (never writing back to the input), recognising its kind,
 * and reading it with that kind's reader into the model every kind shares. Contract v1 (the
 * template) is the only kind so far; it also reads a workbook no kind recognises, so such a
 * workbook gets v1's reasons. Here too: finding sheets and columns by name, and turning cells into
 * the model's values. POI is known here, in {@code write} (what is written into an evaluated
 * workbook) and in {@code department} (the results workbook); nowhere else.
 */
package org.scorebook.read;
