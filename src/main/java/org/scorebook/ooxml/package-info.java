/**
 * The bottom layer every reader and writer of a workbook package's XML stands on, without POI and
 * without the domain: the one place XML parsers and writers are made ({@link
 * org.scorebook.ooxml.XmlFactories}, safe from DTDs and external entities), cell references ({@link
 * org.scorebook.ooxml.CellRefs}), and one reading of a worksheet part ({@link
 * org.scorebook.ooxml.WorksheetXml}) that places rows and cells as POI places them, with the
 * sheet's views and every formula, so that every reader above it sees the same sheet, and the
 * reading of a relationships part ({@link org.scorebook.ooxml.Relationships}). Under them the
 * package itself: {@link org.scorebook.ooxml.PackageIndex} reads a zip's directory once and
 * inflates each part at most once, within limits that stop a bomb as it inflates, keeping the
 * bytes, the relationships and the content types for every reader and for the save; {@link
 * org.scorebook.ooxml.RawCopy} copies a part a save leaves untouched without inflating it.
 */
package org.scorebook.ooxml;
