package org.scorebook.kinds;

import org.scorebook.model.WorkbookKind;
import org.scorebook.read.KindReader;

/**
 * A kind of evaluation workbook, as the pipeline asks it: what it is called and which rules it is
 * scored by ({@link #identity()}), and how it is recognised and read ({@link #reader()}). Each kind
 * keeps what is particular to it in its own package; {@link Kinds#ALL} lists them.
 *
 * <p>The kinds Scorebook ships are the permitted records here. {@link Added} is the one open door:
 * a kind that lives outside the main code (the tests' own kind) implements it, so that a new kind
 * is shown to need nothing but its package and a place in a list of kinds.
 */
public sealed interface Kind permits ContractV1Kind, SelfEvaluationKind, Kind.Added {

  /** The model's value for this kind: its id, display name and rule profile. */
  WorkbookKind identity();

  /** Recognises and reads a workbook of this kind into the model. */
  KindReader reader();

  /** A kind outside the main code; see the type's comment. */
  non-sealed interface Added extends Kind {}
}
