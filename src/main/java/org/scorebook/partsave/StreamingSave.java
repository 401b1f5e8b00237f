package org.scorebook.partsave;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ss.util.CellAddress;
import org.scorebook.aids.AidsXml;
import org.scorebook.aids.Area;
import org.scorebook.aids.ScoredAids;
import org.scorebook.aids.SheetAids;
import org.scorebook.aids.SheetXmlContent;
import org.scorebook.files.SafeFiles;
import org.scorebook.model.CellRef;
import org.scorebook.model.Evaluation;
import org.scorebook.model.Scorecard;
import org.scorebook.model.SheetNames;
import org.scorebook.model.WorkbookKind;
import org.scorebook.ooxml.PackageIndex;
import org.scorebook.ooxml.WorksheetXml;
import org.scorebook.style.CellFormats;
import org.scorebook.style.Fill;
import org.scorebook.style.Look;
import org.scorebook.style.StylesPart;
import org.scorebook.write.SheetEdits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a scored .xlsx, contract v1 or the self-evaluation form, without loading it into POI: the
 * sheets' results and marks as XML ({@link XmlSheets}), with the new cached values of the user's
 * formulas that read them, the aids of the indicator sheet (or the form) and 项目信息 ({@link
 * WorksheetAids}), a fresh 评分汇总 first ({@link ScoreSheetXml}), the workbook part ({@link
 * WorkbookXmlPatch}), styles ({@link StylesPart}), relationships and content types ({@link
 * PackageEdits}). Every other entry is copied raw, compressed bytes and all, in its place; the
 * calculation chain is dropped, Excel recalculating on opening.
 *
 * <p>Whatever it cannot write as the POI path would (a formula over the results it cannot
 * calculate, on contract v1's indicator sheet any formula but the check row's, a name that refers
 * to the indicator sheet, anything it fails to read), it declines, and says why: the POI path
 * writes that workbook.
 */
public final class StreamingSave {
  private static final Logger LOG = LoggerFactory.getLogger(StreamingSave.class);

  static final String CONTENT_TYPES = "[Content_Types].xml";
  private static final String REL = WorksheetScan.RELATIONSHIPS;
  private static final String STYLES_TYPE = REL + "/styles";
  private static final String SHARED_STRINGS_TYPE = REL + "/sharedStrings";
  private static final String CALC_CHAIN_TYPE = REL + "/calcChain";
  private static final String WORKSHEET_CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
  private static final String SCORE_SHEET = SheetNames.SCORE_SHEET;
  private static final String FILTER_DATABASE = "_xlnm._FilterDatabase";

  /**
   * Set (the build sets it for every test) to make an unexpected failure of this save fail loudly
   * instead of leaving the workbook to POI, which would hide a defect here behind a correct output.
   */
  static final String STRICT_PROPERTY = "scorebook.save.strict";

  private StreamingSave() {}

  /** Thrown for anything outside what this save writes. */
  static final class Declined extends RuntimeException {
    Declined(String why) {
      super(why, null, false, false);
    }
  }

  /** What this save makes of a workbook: parts ready to write, or why it leaves it to POI. */
  public sealed interface Prepared permits Ready, LeftToPoi {}

  /** The parts that replace the original's, and those left out; the rest is copied raw. */
  public record Ready(byte[] original, Map<String, byte[]> replaced, Set<String> removed)
      implements Prepared {
    /** Writes the package to {@code target} through a temporary file and an atomic rename. */
    public void writeTo(Path target) throws IOException {
      SafeFiles.writeAtomically(target, out -> writeZip(original, replaced, removed, out));
    }
  }

  /** Why this save cannot write the workbook as the POI path would; nothing was written. */
  public record LeftToPoi(String why) implements Prepared {}

  /**
   * Prepares {@code card} written into the workbook {@code original}, in memory; or says why this
   * save cannot do it as the POI path would.
   */
  public static Prepared prepare(
      byte[] original, Scorecard card, String version, ZonedDateTime writtenAt) {
    return prepare(original, null, Collections.singletonList(card), version, writtenAt);
  }

  /**
   * As {@link #prepare(byte[], Scorecard, String, ZonedDateTime)}, for every project of the
   * workbook, each in its own sheets, with one score sheet for them all.
   */
  public static Prepared prepare(
      byte[] original, List<Scorecard> cards, String version, ZonedDateTime writtenAt) {
    return prepare(original, null, cards, version, writtenAt);
  }

  /**
   * As {@link #prepare(byte[], Scorecard, String, ZonedDateTime)}, taking the parts from the index
   * the workbook was read through, so that none is inflated again.
   */
  public static Prepared prepare(
      PackageIndex index, Scorecard card, String version, ZonedDateTime writtenAt) {
    return prepare(index, List.of(card), version, writtenAt);
  }

  /** As {@link #prepare(PackageIndex, Scorecard, String, ZonedDateTime)}, for every project. */
  public static Prepared prepare(
      PackageIndex index, List<Scorecard> cards, String version, ZonedDateTime writtenAt) {
    return prepare(index.zip(), index, cards, version, writtenAt);
  }

  private static Prepared prepare(
      byte[] original,
      PackageIndex index,
      List<Scorecard> cards,
      String version,
      ZonedDateTime writtenAt) {
    try {
      Map<String, byte[]> entries = index == null ? entries(original) : entries(index);
      return plan(original, entries, cards, version, writtenAt);
    } catch (Declined e) {
      return new LeftToPoi(e.getMessage());
    } catch (RuntimeException e) {
      if (Boolean.getBoolean(STRICT_PROPERTY)) {
        throw e;
      }
      return leftToPoi(e);
    } catch (IOException | XMLStreamException e) {
      return leftToPoi(e);
    }
  }

  private static LeftToPoi leftToPoi(Exception e) {
    LOG.info("not saved part by part, left to POI", e);
    return new LeftToPoi(e + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
  }

  private record SheetRef(String name, String id, String entry) {}

  private static Ready plan(
      byte[] original,
      Map<String, byte[]> entries,
      List<Scorecard> cards,
      String version,
      ZonedDateTime at)
      throws IOException, XMLStreamException {
    KindRules rules = rules(cards);
    Plan plan = Plan.locate(original, entries, cards);
    plan.checkNames();
    plan.writeResults(cards);
    plan.checkFormulas(rules);
    plan.applyPatches();
    ScoreSheetXml.Part score = plan.scoreSheet(cards, version, at);
    plan.assemble(score);
    return plan.ready();
  }

  /**
   * What differs between the kinds of workbook this save writes.
   *
   * @param ownFormulasCalculated whether the formulas on the indicator sheet are kept, those that
   *     read a result with their cached values calculated again (the form's 总分 and 执行率); else any
   *     formula there but the check row's leaves the workbook to POI
   */
  private record KindRules(boolean ownFormulasCalculated) {}

  /**
   * The rules for the workbook's kind: a printed form, whose results go into its own cells, keeps
   * its formulas, and so does a review, which writes no results for them to read; any other kind
   * but contract v1 is left to POI.
   */
  private static KindRules rules(List<Scorecard> cards) {
    List<Evaluation> evaluations = cards.stream().map(Scorecard::evaluation).toList();
    if (evaluations.size() == 1 && evaluations.get(0).kind() == WorkbookKind.CONTRACT_V1) {
      return new KindRules(false);
    }
    if (cards.stream().allMatch(Scorecard::isReview)
        || evaluations.stream().allMatch(e -> e.printedForm().isPresent())) {
      return new KindRules(true);
    }
    throw new Declined("not a kind of workbook this save writes");
  }

  /** The package's parts as this save finds and changes them, step by step. */
  private static final class Plan {
    private final byte[] original;
    private final Map<String, byte[]> entries;
    private final XmlSheets.PartReader reader;
    private final String workbook;
    private final byte[] workbookXml;
    private final String workbookRels;
    private final Map<String, XmlSheets.Relationship> related;
    private final String stylesEntry;
    private final List<SheetRef> sheets;
    private final List<SheetRef> indicators;
    private final Optional<SheetRef> oldScore;
    private final List<String> strings;
    private final StylesPart styles;

    private final Map<String, byte[]> replaced = new LinkedHashMap<>();
    private final Set<String> removed = new HashSet<>();
    private final Map<String, SheetXmlPatch> patches = new LinkedHashMap<>();
    private final Set<String> viewsReplaced = new HashSet<>();
    private XmlSheets.Result result;
    private final Map<SheetRef, Area> filtersAdded = new LinkedHashMap<>();
    private final Map<SheetRef, Integer> checkRows = new HashMap<>();

    private Plan(
        byte[] original, Map<String, byte[]> entries, String workbook, List<Scorecard> cards)
        throws IOException, XMLStreamException {
      this.original = original;
      this.entries = entries;
      this.reader = entries::get;
      this.workbook = workbook;
      this.workbookXml = need(entries, workbook);
      this.workbookRels = XmlSheets.relationshipsOf(workbook);
      this.related = XmlSheets.relationships(reader, workbookRels);
      this.stylesEntry = target(related, STYLES_TYPE).orElseThrow(() -> new Declined("no styles"));
      this.sheets = sheetRefs(workbookXml, related);
      this.indicators = indicatorSheets(sheets, cards);
      this.oldScore =
          sheets.stream().filter(s -> s.name().equalsIgnoreCase(SCORE_SHEET)).findFirst();
      Optional<String> stringsEntry = target(related, SHARED_STRINGS_TYPE);
      this.strings =
          stringsEntry.isPresent()
              ? SheetXmlContent.sharedStrings(need(entries, stringsEntry.get()))
              : List.of();
      this.styles = StylesPart.read(need(entries, stylesEntry));
    }

    /** Each project's indicator sheet (or form), in the projects' order. */
    private static List<SheetRef> indicatorSheets(List<SheetRef> sheets, List<Scorecard> cards) {
      List<SheetRef> found = new ArrayList<>();
      for (Scorecard card : cards) {
        String name = card.evaluation().indicators().sheetName();
        SheetRef sheet = find(sheets, name).orElse(null);
        if (sheet == null || sheet.entry() == null) {
          throw new Declined("no indicator sheet " + name);
        }
        found.add(sheet);
      }
      return List.copyOf(found);
    }

    /** Finds the workbook part, its relationships, sheets, styles and shared strings. */
    static Plan locate(byte[] original, Map<String, byte[]> entries, List<Scorecard> cards)
        throws IOException, XMLStreamException {
      String workbook =
          XmlSheets.relationships(entries::get, "_rels/.rels").values().stream()
              .filter(r -> r.type().equals(XmlSheets.OFFICE_DOCUMENT))
              .map(XmlSheets.Relationship::target)
              .findFirst()
              .orElseThrow(() -> new Declined("no workbook part"));
      return new Plan(original, entries, workbook, cards);
    }

    private static List<SheetRef> sheetRefs(
        byte[] workbookXml, Map<String, XmlSheets.Relationship> related) throws XMLStreamException {
      List<SheetRef> sheets = new ArrayList<>();
      for (String[] sheet : sheetList(workbookXml)) {
        XmlSheets.Relationship r = related.get(sheet[1]);
        sheets.add(new SheetRef(sheet[0], sheet[1], r == null ? null : r.target()));
      }
      return sheets;
    }

    /** A name of the user's that refers to an indicator sheet would need POI to move with it. */
    void checkNames() throws IOException, XMLStreamException {
      for (WorkbookXmlPatch.Name name : WorkbookXmlPatch.list(workbookXml).names()) {
        if (!name.name().startsWith("_xlnm.") && mentionsIndicators(name.formula())) {
          throw new Declined("the defined name " + name.name() + " refers to the indicator sheet");
        }
      }
    }

    private boolean mentionsIndicators(String formula) {
      return indicators.stream().anyMatch(sheet -> mentions(formula, sheet.name()));
    }

    /**
     * The results and marks in the evaluator's sheets, the aids of the indicator sheet and of 项目信息,
     * and the other sheets' selections cleared: one pass over each sheet's part.
     */
    void writeResults(List<Scorecard> cards) throws IOException, XMLStreamException {
      XmlSheets xml = XmlSheets.read(entries.keySet(), reader, strings);
      SheetEdits.apply(xml, formats(styles), cards);
      for (Scorecard card : cards) {
        putAids(xml, card.evaluation());
      }
      clearOtherSelections(xml);
      result = xml.write();
      replaced.putAll(result.parts());
    }

    /** The aids of the indicator sheet and of 项目信息, added to their sheets' patches. */
    private void putAids(XmlSheets xml, Evaluation evaluation) throws IOException {
      AidsXml aidsXml = new AidsXml();
      Optional<ScoredAids.Indicators> planned = ScoredAids.indicators(evaluation);
      if (planned.isPresent()) {
        putIndicatorAids(xml, aidsXml, planned.get());
      }
      Optional<ScoredAids.ProjectFields> fields = ScoredAids.projectFields(evaluation);
      if (fields.isPresent()) {
        putProjectAids(xml, aidsXml, fields.get());
      }
    }

    /**
     * The indicator sheet's aids, planned from the sheet as its results leave it (the edits in its
     * patch over what the part holds) and put into the same patch.
     */
    private void putIndicatorAids(XmlSheets xml, AidsXml aidsXml, ScoredAids.Indicators planned)
        throws IOException {
      SheetRef sheet =
          find(sheets, planned.sheetName())
              .orElseThrow(() -> new Declined("no sheet for the indicator aids"));
      finish(
          xml,
          sheet,
          patch -> {
            byte[] own = need(entries, sheet.entry());
            SheetAids aids =
                SheetAids.indicators(
                    planned.table(), planned.lastDataRow(), PatchedContent.of(own, patch, strings));
            aids.checkRow().ifPresent(check -> checkRows.put(sheet, check.row()));
            WorksheetAids.Put put = WorksheetAids.put(aidsXml, aids, own, patch, styles);
            put.filter().ifPresent(area -> filtersAdded.put(sheet, area));
            if (put.viewsReplaced()) {
              viewsReplaced.add(sheet.entry());
            }
          });
    }

    private void putProjectAids(XmlSheets xml, AidsXml aidsXml, ScoredAids.ProjectFields fields)
        throws IOException {
      Optional<SheetRef> sheet = find(sheets, fields.sheetName());
      if (sheet.isEmpty() || indicators.contains(sheet.get())) {
        return;
      }
      if (sheet.get().entry() == null) {
        throw new Declined("项目信息 is not a worksheet");
      }
      SheetAids aids = SheetAids.projectFields(fields.year(), fields.email());
      finish(
          xml,
          sheet.get(),
          patch ->
              WorksheetAids.put(aidsXml, aids, need(entries, sheet.get().entry()), patch, styles));
    }

    /**
     * Has {@code finish} add to the sheet's patch: in the pass that writes its results, or, for a
     * part the results do not write, in a patch of its own.
     */
    private void finish(XmlSheets xml, SheetRef sheet, XmlSheet.Finish finish) throws IOException {
      Optional<XmlSheet> own = xml.byPart(sheet.entry());
      if (own.isPresent()) {
        own.get().finishWith(finish);
      } else {
        finish.finish(patch(sheet));
      }
    }

    private SheetXmlPatch patch(SheetRef sheet) {
      return patches.computeIfAbsent(sheet.entry(), e -> new SheetXmlPatch());
    }

    /** Declines formulas whose cached values the results would change, or that have none. */
    void checkFormulas(KindRules rules) throws IOException, XMLStreamException {
      for (SheetRef sheet : keptSheets()) {
        boolean own = indicators.contains(sheet);
        for (Formula f : formulas(current(sheet.entry()))) {
          if (own && Integer.valueOf(f.row()).equals(checkRows.get(sheet))) {
            continue; // written with the aids, cached value and all
          }
          if (own && !rules.ownFormulasCalculated()) {
            throw new Declined("a formula on the indicator sheet at " + f.ref());
          }
          checkFormula(sheet, own, f);
        }
      }
    }

    private void checkFormula(SheetRef sheet, boolean own, Formula f) {
      String where = sheet.name() + "!" + f.ref();
      if (!f.saved()) {
        // the POI path calculates a formula the file saved no result for; this save does not
        throw new Declined(where + " has no saved result");
      }
      if (own && stale(sheet).contains(new CellAddress(f.ref()))) {
        throw new Declined(where + " reads a result and is not calculated here");
      }
      if (!own && (mentionsIndicators(f.text()) || ANYWHERE.matcher(f.text()).find())) {
        throw new Declined(where + " may refer to the indicator sheet");
      }
    }

    private Set<CellAddress> stale(SheetRef sheet) {
      return result.formulasStale().getOrDefault(sheet.name(), Set.of());
    }

    /** The worksheets that stay in the workbook: all but an earlier score sheet. */
    private List<SheetRef> keptSheets() {
      return sheets.stream()
          .filter(s -> s.entry() != null && oldScore.filter(old -> old == s).isEmpty())
          .toList();
    }

    /**
     * The sheets other than the one shown first lose their selection; a frozen view written with
     * the aids has it cleared already.
     */
    private void clearOtherSelections(XmlSheets xml) throws IOException {
      for (SheetRef sheet : keptSheets()) {
        if (WorksheetAids.tabSelected(need(entries, sheet.entry()))) {
          finish(
              xml,
              sheet,
              patch -> {
                if (!viewsReplaced.contains(sheet.entry())) {
                  patch.tabSelected(false);
                }
              });
        }
      }
    }

    /** The patches of parts the results do not write (a chart sheet's). */
    void applyPatches() throws IOException, XMLStreamException {
      for (Map.Entry<String, SheetXmlPatch> patch : patches.entrySet()) {
        byte[] now = current(patch.getKey());
        replaced.put(patch.getKey(), patch.getValue().apply(now));
      }
    }

    /** The new 评分汇总, first in the workbook; the styles it and the edits added. */
    ScoreSheetXml.Part scoreSheet(List<Scorecard> cards, String version, ZonedDateTime at) {
      List<String> names = new ArrayList<>();
      names.add(SCORE_SHEET);
      for (SheetRef sheet : sheets) {
        if (oldScore.filter(s -> s == sheet).isEmpty()) {
          names.add(sheet.name());
        }
      }
      ScoreSheetXml.Part score = ScoreSheetXml.write(cards, version, at, names, 0, styles::of);
      if (styles.changed()) {
        replaced.put(stylesEntry, styles.toXml());
      }
      return score;
    }

    /** The package: the old score sheet and the chain go, the new sheet comes. */
    void assemble(ScoreSheetXml.Part score) throws IOException, XMLStreamException {
      List<PackageEdits.Relationship> relationships =
          new ArrayList<>(PackageEdits.relationships(need(entries, workbookRels)));
      PackageEdits.ContentTypes types = PackageEdits.ContentTypes.of(need(entries, CONTENT_TYPES));
      Set<String> goneIds = removeOldScoreSheet();
      goneIds.addAll(removeCalculationChain());
      relationships.removeIf(r -> goneIds.contains(r.id()));
      types.removeOverrides(part -> removed.contains(entryName(part)));
      String scoreEntry = freeSheetEntry();
      String scoreId = PackageEdits.freeId(relationships);
      relationships.add(
          new PackageEdits.Relationship(
              scoreId, XmlSheets.WORKSHEET, XmlSheets.relative(workbook, scoreEntry), false));
      types.override("/" + scoreEntry, WORKSHEET_CONTENT_TYPE);
      for (XmlSheets.ContentType type : result.contentTypes()) {
        types.override(type.partName(), type.contentType());
      }
      replaced.put(scoreEntry, score.worksheet());
      replaced.put(workbookRels, PackageEdits.relationshipsXml(relationships));
      addSheetRelationships();
      replaced.put(CONTENT_TYPES, types.toXml());
      replaced.put(workbook, workbookPart(score, scoreId).apply(workbookXml));
    }

    /** Marks the earlier score sheet's part gone; the ids of its relationship. */
    private Set<String> removeOldScoreSheet() throws IOException, XMLStreamException {
      Set<String> goneIds = new HashSet<>();
      if (oldScore.isEmpty()) {
        return goneIds;
      }
      SheetRef old = oldScore.get();
      goneIds.add(old.id());
      if (old.entry() != null) {
        String rels = XmlSheets.relationshipsOf(old.entry());
        if (entries.containsKey(rels) && !XmlSheets.relationships(reader, rels).isEmpty()) {
          throw new Declined("the old score sheet has parts of its own");
        }
        removed.add(old.entry());
        removed.add(rels);
      }
      return goneIds;
    }

    /** Marks the calculation chain gone, Excel recalculating on opening; its relationships' ids. */
    private Set<String> removeCalculationChain() {
      Set<String> goneIds = new HashSet<>();
      Optional<String> chainEntry = target(related, CALC_CHAIN_TYPE);
      if (chainEntry.isPresent()) {
        removed.add(chainEntry.get());
        removed.add(XmlSheets.relationshipsOf(chainEntry.get()));
        related.forEach(
            (id, r) -> {
              if (r.type().equals(CALC_CHAIN_TYPE)) {
                goneIds.add(id);
              }
            });
      }
      return goneIds;
    }

    /** The first {@code worksheets/sheetN.xml} beside the workbook part that no part takes. */
    private String freeSheetEntry() {
      Set<String> taken = new HashSet<>();
      entries.keySet().forEach(n -> taken.add(n.toLowerCase(Locale.ROOT)));
      replaced.keySet().forEach(n -> taken.add(n.toLowerCase(Locale.ROOT)));
      String folder =
          workbook.contains("/") ? workbook.substring(0, workbook.lastIndexOf('/') + 1) : "";
      for (int n = 1; ; n++) {
        String candidate = folder + "worksheets/sheet" + n + ".xml";
        if (!taken.contains(candidate.toLowerCase(Locale.ROOT))) {
          return candidate;
        }
      }
    }

    /** The relationships the edited sheets add for their new comments and drawings. */
    private void addSheetRelationships() throws IOException, XMLStreamException {
      for (Map.Entry<String, List<XmlSheets.Relationship>> added :
          result.relationships().entrySet()) {
        if (!added.getValue().isEmpty()) {
          byte[] was = entries.get(added.getKey());
          replaced.put(added.getKey(), XmlSheets.withRelationships(was, added.getValue()));
        }
      }
    }

    /** The workbook part's changes: the score sheet first, its print titles, the new filter. */
    private WorkbookXmlPatch workbookPart(ScoreSheetXml.Part score, String scoreId) {
      WorkbookXmlPatch book =
          new WorkbookXmlPatch()
              .removeSheets(name -> name.equalsIgnoreCase(SCORE_SHEET))
              .firstSheet(SCORE_SHEET, scoreId);
      score
          .printTitles()
          .ifPresent(title -> book.name(title.name(), SCORE_SHEET, title.formula(), false));
      filtersAdded.forEach(
          (sheet, area) ->
              book.name(
                  FILTER_DATABASE,
                  sheet.name(),
                  sheetPrefix(sheet.name())
                      + absolute(area.firstRow(), area.firstColumn())
                      + ":"
                      + absolute(area.lastRow(), area.lastColumn()),
                  true));
      return book;
    }

    Ready ready() {
      removed.removeAll(replaced.keySet());
      return new Ready(original, replaced, removed);
    }

    private byte[] current(String entry) throws IOException {
      byte[] now = replaced.get(entry);
      return now != null ? now : need(entries, entry);
    }
  }

  private static CellFormats formats(StylesPart styles) {
    return new CellFormats() {
      @Override
      public int of(Look look) {
        return styles.of(look);
      }

      @Override
      public int withFill(int baseXf, Fill fill) {
        return styles.withFill(baseXf, fill);
      }

      @Override
      public int withFormat(int baseXf, String format) {
        return styles.withFormat(baseXf, format);
      }

      @Override
      public int wrappedWithFormat(int baseXf, String format) {
        return styles.wrappedWithFormat(baseXf, format);
      }

      @Override
      public boolean hasFill(int xf, Fill fill) {
        return styles.hasFill(xf, fill);
      }
    };
  }

  // Formulas

  /** A formula, and whether the file saved its result. */
  private record Formula(int row, String ref, String text, boolean saved) {}

  /** Functions whose references are text: they may point at any sheet. */
  private static final Pattern ANYWHERE =
      Pattern.compile("\\b(INDIRECT|OFFSET)\\s*\\(", Pattern.CASE_INSENSITIVE);

  /** The formulas of the worksheet part {@code sheet}, in the order of the file. */
  private static List<Formula> formulas(byte[] sheet) throws XMLStreamException {
    List<Formula> found = new ArrayList<>();
    if (!WorksheetXml.mayHoldFormulas(sheet)) {
      return found;
    }
    WorksheetXml read;
    try {
      read = WorksheetXml.read(sheet);
    } catch (IllegalArgumentException e) {
      throw new Declined("a sheet whose rows or cells cannot be placed");
    }
    for (WorksheetXml.FormulaAt f : read.formulas) {
      if (f.cellRef() == null) {
        throw new Declined("a formula in a cell without a reference");
      }
      found.add(new Formula(rowOf(f.cellRef()), f.cellRef(), f.text(), f.saved()));
    }
    return found;
  }

  private static int rowOf(String ref) {
    int i = 0;
    while (i < ref.length() && !Character.isDigit(ref.charAt(i))) {
      i++;
    }
    return Integer.parseInt(ref.substring(i)) - 1;
  }

  private static boolean mentions(String formula, String sheet) {
    if (formula == null) {
      return false;
    }
    String f = formula.toLowerCase(Locale.ROOT);
    String s = sheet.toLowerCase(Locale.ROOT);
    return f.contains(s) || f.contains(s.replace("'", "''"));
  }

  // Names

  private static String sheetPrefix(String name) {
    boolean plain =
        !name.isEmpty() && (Character.isLetter(name.charAt(0)) || name.charAt(0) == '_');
    for (char c : name.toCharArray()) {
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.')) {
        plain = false;
      }
    }
    return plain ? name + "!" : "'" + name.replace("'", "''") + "'!";
  }

  private static String absolute(int row, int column) {
    return "$" + CellRef.columnLetters(column) + "$" + (row + 1);
  }

  // The package

  private static Optional<SheetRef> find(List<SheetRef> sheets, String name) {
    for (SheetRef sheet : sheets) {
      if (sheet.name().equalsIgnoreCase(name)) {
        return Optional.of(sheet);
      }
    }
    String wanted = name.strip();
    for (SheetRef sheet : sheets) {
      if (sheet.name().strip().equals(wanted)) {
        return Optional.of(sheet);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> target(Map<String, XmlSheets.Relationship> related, String type) {
    return related.values().stream()
        .filter(r -> r.type().equals(type))
        .map(XmlSheets.Relationship::target)
        .findFirst();
  }

  private static byte[] need(Map<String, byte[]> entries, String name) throws IOException {
    byte[] bytes = entries.get(name);
    if (bytes == null) {
      throw new IOException("the package has no part " + name);
    }
    return bytes;
  }

  private static String entryName(String partName) {
    return partName.startsWith("/") ? partName.substring(1) : partName;
  }

  /** The sheets the workbook part lists, in order: name and relationship id. */
  private static List<String[]> sheetList(byte[] workbookXml) throws XMLStreamException {
    List<String[]> sheets = new ArrayList<>();
    XMLStreamReader in = XmlCopy.INPUT.createXMLStreamReader(new ByteArrayInputStream(workbookXml));
    try {
      while (in.hasNext()) {
        if (in.next() == XMLStreamConstants.START_ELEMENT && in.getLocalName().equals("sheet")) {
          sheets.add(
              new String[] {
                in.getAttributeValue(null, "name"),
                in.getAttributeValue(WorkbookXmlPatch.RELATIONSHIPS, "id")
              });
        }
      }
    } finally {
      in.close();
    }
    return sheets;
  }

  private static ZipFile open(byte[] bytes) throws IOException {
    return ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get();
  }

  /** The parts of the package, in the order of their data, as the index inflated them once. */
  private static Map<String, byte[]> entries(PackageIndex index) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (PackageIndex.Entry entry : index.entries()) {
      if (!entry.isDirectory() && entries.put(entry.name(), index.bytes(entry)) != null) {
        throw new Declined("the package holds " + entry.name() + " twice");
      }
    }
    return entries;
  }

  private static Map<String, byte[]> entries(byte[] xlsx) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipFile zip = open(xlsx)) {
      for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
        if (entry.isDirectory()) {
          continue;
        }
        try (InputStream in = zip.getInputStream(entry)) {
          if (entries.put(entry.getName(), in.readAllBytes()) != null) {
            throw new Declined("the package holds " + entry.getName() + " twice");
          }
        }
      }
    }
    return entries;
  }

  private static void writeZip(
      byte[] original, Map<String, byte[]> replaced, Set<String> removed, OutputStream out)
      throws IOException {
    Set<String> written = new HashSet<>();
    try (ZipFile before = open(original)) {
      ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
      for (ZipArchiveEntry entry : Collections.list(before.getEntriesInPhysicalOrder())) {
        String name = entry.getName();
        if (entry.isDirectory() || removed.contains(name)) {
          continue;
        }
        byte[] bytes = replaced.get(name);
        if (bytes != null) {
          put(zip, name, bytes);
        } else {
          try (InputStream raw = before.getRawInputStream(entry)) {
            zip.addRawArchiveEntry(entry, raw);
          }
        }
        written.add(name);
      }
      for (Map.Entry<String, byte[]> entry : replaced.entrySet()) {
        if (!written.contains(entry.getKey())) {
          put(zip, entry.getKey(), entry.getValue());
        }
      }
      zip.finish();
      zip.flush();
    }
  }

  private static void put(ZipArchiveOutputStream zip, String name, byte[] bytes)
      throws IOException {
    ZipArchiveEntry entry = new ZipArchiveEntry(name);
    entry.setMethod(ZipArchiveEntry.DEFLATED);
    zip.putArchiveEntry(entry);
    zip.write(bytes);
    zip.closeArchiveEntry();
  }
}
