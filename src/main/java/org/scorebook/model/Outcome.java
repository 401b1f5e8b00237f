package org.scorebook.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one input workbook, as one of four cases:
 *
 * <ul>
 *   <li>{@link Scored}: read and scored, every project without errors; totals and grades are given;
 *   <li>{@link HasErrors}: read and scored, but at least one project has errors, so it has no
 *       total;
 *   <li>{@link Unreadable}: not read at all (damaged, no indicator table, too slow);
 *   <li>{@link NotWritten}: read and scored, but an output could not be written (no space,
 *       read-only, permission): the machine's problem, not the workbook's, so a drop folder retries
 *       it.
 * </ul>
 *
 * <p>The three read cases carry the workbook's {@link Project}s, never none, each with its sheet
 * and scorecard (a workbook holds one project today). The workbook's case follows from them: it is
 * {@link Scored} only when every project is clean, checked when it is built. What is written stays
 * per workbook: {@link Scored} and {@link HasErrors} carry every output written for the input (the
 * annotated workbook and, when asked for, the report), none when the input was only scored.
 */
public sealed interface Outcome {

  Path input();

  /**
   * One project of a workbook, read and scored.
   *
   * @param sheet the name of the sheet that holds its indicators, as it appears in the workbook
   */
  record Project(String sheet, Scorecard card) {
    public Project {
      Objects.requireNonNull(sheet, "sheet");
      Objects.requireNonNull(card, "card");
    }

    /** The project scored in {@code card}, named by the sheet its indicators were read from. */
    public static Project of(Scorecard card) {
      return new Project(card.evaluation().indicators().sheetName(), card);
    }

    /** Scored without errors: its total and grade are given. */
    public boolean isClean() {
      return !card.hasErrors();
    }
  }

  /** What an output is, for callers that look for one kind among several. */
  enum OutputKind {
    /** The evaluator's workbook with scores, marks and the 评分汇总 sheet. */
    WORKBOOK,
    /** The evaluation report's Word draft, when asked for. */
    REPORT
  }

  /**
   * One file written for the input.
   *
   * @param sheet the sheet of the project it is for; empty when it is for the whole workbook (the
   *     annotated workbook, the report of a workbook of one project)
   */
  record Output(OutputKind kind, Path path, String sheet) {
    public Output {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(sheet, "sheet");
    }

    public Output(OutputKind kind, Path path) {
      this(kind, path, "");
    }
  }

  /**
   * An output that was asked for and not written, and why (a project with errors gets no report).
   *
   * @param reason what the user is told, in Chinese
   * @param sheet the sheet of the project it was for; empty for the whole workbook
   */
  record Omitted(OutputKind kind, String reason, String sheet) {
    public Omitted {
      Objects.requireNonNull(sheet, "sheet");
    }

    public Omitted(OutputKind kind, String reason) {
      this(kind, reason, "");
    }
  }

  /**
   * Read and scored, every project without errors.
   *
   * @param omitted outputs asked for that the workbook's kind does not get (a review, no report)
   */
  record Scored(Path input, List<Project> projects, List<Output> outputs, List<Omitted> omitted)
      implements Outcome {
    public Scored {
      projects = read(input, projects);
      if (!projects.stream().allMatch(Project::isClean)) {
        throw new IllegalArgumentException("a project with errors is not scored: " + input);
      }
      outputs = List.copyOf(outputs);
      omitted = List.copyOf(omitted);
    }

    public Scored(Path input, List<Project> projects, List<Output> outputs) {
      this(input, projects, outputs, List.of());
    }
  }

  /**
   * Read and scored, with errors in at least one project: that project has no total, no grade.
   *
   * @param omitted outputs asked for that a workbook with errors does not get
   */
  record HasErrors(Path input, List<Project> projects, List<Output> outputs, List<Omitted> omitted)
      implements Outcome {
    public HasErrors {
      projects = read(input, projects);
      if (projects.stream().allMatch(Project::isClean)) {
        throw new IllegalArgumentException("a workbook without errors is scored: " + input);
      }
      outputs = List.copyOf(outputs);
      omitted = List.copyOf(omitted);
    }

    public HasErrors(Path input, List<Project> projects, List<Output> outputs) {
      this(input, projects, outputs, List.of());
    }
  }

  /**
   * Not read.
   *
   * @param reason what the user is told, in Chinese, complete
   */
  record Unreadable(Path input, Cause cause, String reason) implements Outcome {}

  /** Why an input was not read. */
  enum Cause {
    /** Empty, cut off, damaged, encrypted, too large, not a workbook at all. */
    DAMAGED,
    /** A workbook, but without an indicator table Scorebook can score (no 指标评分 sheet or header). */
    NO_INDICATORS,
    /** It took longer than the time one file may take, or processing failed unexpectedly. */
    NOT_FINISHED;

    /** How the console, the reason file and 问题清单 name it: 无法读取, 无法评分, 未能处理. */
    public String label() {
      return Text.get("outcome.cause." + name());
    }
  }

  /**
   * Read and scored, but not written.
   *
   * @param reason what the user is told: the output named, the cause and what to do, in Chinese
   */
  record NotWritten(Path input, List<Project> projects, String reason) implements Outcome {
    public NotWritten {
      projects = read(input, projects);
    }
  }

  /** The outcome of reading and scoring {@code input} into {@code projects}, with its outputs. */
  static Outcome of(Path input, List<Project> projects, List<Output> outputs) {
    return of(input, projects, outputs, List.of());
  }

  /** As {@link #of(Path, List, List)}, with the outputs asked for and not written. */
  static Outcome of(
      Path input, List<Project> projects, List<Output> outputs, List<Omitted> omitted) {
    return projects.stream().allMatch(Project::isClean)
        ? new Scored(input, projects, outputs, omitted)
        : new HasErrors(input, projects, outputs, omitted);
  }

  /** Every project with no errors: totals and grades are given. */
  default boolean isClean() {
    return this instanceof Scored;
  }

  /** The projects read and scored, in the workbook's order; none when the input was not read. */
  default List<Project> projects() {
    return List.of();
  }

  /**
   * The first project's scorecard, when the input was read: the only one while a workbook holds one
   * project. What reports on every project iterates {@link #projects()}.
   */
  default Optional<Scorecard> scorecard() {
    return projects().stream().findFirst().map(Project::card);
  }

  /** Why nothing could be read or written, when that is what happened. */
  default Optional<String> failure() {
    if (this instanceof Unreadable u) {
      return Optional.of(u.reason());
    }
    if (this instanceof NotWritten n) {
      return Optional.of(n.reason());
    }
    return Optional.empty();
  }

  /** Every file written for the input; none when it was only scored, or not read or not written. */
  default List<Output> outputs() {
    return List.of();
  }

  /**
   * Outputs asked for and not written, each with its reason; for a clean workbook, only those its
   * kind does not get.
   */
  default List<Omitted> omitted() {
    return List.of();
  }

  /** The annotated workbook, when one was written. */
  default Optional<Path> workbook() {
    return output(OutputKind.WORKBOOK);
  }

  /** The evaluation report, when one was written. */
  default Optional<Path> report() {
    return output(OutputKind.REPORT);
  }

  /** The output of {@code kind}, when one was written. */
  default Optional<Path> output(OutputKind kind) {
    return outputs().stream().filter(o -> o.kind() == kind).map(Output::path).findFirst();
  }

  /**
   * The same outcome with its workbook at {@code moved} (a drop folder renames the staged output
   * into place), as {@link #withOutputAt}.
   */
  default Outcome withWorkbookAt(Path moved) {
    return withOutputAt(OutputKind.WORKBOOK, moved);
  }

  /**
   * The same outcome with its output of {@code kind} at {@code moved}, the other outputs as they
   * were; a scored outcome without an output of that kind gets one, first. An input that was not
   * read or not written has no outputs and is returned as it is.
   */
  default Outcome withOutputAt(OutputKind kind, Path moved) {
    List<Output> placed = new ArrayList<>();
    for (Output output : outputs()) {
      placed.add(output.kind() == kind ? new Output(kind, moved) : output);
    }
    if (placed.stream().noneMatch(o -> o.kind() == kind)) {
      placed.add(0, new Output(kind, moved));
    }
    if (this instanceof Scored s) {
      return new Scored(s.input(), s.projects(), placed, s.omitted());
    }
    if (this instanceof HasErrors e) {
      return new HasErrors(e.input(), e.projects(), placed, e.omitted());
    }
    return this;
  }

  /**
   * The same outcome with its outputs replaced by {@code placed} (a drop folder moves every staged
   * output into place); an input that was not read or not written is returned as it is.
   */
  default Outcome withOutputs(List<Output> placed) {
    if (this instanceof Scored s) {
      return new Scored(s.input(), s.projects(), placed, s.omitted());
    }
    if (this instanceof HasErrors e) {
      return new HasErrors(e.input(), e.projects(), placed, e.omitted());
    }
    return this;
  }

  /** The outputs of {@code kind}, in the order they were written: one report per project. */
  default List<Output> outputs(OutputKind kind) {
    return outputs().stream().filter(o -> o.kind() == kind).toList();
  }

  /** The projects of a workbook that was read: at least one. */
  private static List<Project> read(Path input, List<Project> projects) {
    if (projects.isEmpty()) {
      throw new IllegalArgumentException("a workbook read has at least one project: " + input);
    }
    return List.copyOf(projects);
  }
}
