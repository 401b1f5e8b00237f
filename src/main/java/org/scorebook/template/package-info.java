/**
 * The blank evaluation template and the shipped samples' layout (contract v1): what each sheet
 * holds ({@link org.scorebook.template.TemplateContent}), laid out on .xlsx or .xls ({@link
 * org.scorebook.template.TemplateSheets}) and written atomically ({@link
 * org.scorebook.template.TemplateWriter}).
 */
package org.scorebook.template;
