package org.scorebook.model;

/** One row of 评分参数: a named number that formulas use. */
public record Parameter(
    String name,
    NumberReading value,
    String unit,
    String note,
    CellRef nameCell,
    CellRef valueCell) {}
