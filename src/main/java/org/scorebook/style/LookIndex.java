package org.scorebook.style;

/**
 * Where each look stands among a workbook's cell formats: the index into the {@code cellXfs} of its
 * styles part that a cell written with the look refers to ({@code <c s="…">}). For a sheet written
 * as XML rather than through POI; the same look always gives the same index.
 */
@FunctionalInterface
public interface LookIndex {
  int xfIndex(Look look);
}
