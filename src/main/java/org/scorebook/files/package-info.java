/**
 * Files that appear whole or not at all: {@link org.scorebook.files.SafeFiles} writes through a
 * temporary file in the target's folder, flushed to disk and renamed into place; makes backups that
 * never replace an earlier one; and sweeps the temporary files a killed process left behind. Used
 * by every writer: the annotated workbook, the template, the department results, the drop folder
 * and the mail outbox. {@link org.scorebook.files.WriteProblem} tells the user, in Chinese, why a
 * file could not be written and what to do.
 */
package org.scorebook.files;
