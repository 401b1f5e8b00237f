/**
 * Cell styles and layout shared by everything that writes a sheet: {@link
 * org.scorebook.style.Styles} is the one place that creates cell styles, one per {@link
 * org.scorebook.style.Look}, cached by value (a workbook holds at most 64,000), and {@link
 * org.scorebook.style.StylesPart} gives the same cell formats working on the bytes of a styles part
 * without POI ({@link org.scorebook.style.LookIndex} is a look's format index for a sheet written
 * as XML); {@link org.scorebook.style.Fill} the indexed colours that serve .xlsx and .xls alike;
 * {@link org.scorebook.style.TextWidth} the room text takes, for widths and heights without fonts;
 * {@link org.scorebook.style.PageLayout} A4 printing; and the department workbook's looks.
 */
package org.scorebook.style;
