/**
 * The blank workbooks of {@code scorebook template} ({@link org.scorebook.template.TemplateKind}):
 * the evaluation template and the shipped samples' layout (contract v1), whose content is {@link
 * org.scorebook.template.TemplateContent}, laid out on .xlsx or .xls ({@link
 * org.scorebook.template.TemplateSheets}) and written atomically ({@link
 * org.scorebook.template.TemplateWriter}); and the blank national project self-evaluation form
 * ({@link org.scorebook.template.SelfEvaluationTemplate}).
 */
package org.scorebook.template;
