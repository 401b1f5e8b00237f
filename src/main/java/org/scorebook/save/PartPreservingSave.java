package org.scorebook.save;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.xssf.model.Comments;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFVMLDrawing;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.scorebook.files.SafeFiles;
import org.scorebook.partsave.PackageXml;
import org.scorebook.write.ChangedSheets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves an .xlsx so that every part this run did not change keeps the bytes it came with: a chart,
 * a picture, a table, a macro project, another sheet are copied from the original package as they
 * are, compressed bytes and all, in their original order. Only what Scorebook writes comes from
 * POI: the workbook part, styles, shared strings, the calculation chain, the sheets in {@link
 * ChangedSheets} with their comments and their VML, and the new 评分汇总. A relationship part or the
 * content types are taken from POI only where what they say differs, and then the part they belong
 * to is too, so the two never disagree.
 *
 * <p>If the original cannot be copied from (a damaged entry that POI tolerated, a name twice), the
 * output is POI's own save of the whole workbook, as it was before this class.
 */
public final class PartPreservingSave {
  private static final Logger LOG = LoggerFactory.getLogger(PartPreservingSave.class);
  private static final String CONTENT_TYPES = "[Content_Types].xml";

  private PartPreservingSave() {}

  public static void save(
      XSSFWorkbook workbook, byte[] original, ChangedSheets changed, Path target)
      throws IOException {
    Set<String> written = writtenParts(workbook, changed);
    ByteArrayOutputStream saved = new ByteArrayOutputStream(original.length + 64 * 1024);
    workbook.write(saved);
    byte[] poi = saved.toByteArray();
    try {
      SafeFiles.writeAtomically(target, out -> merge(original, poi, written, out));
    } catch (IOException | RuntimeException e) {
      LOG.warn("{}: cannot keep the original parts ({}); saving every part anew", target, e);
      SafeFiles.writeAtomically(target, out -> out.write(poi));
    }
  }

  /** Zip entry names of the parts POI must write: what this run changed and what it adds. */
  private static Set<String> writtenParts(XSSFWorkbook workbook, ChangedSheets changed) {
    Set<String> parts = new HashSet<>();
    addWithRelationships(parts, workbook.getPackagePart());
    addWithRelationships(parts, workbook.getStylesSource().getPackagePart());
    if (workbook.getSharedStringSource() != null) {
      addWithRelationships(parts, workbook.getSharedStringSource().getPackagePart());
    }
    if (workbook.getCalculationChain() != null) {
      // Excel offers to repair a workbook whose chain lists a cell that no longer has a formula
      addWithRelationships(parts, workbook.getCalculationChain().getPackagePart());
    }
    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
      XSSFSheet sheet = workbook.getSheetAt(i);
      if (changed.contains(sheet)) {
        addWithRelationships(parts, sheet.getPackagePart());
        for (POIXMLDocumentPart.RelationPart related : sheet.getRelationParts()) {
          POIXMLDocumentPart part = related.getDocumentPart();
          if (part instanceof Comments || part instanceof XSSFVMLDrawing) {
            addWithRelationships(parts, part.getPackagePart());
          }
        }
      }
    }
    return parts;
  }

  private static void addWithRelationships(Set<String> parts, PackagePart part) {
    String name = part.getPartName().getName();
    parts.add(entryName(name));
    parts.add(entryName(relationshipsOf(name)));
  }

  private static String relationshipsOf(String partName) {
    try {
      return PackagingURIHelper.getRelationshipPartName(PackagingURIHelper.createPartName(partName))
          .getName();
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IllegalStateException("POI holds a part it cannot name: " + partName, e);
    }
  }

  private static String entryName(String partName) {
    return partName.startsWith("/") ? partName.substring(1) : partName;
  }

  private static void merge(byte[] original, byte[] poi, Set<String> written, OutputStream out)
      throws IOException {
    try (ZipFile before = open(original);
        ZipFile after = open(poi)) {
      Map<String, ZipArchiveEntry> kept = entriesOnce(before);
      Map<String, ZipArchiveEntry> saved = entriesOnce(after);
      Set<String> fromPoi = new HashSet<>(written);
      fromPoi.addAll(differingRelationships(before, kept, after, saved, written));
      ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
      for (Map.Entry<String, ZipArchiveEntry> entry : kept.entrySet()) {
        String name = entry.getKey();
        ZipArchiveEntry ours = saved.get(name);
        if (ours == null) {
          continue; // removed by this run: an earlier 评分汇总, a calculation chain
        }
        if (fromPoi.contains(name)) {
          copy(after, ours, zip);
        } else {
          copy(before, entry.getValue(), zip);
        }
      }
      for (Map.Entry<String, ZipArchiveEntry> entry : saved.entrySet()) {
        if (!kept.containsKey(entry.getKey())) {
          copy(after, entry.getValue(), zip);
        }
      }
      zip.finish();
      zip.flush();
    }
  }

  private static ZipFile open(byte[] bytes) throws IOException {
    return ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get();
  }

  /** Entries in the order they lie in the file; a name found twice makes the package uncopyable. */
  private static Map<String, ZipArchiveEntry> entriesOnce(ZipFile zip) throws IOException {
    Map<String, ZipArchiveEntry> entries = new LinkedHashMap<>();
    for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
      if (entry.isDirectory()) {
        continue;
      }
      if (entries.put(entry.getName(), entry) != null) {
        throw new IOException("the package holds " + entry.getName() + " twice");
      }
    }
    return entries;
  }

  /**
   * Relationship parts and content types that POI would write with other content than the
   * original's, and the parts those relationships belong to; compared by meaning, since POI writes
   * the same relationships with other bytes.
   */
  private static Set<String> differingRelationships(
      ZipFile before,
      Map<String, ZipArchiveEntry> kept,
      ZipFile after,
      Map<String, ZipArchiveEntry> saved,
      Set<String> written)
      throws IOException {
    Set<String> differing = new HashSet<>();
    for (String name : kept.keySet()) {
      boolean relationships = name.endsWith(".rels");
      if (!(relationships || name.equals(CONTENT_TYPES))
          || written.contains(name)
          || !saved.containsKey(name)) {
        continue;
      }
      byte[] was = read(before, kept.get(name));
      byte[] is = read(after, saved.get(name));
      boolean same =
          relationships
              ? PackageXml.relationships(name, was).equals(PackageXml.relationships(name, is))
              : PackageXml.contentTypes(was).equals(PackageXml.contentTypes(is));
      if (!same) {
        differing.add(name);
        if (relationships) {
          differing.add(PackageXml.sourceOf(name));
        }
      }
    }
    return differing;
  }

  private static byte[] read(ZipFile zip, ZipArchiveEntry entry) throws IOException {
    try (InputStream in = zip.getInputStream(entry)) {
      return in.readAllBytes();
    }
  }

  private static void copy(ZipFile from, ZipArchiveEntry entry, ZipArchiveOutputStream to)
      throws IOException {
    try (InputStream raw = from.getRawInputStream(entry)) {
      to.addRawArchiveEntry(entry, raw);
    }
  }
}
