package org.scorebook.panel;

import java.nio.file.Path;
import org.scorebook.model.Scorecard;

/**
 * One expert's copy of the project, scored without errors.
 *
 * @param name the 评价人 of the copy, or its file name without extension when it has none
 */
public record Expert(String name, Path file, Scorecard card) {}
