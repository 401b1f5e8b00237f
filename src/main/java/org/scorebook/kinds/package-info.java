/**
 * The kinds of workbook, each a {@link org.scorebook.kinds.Kind} the pipeline asks instead of
 * branching on it, listed once in {@link org.scorebook.kinds.Kinds#ALL}. A kind answers with the
 * pieces the generic packages take as parameters (its reader for {@code read}, its identity and
 * rule profile for the model and the rules, its blank workbook for {@code template}, its aids
 * choices for {@code aids}, its report sections for {@code report}). What is particular to a kind
 * lives in its own package here ({@code kinds.contract}, {@code kinds.selfevaluation}, {@code
 * kinds.targets}); the {@code Kind} classes stay in this package, as a sealed type outside a named
 * module may only permit classes of its own package. This package sits above {@code model}, {@code
 * read}, {@code score}, {@code validate}, {@code write}, {@code aids}, {@code report}, {@code
 * template} and {@code department}, which never import it, and below {@link
 * org.scorebook.Scorebook} and {@code cli}.
 */
package org.scorebook.kinds;
