/**
 * The contract's rules: every check that can fail yields a {@link org.scorebook.model.Message} at the
 * cell at fault. Validation never stops at the first problem and never changes what the user typed.
 */
package org.scorebook.validate;
