/**
 * The part-by-part save of an .xlsx, without loading it into POI ({@link
 * org.scorebook.partsave.StreamingSave}, for contract v1 and the self-evaluation form alike): the
 * edits of {@code write} are made on the worksheet parts' XML ({@link
 * org.scorebook.partsave.XmlSheets}, {@link org.scorebook.partsave.XmlSheet}) with their comments
 * and drawings ({@link org.scorebook.partsave.XmlComments}), each worksheet is rewritten in one
 * streaming pass ({@link org.scorebook.partsave.SheetXmlPatch}) with Excel's aids put in ({@link
 * org.scorebook.partsave.WorksheetAids}), a fresh 评分汇总 is written as a worksheet part ({@link
 * org.scorebook.partsave.ScoreSheetXml}), the workbook part ({@link
 * org.scorebook.partsave.WorkbookXmlPatch}), relationships and content types ({@link
 * org.scorebook.partsave.PackageEdits}) are patched, and every other part is copied as it came.
 *
 * <p>A user's formula that reads a written cell keeps its formula and gets its new cached value
 * ({@link org.scorebook.partsave.SheetFormulas}, {@link org.scorebook.partsave.CellFormula}) where
 * it can be calculated as Excel would. Where this save cannot write what POI would, it says why and
 * writes nothing, and {@code save} leaves the workbook to POI.
 */
package org.scorebook.partsave;
