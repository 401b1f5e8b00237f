/**
 * Reading a workbook: opening it safely (never writing back to the input), finding sheets and columns
 * by name, and turning cells into the model's values. POI is known here, in {@code write} (what is
 * written into an evaluated workbook) and in {@code department} (the results workbook); nowhere else.
 */
package org.scorebook.read;
