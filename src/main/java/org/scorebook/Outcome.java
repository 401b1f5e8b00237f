package org.scorebook;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.scorebook.model.Scorecard;
import org.scorebook.model.Text;

/**
 * What became of one input, as one of four cases:
 *
 * <ul>
 *   <li>{@link Scored}: read and scored without errors; the total and grade are given;
 *   <li>{@link HasErrors}: read and scored, but the workbook has errors, so no total;
 *   <li>{@link Unreadable}: not read at all (damaged, no indicator table, too slow);
 *   <li>{@link NotWritten}: read and scored, but an output could not be written (no space,
 *       read-only, permission): the machine's problem, not the workbook's, so a drop folder retries
 *       it.
 * </ul>
 *
 * <p>The first two carry every output written for the input (the annotated workbook and, when asked
 * for, the report), none when the input was only scored. Each case holds only what can be true of
 * it: a {@link Scored} scorecard has no errors and a {@link HasErrors} one has some, checked when
 * it is built.
 */
public sealed interface Outcome {

  Path input();

  /** What an output is, for callers that look for one kind among several. */
  enum OutputKind {
    /** The evaluator's workbook with scores, marks and the 评分汇总 sheet. */
    WORKBOOK,
    /** The evaluation report's Word draft, when asked for. */
    REPORT
  }

  /** One file written for the input. */
  record Output(OutputKind kind, Path path) {}

  /**
   * An output that was asked for and not written, and why (a workbook with errors gets no report).
   *
   * @param reason what the user is told, in Chinese
   */
  record Omitted(OutputKind kind, String reason) {}

  /** Read and scored without errors. */
  record Scored(Path input, Scorecard card, List<Output> outputs) implements Outcome {
    public Scored {
      if (card.hasErrors()) {
        throw new IllegalArgumentException("a scorecard with errors is not scored: " + input);
      }
      outputs = List.copyOf(outputs);
    }
  }

  /**
   * Read and scored, with errors in the workbook: no total, no grade.
   *
   * @param omitted outputs asked for that a workbook with errors does not get
   */
  record HasErrors(Path input, Scorecard card, List<Output> outputs, List<Omitted> omitted)
      implements Outcome {
    public HasErrors {
      if (!card.hasErrors()) {
        throw new IllegalArgumentException("a scorecard without errors is scored: " + input);
      }
      outputs = List.copyOf(outputs);
      omitted = List.copyOf(omitted);
    }

    public HasErrors(Path input, Scorecard card, List<Output> outputs) {
      this(input, card, outputs, List.of());
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
  record NotWritten(Path input, Scorecard card, String reason) implements Outcome {}

  /** The outcome of reading and scoring {@code input}, with what was written for it. */
  static Outcome of(Path input, Scorecard scorecard, List<Output> outputs) {
    return of(input, scorecard, outputs, List.of());
  }

  /** As {@link #of(Path, Scorecard, List)}, with the outputs asked for and not written. */
  static Outcome of(Path input, Scorecard scorecard, List<Output> outputs, List<Omitted> omitted) {
    return scorecard.hasErrors()
        ? new HasErrors(input, scorecard, outputs, omitted)
        : new Scored(input, scorecard, outputs);
  }

  /** Scored with no errors: the total and grade are given. */
  default boolean isClean() {
    return this instanceof Scored;
  }

  /** The scorecard, when the input was read. */
  default Optional<Scorecard> scorecard() {
    if (this instanceof Scored s) {
      return Optional.of(s.card());
    }
    if (this instanceof HasErrors e) {
      return Optional.of(e.card());
    }
    if (this instanceof NotWritten n) {
      return Optional.of(n.card());
    }
    return Optional.empty();
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

  /** Outputs asked for and not written, each with its reason; none for a clean workbook. */
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
    List<Output> placed = new java.util.ArrayList<>();
    for (Output output : outputs()) {
      placed.add(output.kind() == kind ? new Output(kind, moved) : output);
    }
    if (placed.stream().noneMatch(o -> o.kind() == kind)) {
      placed.add(0, new Output(kind, moved));
    }
    if (this instanceof Scored s) {
      return new Scored(s.input(), s.card(), placed);
    }
    if (this instanceof HasErrors e) {
      return new HasErrors(e.input(), e.card(), placed, e.omitted());
    }
    return this;
  }
}
