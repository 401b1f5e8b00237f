package org.scorebook.aids;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scorebook.model.CellRef;
import org.scorebook.style.Look;
import org.scorebook.style.XmlText;
import org.w3c.dom.Element;

/**
 * Writes a sheet's aids ({@link SheetAids}) as the XML of its worksheet part, for a save that edits
 * the part instead of loading the workbook into POI: the {@code <dataValidations>} element, the
 * {@code <conditionalFormatting>} elements, the {@code <autoFilter>} and the check row's {@code
 * <c>} cells. Given the elements the part has now, it keeps the user's validations and formats
 * character for character and drops Scorebook's earlier ones, deciding as {@link ExcelAids} does
 * ({@link OwnAids}).
 *
 * <p>Where the elements go is the caller's: in a worksheet they stand in this order among their
 * siblings: {@code sheetData}, …, {@code autoFilter}, {@code sortState}, …, {@code mergeCells},
 * {@code phoneticPr}, {@code conditionalFormatting}, {@code dataValidations}, {@code hyperlinks},
 * {@code printOptions}, …
 */
public final class AidsXml {
  /** The SpreadsheetML namespace of a worksheet's elements. */
  public static final String MAIN_NAMESPACE =
      "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  /** Where the differential formats (the looks of new rules) come from: the styles part's side. */
  @FunctionalInterface
  public interface DifferentialFormats {
    /** The index in the styles part's {@code <dxfs>} of a differential format of {@code look}. */
    int dxfIndex(SheetAids.RuleLook look);
  }

  /** Where the cell formats of the check row come from: the styles part's side. */
  @FunctionalInterface
  public interface CellFormats {
    /** The index in the styles part's {@code <cellXfs>} of a format for {@code look}. */
    int styleIndex(Look look);
  }

  /**
   * One cell of the check row as a {@code <c>} element.
   *
   * @param reference the cell in A1 style, as its {@code r} attribute has it
   */
  public record CellXml(int row, int column, String reference, String xml) {}

  private final String prefix;

  /** Writes the elements in the default namespace, as Excel and POI write worksheets. */
  public AidsXml() {
    this("");
  }

  /**
   * @param prefix the prefix the worksheet binds to {@link #MAIN_NAMESPACE} ({@code x}), or empty
   *     when that is its default namespace. A new element takes the prefix of the one it replaces,
   *     or of the conditional formats already there, unless they declare it themselves.
   */
  public AidsXml(String prefix) {
    if (!prefix.isEmpty() && !prefix.matches("[A-Za-z_][\\w.-]*")) {
      throw new IllegalArgumentException("not a prefix: " + prefix);
    }
    this.prefix = prefix.isEmpty() ? "" : prefix + ":";
  }

  // Validations

  /**
   * The sheet's {@code <dataValidations>} element: the user's validations of {@code existing}, as
   * they stand, then Scorebook's. While some of the user's remain, the element keeps its other
   * attributes; {@code count} is set anew.
   *
   * @param existing the {@code <dataValidations>} element as the part has it now, or empty
   * @return the element, or empty when the sheet has no validation left
   */
  public String dataValidations(SheetAids aids, String existing) {
    String name = prefix + "dataValidations";
    List<String> kept = new ArrayList<>();
    int keptValidations = 0;
    List<String[]> attributes = List.of();
    String childPrefix = prefix;
    for (XmlFragment.Piece element : XmlFragment.elements(existing)) {
      require(element, "dataValidations");
      name = element.name();
      childPrefix = element.prefix();
      for (XmlFragment.Piece validation : XmlFragment.elements(element.content())) {
        if (!validation.localName().equals("dataValidation")
            || !OwnAids.isOwnValidation(
                validation.attribute("promptTitle"), validation.attribute("errorTitle"))) {
          kept.add(validation.text());
          keptValidations += validation.localName().equals("dataValidation") ? 1 : 0;
        }
      }
      attributes = element.rawAttributes();
    }
    int count = keptValidations + aids.validations().size();
    if (kept.isEmpty() && aids.validations().isEmpty()) {
      return "";
    }
    StringBuilder xml = new StringBuilder("<").append(name);
    for (String[] attribute : attributes) {
      // Namespace declarations stay for the element's own name; the rest only with the user's.
      boolean declaration = attribute[0].equals("xmlns") || attribute[0].startsWith("xmlns:");
      if (!attribute[0].equals("count") && (declaration || !kept.isEmpty())) {
        xml.append(' ').append(attribute[0]).append('=').append(attribute[1]);
      }
    }
    xml.append(" count=\"").append(count).append("\">");
    kept.forEach(xml::append);
    for (SheetAids.Validation validation : aids.validations()) {
      validation(xml, childPrefix, validation);
    }
    return xml.append("</").append(name).append('>').toString();
  }

  private static void validation(StringBuilder xml, String p, SheetAids.Validation v) {
    xml.append('<').append(p).append("dataValidation");
    attribute(xml, "type", v.type().xml());
    v.operator().ifPresent(operator -> attribute(xml, "operator", operator.xml()));
    attribute(xml, "errorStyle", v.errorStyle().xml());
    if (v.allowBlank()) {
      attribute(xml, "allowBlank", "1");
    }
    if (v.showPrompt()) {
      attribute(xml, "showInputMessage", "1");
    }
    if (v.showError()) {
      attribute(xml, "showErrorMessage", "1");
    }
    v.error()
        .ifPresent(
            message -> {
              attribute(xml, "errorTitle", message.title());
              attribute(xml, "error", message.text());
            });
    v.prompt()
        .ifPresent(
            message -> {
              attribute(xml, "promptTitle", message.title());
              attribute(xml, "prompt", message.text());
            });
    attribute(xml, "sqref", Area.sqref(v.ranges()));
    xml.append('>');
    String formula1 =
        v.type() == SheetAids.Validation.Type.LIST
            ? "\"" + String.join(",", v.list()).replace("\"", "\"\"") + "\""
            : v.formula1();
    element(xml, p + "formula1", formula1);
    v.formula2().ifPresent(formula2 -> element(xml, p + "formula2", formula2));
    xml.append("</").append(p).append("dataValidation>");
  }

  // Conditional formatting

  /**
   * The sheet's {@code <conditionalFormatting>} elements: those of {@code existing} that stay, as
   * they stand and in their order, then one for each rule of Scorebook's that is not already there,
   * with its differential format from {@code formats} and the next priority, as Excel numbers them
   * (one more than the rules before it). When {@code aids} does not replace rules, {@code existing}
   * comes back as it is.
   *
   * @param existing the sheet's {@code <conditionalFormatting>} elements as the part has them now
   *     (one after another; space and comments between them are dropped), or empty
   */
  public String conditionalFormattings(
      SheetAids aids, String existing, DifferentialFormats formats) {
    if (!aids.replacesRules()) {
      return existing;
    }
    List<XmlFragment.Piece> elements = XmlFragment.elements(existing);
    List<OwnAids.Existing> seen = new ArrayList<>();
    String p = prefix;
    for (XmlFragment.Piece element : elements) {
      require(element, "conditionalFormatting");
      if (!declaresOwnPrefix(element)) {
        p = element.prefix();
      }
      List<String> formulas = new ArrayList<>();
      for (Element rule : element.children("cfRule")) {
        List<Element> formula = XmlFragment.childrenOf(rule, "formula");
        formulas.add(formula.isEmpty() ? null : formula.get(0).getTextContent());
      }
      String sqref = element.attribute("sqref");
      seen.add(new OwnAids.Existing(Area.canonicalSqref(sqref == null ? "" : sqref), formulas));
    }
    OwnAids.Reconciled reconciled = OwnAids.reconcile(seen, aids.rules());
    StringBuilder xml = new StringBuilder();
    int rules = 0;
    for (int i = 0; i < elements.size(); i++) {
      if (reconciled.keep().get(i)) {
        xml.append(elements.get(i).text());
        rules += elements.get(i).children("cfRule").size();
      }
    }
    for (SheetAids.Rule rule : reconciled.added()) {
      rules++;
      xml.append('<').append(p).append("conditionalFormatting");
      attribute(xml, "sqref", Area.sqref(Area.merged(rule.ranges())));
      xml.append("><").append(p).append("cfRule");
      attribute(xml, "type", "expression");
      attribute(xml, "dxfId", Integer.toString(formats.dxfIndex(rule.look())));
      attribute(xml, "priority", Integer.toString(rules));
      xml.append('>');
      element(xml, p + "formula", rule.formula());
      xml.append("</").append(p).append("cfRule></").append(p).append("conditionalFormatting>");
    }
    return xml.toString();
  }

  /**
   * A differential format of {@code look} for the styles part's {@code <dxfs>}, in its default
   * namespace: a solid fill of the look's indexed colour, as POI writes it.
   */
  public static String dxf(SheetAids.RuleLook look) {
    return "<dxf><fill><patternFill patternType=\"solid\"><bgColor indexed=\""
        + look.fill().index()
        + "\"/></patternFill></fill></dxf>";
  }

  // The filter and the check row

  /** The {@code <autoFilter>} to add, when the sheet gets one (it has none of its own). */
  public Optional<String> autoFilter(SheetAids aids) {
    return aids.filter()
        .map(
            area -> {
              StringBuilder xml = new StringBuilder("<").append(prefix).append("autoFilter");
              attribute(xml, "ref", area.a1());
              return xml.append("/>").toString();
            });
  }

  /**
   * The check row's cells, in column order, each replacing the cell of its reference (the row is
   * created when the sheet has none): the label as an inline string, the sum and the verdict as
   * formulas with their results cached, each with the cell format of its look.
   */
  public List<CellXml> checkRowCells(SheetAids aids, CellFormats formats) {
    List<CellXml> cells = new ArrayList<>();
    aids.checkRow()
        .ifPresent(
            check -> {
              for (SheetAids.CheckCell cell : check.cells()) {
                cells.add(cell(check.row(), cell, formats.styleIndex(cell.look())));
              }
            });
    cells.sort((a, b) -> Integer.compare(a.column(), b.column()));
    return List.copyOf(cells);
  }

  private CellXml cell(int row, SheetAids.CheckCell cell, int style) {
    String reference = CellRef.columnLetters(cell.column()) + (row + 1);
    StringBuilder xml = new StringBuilder("<").append(prefix).append('c');
    attribute(xml, "r", reference);
    attribute(xml, "s", Integer.toString(style));
    boolean text = cell.value() instanceof SheetAids.TextValue;
    if (cell.formula().isPresent()) {
      if (text) {
        attribute(xml, "t", "str");
      }
      xml.append('>');
      element(xml, prefix + "f", cell.formula().get());
      element(xml, prefix + "v", value(cell.value()));
    } else if (text) {
      attribute(xml, "t", "inlineStr");
      xml.append("><").append(prefix).append("is>");
      String value = value(cell.value());
      String t = prefix + "t";
      if (!value.equals(value.strip())) {
        xml.append('<').append(t).append(" xml:space=\"preserve\">");
        xml.append(escape(value, false)).append("</").append(t).append('>');
      } else {
        element(xml, t, value);
      }
      xml.append("</").append(prefix).append("is>");
    } else {
      xml.append('>');
      element(xml, prefix + "v", value(cell.value()));
    }
    xml.append("</").append(prefix).append("c>");
    return new CellXml(row, cell.column(), reference, xml.toString());
  }

  private static String value(SheetAids.Value value) {
    if (value instanceof SheetAids.NumberValue number) {
      return number(number.number());
    }
    return ((SheetAids.TextValue) value).text();
  }

  /** A number as a cell's {@code <v>} holds it: {@code 100}, {@code 87.12}. */
  static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("not a number a cell can hold: " + value);
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  // Writing XML

  /** Whether an element declares its prefix itself, so that its siblings cannot use it. */
  private static boolean declaresOwnPrefix(XmlFragment.Piece element) {
    String prefix = element.prefix();
    String declaration =
        prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix.substring(0, prefix.length() - 1);
    return element.rawAttributes().stream().anyMatch(a -> a[0].equals(declaration));
  }

  private static void require(XmlFragment.Piece element, String localName) {
    if (!element.localName().equals(localName)) {
      throw new IllegalArgumentException(
          "expected <" + localName + ">, not <" + element.name() + ">");
    }
  }

  private static void attribute(StringBuilder xml, String name, String value) {
    xml.append(' ').append(name).append("=\"").append(escape(value, true)).append('"');
  }

  private static void element(StringBuilder xml, String name, String text) {
    xml.append('<').append(name).append('>');
    xml.append(escape(text, false));
    xml.append("</").append(name).append('>');
  }

  static String escape(String text, boolean attribute) {
    return attribute ? XmlText.attribute(text) : XmlText.text(text);
  }
}
