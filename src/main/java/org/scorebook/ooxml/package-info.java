/**
 * The bottom layer every reader and writer of a workbook package's XML stands on, without POI and
 * without the domain: the one place XML parsers and writers are made ({@link
 * org.scorebook.ooxml.XmlFactories}, safe from DTDs and external entities), cell references ({@link
 * org.scorebook.ooxml.CellRefs}), and one reading of a worksheet part ({@link
 * org.scorebook.ooxml.WorksheetXml}) that places rows and cells as POI places them, so that every
 * reader above it sees the same sheet.
 */
package org.scorebook.ooxml;
