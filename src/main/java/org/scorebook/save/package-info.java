/**
 * Saving an evaluated workbook through the one entry point, {@link
 * org.scorebook.save.WorkbookWriter}: {@code writeParts} tries the part-by-part save of {@code
 * partsave} and says whether it wrote; where it did not (or for an .xls), {@code write} writes
 * through POI: the edits of {@code write} on sheets loaded into POI ({@link
 * org.scorebook.save.PoiSheets}), the template's aids put in again, every formula's cached value
 * recalculated ({@link org.scorebook.save.Recalculator}), and an .xlsx saved with only the changed
 * sheets taken from POI and every other part copied byte for byte ({@link
 * org.scorebook.save.PartPreservingSave}). Files are written atomically through {@link
 * org.scorebook.files.SafeFiles}.
 */
package org.scorebook.save;
