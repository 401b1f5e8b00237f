/**
 * The help Excel, WPS and LibreOffice give by themselves while a workbook is being filled, without
 * macros: data validation with input and error messages, conditional formatting that turns a
 * mistake red or yellow as it is typed, the running check of the top-level 分值 under 指标评分, and a
 * filter on its header. The template writes them; the processor puts them back into every scored
 * workbook, replacing its own earlier ones and leaving the user's alone. They only advise: nothing
 * here is read back, and no score depends on it.
 *
 * <p>The aids are planned as data first ({@link org.scorebook.aids.SheetAids}, from a table and
 * what the sheet holds, with the {@link org.scorebook.aids.AidsChoices} its kind made), then
 * written: into a workbook open in POI by {@link org.scorebook.aids.ExcelAids}, or as the XML of
 * the sheet's part by {@link org.scorebook.aids.AidsXml}, for a save that edits parts without
 * loading the workbook ({@link org.scorebook.aids.SheetXmlContent} reads what the sheet holds from
 * its part). {@link org.scorebook.aids.OwnAids} decides, for both, which aids already on a sheet
 * are Scorebook's.
 */
package org.scorebook.aids;
