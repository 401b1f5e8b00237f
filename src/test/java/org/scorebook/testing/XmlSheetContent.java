package org.scorebook.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.scorebook.aids.SheetContent;
import org.scorebook.aids.SheetXmlContent;

/** A sheet's content as the part-by-part save reads it: from its part and the shared strings. */
public final class XmlSheetContent {
  private XmlSheetContent() {}

  /** The content of sheet {@code sheetName} of the .xlsx {@code file}, read without POI. */
  public static SheetContent of(Path file, String sheetName) throws IOException {
    ZipPackage zip = ZipPackage.read(file);
    List<String> strings =
        zip.workbookTarget("sharedStrings").isPresent()
            ? SheetXmlContent.sharedStrings(zip.content(zip.workbookTarget("sharedStrings").get()))
            : List.of();
    return SheetXmlContent.read(zip.content(zip.sheetPart(sheetName)), strings);
  }
}
