/**
 * The blank workbooks of {@code scorebook template}: each a {@link
 * org.scorebook.template.TemplateKind} a kind of workbook supplies, listed in {@link
 * org.scorebook.template.TemplateKinds}. Here is the evaluation template and the shipped samples'
 * layout (contract v1), whose content is {@link org.scorebook.template.TemplateContent}, laid out
 * on .xlsx or .xls ({@link org.scorebook.template.TemplateSheets}) and written atomically ({@link
 * org.scorebook.template.TemplateWriter}), and the pieces other blank workbooks share (sheet
 * layout, formats, saving); the blank national project self-evaluation form is its kind's own. A
 * kind whose forms can be written from an approved target declaration offers that as a {@link
 * org.scorebook.template.FromDeclaration} ({@code template --from}).
 */
package org.scorebook.template;
