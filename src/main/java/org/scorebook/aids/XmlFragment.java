package org.scorebook.aids;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.ParserConfigurationException;
import org.scorebook.ooxml.XmlFactories;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Elements cut from a part's XML as they stand, so that those kept can be copied character for
 * character: each element's text, its qualified name, and its parsed form for reading attributes
 * and children. Prefixes are kept as written and need not be declared inside the fragment (they
 * usually are on the part's root).
 */
final class XmlFragment {
  private static final Pattern ATTRIBUTE =
      Pattern.compile("\\s+([^\\s=/>]+)\\s*=\\s*(\"[^\"]*\"|'[^']*')");

  /** One element: its text, its qualified name, the text inside it, and its parsed form. */
  record Piece(String text, String name, String start, String content, Element parsed) {
    String localName() {
      return local(name);
    }

    String prefix() {
      int colon = name.indexOf(':');
      return colon < 0 ? "" : name.substring(0, colon + 1);
    }

    /** The start tag's attributes as written, name and quoted value. */
    List<String[]> rawAttributes() {
      List<String[]> found = new ArrayList<>();
      Matcher matcher = ATTRIBUTE.matcher(start.substring(1 + name.length()));
      while (matcher.find()) {
        found.add(new String[] {matcher.group(1), matcher.group(2)});
      }
      return found;
    }

    /** An attribute's value, unescaped; null when absent. */
    String attribute(String attributeName) {
      return parsed.hasAttribute(attributeName) ? parsed.getAttribute(attributeName) : null;
    }

    /** The child elements with this local name, parsed. */
    List<Element> children(String localName) {
      return childrenOf(parsed, localName);
    }
  }

  private XmlFragment() {}

  static String local(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.indexOf(':') + 1);
  }

  static List<Element> childrenOf(Element parent, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && local(element.getTagName()).equals(localName)) {
        found.add(element);
      }
    }
    return found;
  }

  /**
   * The elements at the top level of {@code xml}, in order; text between them, comments and
   * processing instructions are passed over.
   *
   * @throws IllegalArgumentException when {@code xml} is not a sequence of well-formed elements
   */
  static List<Piece> elements(String xml) {
    List<Piece> pieces = new ArrayList<>();
    int depth = 0;
    int start = -1;
    int startTagEnd = -1;
    String name = null;
    int i = 0;
    while (i < xml.length()) {
      int open = xml.indexOf('<', i);
      if (open < 0) {
        requireBlank(xml, i, xml.length(), depth);
        break;
      }
      if (depth == 0) {
        requireBlank(xml, i, open, depth);
      }
      if (xml.startsWith("<!--", open)) {
        i = after(xml, open, "-->");
      } else if (xml.startsWith("<![CDATA[", open)) {
        if (depth == 0) {
          throw new IllegalArgumentException("text outside an element");
        }
        i = after(xml, open, "]]>");
      } else if (xml.startsWith("<?", open)) {
        i = after(xml, open, "?>");
      } else if (xml.startsWith("<!", open)) {
        throw new IllegalArgumentException("a declaration inside a part's elements");
      } else if (xml.startsWith("</", open)) {
        int close = after(xml, open, ">");
        depth--;
        if (depth < 0) {
          throw new IllegalArgumentException("an end tag without its start");
        }
        if (depth == 0) {
          pieces.add(piece(xml, start, startTagEnd, open, close, name));
        }
        i = close;
      } else {
        int close = tagEnd(xml, open);
        boolean empty = xml.charAt(close - 2) == '/';
        if (depth == 0) {
          start = open;
          startTagEnd = close;
          name = tagName(xml, open + 1);
          if (empty) {
            pieces.add(piece(xml, start, startTagEnd, close, close, name));
          }
        }
        if (!empty) {
          depth++;
        }
        i = close;
      }
    }
    if (depth != 0) {
      throw new IllegalArgumentException("an element is not closed");
    }
    return pieces;
  }

  private static void requireBlank(String xml, int from, int to, int depth) {
    if (depth == 0 && !xml.substring(from, to).isBlank()) {
      throw new IllegalArgumentException("text outside an element");
    }
  }

  private static int after(String xml, int from, String end) {
    int found = xml.indexOf(end, from);
    if (found < 0) {
      throw new IllegalArgumentException("unterminated markup");
    }
    return found + end.length();
  }

  /** The index after the {@code >} that ends the tag opened at {@code open}, quotes respected. */
  private static int tagEnd(String xml, int open) {
    char quote = 0;
    for (int i = open + 1; i < xml.length(); i++) {
      char c = xml.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("unterminated tag");
  }

  private static String tagName(String xml, int from) {
    int end = from;
    while (end < xml.length()
        && !Character.isWhitespace(xml.charAt(end))
        && xml.charAt(end) != '/'
        && xml.charAt(end) != '>') {
      end++;
    }
    return xml.substring(from, end);
  }

  private static Piece piece(
      String xml, int start, int startTagEnd, int endTagStart, int end, String name) {
    String text = xml.substring(start, end);
    String content = startTagEnd < endTagStart ? xml.substring(startTagEnd, endTagStart) : "";
    return new Piece(text, name, xml.substring(start, startTagEnd), content, parse(text));
  }

  /** Parses one element without resolving prefixes, which are declared outside it. */
  private static Element parse(String element) {
    try {
      DocumentBuilder builder = XmlFactories.elementParser();
      builder.setErrorHandler(
          new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
              throw e;
            }
          });
      return builder.parse(new InputSource(new StringReader(element))).getDocumentElement();
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalArgumentException("not a well-formed element", e);
    }
  }
}
