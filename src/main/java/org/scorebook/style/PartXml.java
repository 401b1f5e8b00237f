package org.scorebook.style;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.scorebook.ooxml.XmlFactories;

/**
 * An XML part read as a tree of elements that remember where they lie in the part's bytes, so that
 * a writer can insert into the part and copy everything else byte for byte. Only UTF-8 is read, and
 * no document type: a part with a DOCTYPE, another encoding, more than {@link #MAX_BYTES} bytes,
 * {@link #MAX_ELEMENTS} elements or {@link #MAX_DEPTH} levels is refused, and so is one where the
 * JDK's own StAX parser (DTDs and external entities off) does not see exactly the same elements and
 * attributes, so that a byte-level reading never disagrees with what an XML parser sees.
 */
final class PartXml {
  static final int MAX_BYTES = 32 * 1024 * 1024;
  static final int MAX_ELEMENTS = 1_000_000;
  static final int MAX_DEPTH = 64;
  static final int MAX_ATTRIBUTES = 256;

  private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
  private static final XMLInputFactory STAX = XmlFactories.input();

  /**
   * Fragments already seen to read the same with StAX: the same few styles are written into every
   * workbook of a batch, and the check costs a parser each time. Bounded; once full, every new
   * fragment is checked.
   */
  private static final Set<String> CHECKED_FRAGMENTS = ConcurrentHashMap.newKeySet();

  private static final int MAX_CHECKED_FRAGMENTS = 4096;

  /** An attribute with its value decoded as a parser gives it, and where its raw value lies. */
  record Attribute(String qname, String namespace, String local, String value) {}

  /** An element: its names, attributes and children, and its place in {@link #source}. */
  static final class Element {
    final byte[] source;
    final String qname;
    final String prefix;
    final String namespace;
    final String local;
    final List<Attribute> attributes;

    /** The namespace declarations on the element itself ({@code xmlns}, {@code xmlns:p}). */
    final List<Attribute> declarations;

    /** The namespaces in scope in the element, by prefix ("" for the default namespace). */
    final Map<String, String> scope;

    final List<Element> children = new ArrayList<>();

    /** The {@code <} of the start tag. */
    final int start;

    /** Just after the qualified name in the start tag, where an attribute can be added. */
    final int afterName;

    /** Just after the start tag's {@code >}. */
    int startTagEnd;

    /** The {@code <} of the end tag; {@link #startTagEnd} for an empty element. */
    int contentEnd;

    /** Just after the end tag (or the start tag of an empty element). */
    int end;

    boolean selfClosing;

    /** The element this one is in; null for the root. */
    Element parent;

    private Element(
        byte[] source,
        String qname,
        String namespace,
        List<Attribute> attributes,
        List<Attribute> declarations,
        Map<String, String> scope,
        int start,
        int afterName) {
      this.source = source;
      this.declarations = declarations;
      this.scope = scope;
      this.qname = qname;
      int colon = qname.indexOf(':');
      this.prefix = colon < 0 ? "" : qname.substring(0, colon);
      this.local = colon < 0 ? qname : qname.substring(colon + 1);
      this.namespace = namespace;
      this.attributes = attributes;
      this.start = start;
      this.afterName = afterName;
    }

    /** The value of the attribute {@code local} in no namespace, or null. */
    String attribute(String local) {
      for (Attribute a : attributes) {
        if (a.namespace().isEmpty() && a.local().equals(local)) {
          return a.value();
        }
      }
      return null;
    }

    /** The first child in {@code namespace} named {@code local}, or null. */
    Element child(String namespace, String local) {
      for (Element c : children) {
        if (c.local.equals(local) && c.namespace.equals(namespace)) {
          return c;
        }
      }
      return null;
    }

    /** The element as it is written, start tag to end tag. */
    byte[] bytes() {
      byte[] copy = new byte[end - start];
      System.arraycopy(source, start, copy, 0, copy.length);
      return copy;
    }

    /** How the element's children are named: its own prefix, with the colon ("" for none). */
    String childPrefix() {
      return prefix.isEmpty() ? "" : prefix + ":";
    }
  }

  private PartXml() {}

  /** The root element of {@code xml}. */
  static Element parse(byte[] xml) throws IOException {
    if (xml.length > MAX_BYTES) {
      throw new IOException("the part has " + xml.length + " bytes, more than " + MAX_BYTES);
    }
    Scanner scanner = new Scanner(xml);
    Element root = scanner.document();
    checkWithStax(xml, root, scanner.count);
    return root;
  }

  /**
   * Parses a fragment written for {@code container} (elements using its prefix, in its namespace):
   * the elements in it, with {@link Element#source} the fragment.
   */
  static List<Element> fragment(Element container, String elements) {
    StringBuilder wrapped = new StringBuilder("<").append(container.qname);
    container.scope.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            binding -> {
              String prefix = binding.getKey();
              if (prefix.equals("xml") || (prefix.isEmpty() && binding.getValue().isEmpty())) {
                return;
              }
              wrapped
                  .append(prefix.isEmpty() ? " xmlns" : " xmlns:" + prefix)
                  .append("=\"")
                  .append(escape(binding.getValue()))
                  .append('"');
            });
    wrapped.append('>').append(elements).append("</").append(container.qname).append('>');
    try {
      String text = wrapped.toString();
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      Element root = new Scanner(bytes).document();
      if (!CHECKED_FRAGMENTS.contains(text)) {
        checkWithStax(bytes, root, Integer.MAX_VALUE);
        if (CHECKED_FRAGMENTS.size() < MAX_CHECKED_FRAGMENTS) {
          CHECKED_FRAGMENTS.add(text);
        }
      }
      return root.children;
    } catch (IOException e) {
      throw new IllegalStateException("a fragment written here does not parse: " + elements, e);
    }
  }

  /** {@code text} as an attribute value between double quotes. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\t' -> out.append("&#9;");
        case '\n' -> out.append("&#10;");
        case '\r' -> out.append("&#13;");
        default -> {
          if (!XmlText.allowed(c)) {
            throw new IllegalArgumentException(
                "a character XML cannot hold: U+" + Integer.toHexString(c));
          }
          out.appendCodePoint(c);
        }
      }
    }
    return out.toString();
  }

  /** Reads the bytes once, building the element tree; refuses what it does not read fully. */
  private static final class Scanner {
    private final byte[] xml;
    private int pos;
    private int count;
    private final Deque<Map<String, String>> scopes = new ArrayDeque<>();
    private final Map<String, String> names = new HashMap<>();
    private final Deque<Element> open = new ArrayDeque<>();
    private Element root;

    Scanner(byte[] xml) {
      this.xml = xml;
    }

    Element document() throws IOException {
      skipByteOrderMark();
      Map<String, String> base = new HashMap<>();
      base.put("xml", XML_NS);
      base.put("", "");
      scopes.push(base);
      boolean first = true;
      for (int lt = indexOf((byte) '<', pos); lt >= 0; lt = indexOf((byte) '<', pos)) {
        pos = lt;
        markup(first);
        first = false;
      }
      if (root == null || !open.isEmpty()) {
        throw new IOException("the part ends before its root element does");
      }
      return root;
    }

    /** Skips a UTF-8 byte order mark; refuses a part in UTF-16 or another wide encoding. */
    private void skipByteOrderMark() throws IOException {
      if (startsWith(0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
        pos = 3;
      } else if (xml.length >= 2
          && ((xml[0] == (byte) 0xFE && xml[1] == (byte) 0xFF)
              || (xml[0] == (byte) 0xFF && xml[1] == (byte) 0xFE)
              || xml[0] == 0
              || xml[1] == 0)) {
        throw new IOException("the part is not UTF-8");
      }
    }

    /** The markup at {@link #pos}, {@code first} in the part or not; moves past it. */
    private void markup(boolean first) throws IOException {
      if (startsWith(pos, "<?")) {
        int close = find("?>", pos + 2);
        if (first && startsWith(pos, "<?xml") && isSpace(at(pos + 5))) {
          declaration(new String(xml, pos, close - pos, StandardCharsets.UTF_8));
        }
        pos = close + 2;
      } else if (startsWith(pos, "<!--")) {
        pos = find("-->", pos + 4) + 3;
      } else if (startsWith(pos, "<![CDATA[")) {
        if (open.isEmpty()) {
          throw new IOException("character data outside the root element");
        }
        pos = find("]]>", pos + 9) + 3;
      } else if (startsWith(pos, "<!")) {
        throw new IOException("a document type or declaration, which is not read here");
      } else if (startsWith(pos, "</")) {
        endTag();
      } else {
        element();
      }
    }

    private void endTag() throws IOException {
      if (open.isEmpty()) {
        throw new IOException("an end tag without a start tag at byte " + pos);
      }
      int nameStart = pos + 2;
      int nameEnd = nameEnd(nameStart);
      String name = new String(xml, nameStart, nameEnd - nameStart, StandardCharsets.UTF_8);
      int p = skipSpace(nameEnd);
      if (at(p) != '>') {
        throw new IOException("a malformed end tag at byte " + pos);
      }
      Element element = open.pop();
      if (!element.qname.equals(name)) {
        throw new IOException("</" + name + "> closes <" + element.qname + ">");
      }
      element.contentEnd = pos;
      element.end = p + 1;
      scopes.pop();
      pos = p + 1;
    }

    private void element() throws IOException {
      if (root != null && open.isEmpty()) {
        throw new IOException("a second root element");
      }
      Element element = startTag(open.peek());
      if (root == null) {
        root = element;
      }
      if (open.size() >= MAX_DEPTH) {
        throw new IOException("elements nested deeper than " + MAX_DEPTH);
      }
      if (!open.isEmpty()) {
        open.peek().children.add(element);
      }
      if (element.selfClosing) {
        scopes.pop();
      } else {
        open.push(element);
      }
    }

    private void declaration(String text) throws IOException {
      int at = text.indexOf("encoding");
      if (at < 0) {
        return;
      }
      int quote = at + "encoding".length();
      while (quote < text.length() && text.charAt(quote) != '"' && text.charAt(quote) != '\'') {
        quote++;
      }
      if (quote >= text.length()) {
        throw new IOException("an unreadable XML declaration");
      }
      int close = text.indexOf(text.charAt(quote), quote + 1);
      if (close < 0) {
        throw new IOException("an unreadable XML declaration");
      }
      String encoding = text.substring(quote + 1, close).strip().toUpperCase(Locale.ROOT);
      if (!encoding.equals("UTF-8") && !encoding.equals("UTF8")) {
        throw new IOException("the part is in " + encoding + ", not UTF-8");
      }
    }

    private Element startTag(Element parent) throws IOException {
      if (++count > MAX_ELEMENTS) {
        throw new IOException("more than " + MAX_ELEMENTS + " elements");
      }
      int start = pos;
      int nameStart = pos + 1;
      int nameEnd = nameEnd(nameStart);
      if (nameEnd == nameStart) {
        throw new IOException("a malformed start tag at byte " + start);
      }
      String qname = name(nameStart, nameEnd);
      Tag tag = tag(start, nameEnd);
      List<Attribute> declarations = new ArrayList<>();
      Map<String, String> scope = scope(tag.raw(), declarations);
      scopes.push(scope);
      List<Attribute> attributes = attributes(tag.raw(), scope);
      int colon = qname.indexOf(':');
      String namespace = scope.get(colon < 0 ? "" : qname.substring(0, colon));
      if (namespace == null) {
        throw new IOException("an undeclared prefix: " + qname);
      }
      Element element =
          new Element(
              xml,
              qname,
              namespace,
              List.copyOf(attributes),
              List.copyOf(declarations),
              scope,
              start,
              nameEnd);
      element.parent = parent;
      element.selfClosing = tag.selfClosing();
      element.startTagEnd = tag.end();
      if (tag.selfClosing()) {
        element.contentEnd = tag.end();
        element.end = tag.end();
      }
      pos = tag.end();
      return element;
    }

    /** A start tag's attributes as written (name, decoded value), where it ends, how it closes. */
    private record Tag(List<String[]> raw, int end, boolean selfClosing) {}

    /** The attributes of the start tag at {@code start} whose name ends at {@code nameEnd}. */
    private Tag tag(int start, int nameEnd) throws IOException {
      List<String[]> raw = new ArrayList<>();
      int p = nameEnd;
      while (true) {
        int afterSpace = skipSpace(p);
        byte c = at(afterSpace);
        if (c == '>') {
          return new Tag(raw, afterSpace + 1, false);
        }
        if (c == '/' && at(afterSpace + 1) == '>') {
          return new Tag(raw, afterSpace + 2, true);
        }
        if (afterSpace == p) {
          throw new IOException("a malformed start tag at byte " + start);
        }
        int attrEnd = nameEnd(afterSpace);
        if (attrEnd == afterSpace) {
          throw new IOException("a malformed attribute at byte " + afterSpace);
        }
        String name = name(afterSpace, attrEnd);
        int eq = skipSpace(attrEnd);
        if (at(eq) != '=') {
          throw new IOException("an attribute without a value at byte " + afterSpace);
        }
        int quote = skipSpace(eq + 1);
        byte q = at(quote);
        if (q != '"' && q != '\'') {
          throw new IOException("an unquoted attribute value at byte " + quote);
        }
        int close = indexOf(q, quote + 1);
        if (close < 0) {
          throw new IOException("an attribute value without its end");
        }
        raw.add(new String[] {name, decode(quote + 1, close)});
        if (raw.size() > MAX_ATTRIBUTES) {
          throw new IOException("more than " + MAX_ATTRIBUTES + " attributes on an element");
        }
        p = close + 1;
      }
    }

    /**
     * The prefixes in scope on an element: its parent's, with the element's own namespace
     * declarations, which are added to {@code declarations}.
     */
    private Map<String, String> scope(List<String[]> raw, List<Attribute> declarations) {
      Map<String, String> scope = scopes.peek();
      for (String[] a : raw) {
        if (isDeclaration(a[0])) {
          if (declarations.isEmpty()) {
            scope = new HashMap<>(scope);
          }
          scope.put(a[0].equals("xmlns") ? "" : a[0].substring(6), a[1]);
          declarations.add(new Attribute(a[0], "", a[0], a[1]));
        }
      }
      return scope;
    }

    /** The attributes other than namespace declarations, with their namespaces. */
    private static List<Attribute> attributes(List<String[]> raw, Map<String, String> scope)
        throws IOException {
      List<Attribute> attributes = new ArrayList<>();
      for (String[] a : raw) {
        if (isDeclaration(a[0])) {
          continue;
        }
        int colon = a[0].indexOf(':');
        String namespace = colon < 0 ? "" : scope.get(a[0].substring(0, colon));
        if (namespace == null) {
          throw new IOException("an undeclared prefix: " + a[0]);
        }
        attributes.add(
            new Attribute(a[0], namespace, colon < 0 ? a[0] : a[0].substring(colon + 1), a[1]));
      }
      return attributes;
    }

    private static boolean isDeclaration(String name) {
      return name.equals("xmlns") || name.startsWith("xmlns:");
    }

    /**
     * The attribute value between {@code from} and {@code to} as a parser reports it: references
     * resolved, literal tabs and line ends as spaces.
     */
    private String decode(int from, int to) throws IOException {
      String raw = new String(xml, from, to - from, StandardCharsets.UTF_8);
      StringBuilder out = new StringBuilder(raw.length());
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (c == '&') {
          int semi = raw.indexOf(';', i);
          if (semi < 0) {
            throw new IOException("an unterminated reference in an attribute");
          }
          String ref = raw.substring(i + 1, semi);
          switch (ref) {
            case "lt" -> out.append('<');
            case "gt" -> out.append('>');
            case "amp" -> out.append('&');
            case "quot" -> out.append('"');
            case "apos" -> out.append('\'');
            default -> out.appendCodePoint(characterReference(ref));
          }
          i = semi;
        } else if (c == '<') {
          throw new IOException("< in an attribute value");
        } else if (c == '\r') {
          out.append(' ');
          if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
            i++;
          }
        } else if (c == '\n' || c == '\t') {
          out.append(' ');
        } else {
          out.append(c);
        }
      }
      return out.toString();
    }

    private static int characterReference(String ref) throws IOException {
      try {
        int c;
        if (ref.startsWith("#x")) {
          c = Integer.parseInt(ref.substring(2), 16);
        } else if (ref.startsWith("#")) {
          c = Integer.parseInt(ref.substring(1));
        } else {
          throw new IOException("an entity reference other than XML's own: &" + ref + ";");
        }
        if (!XmlText.allowed(c)) {
          throw new IOException("a reference to a character XML cannot hold");
        }
        return c;
      } catch (NumberFormatException e) {
        throw new IOException("a malformed character reference: &" + ref + ";", e);
      }
    }

    /** The name between {@code from} and {@code to}: one string for each name however often. */
    private String name(int from, int to) {
      String name = new String(xml, from, to - from, StandardCharsets.UTF_8);
      String known = names.putIfAbsent(name, name);
      return known != null ? known : name;
    }

    private int nameEnd(int from) {
      int p = from;
      while (p < xml.length) {
        byte c = xml[p];
        if (isSpace(c) || c == '>' || c == '/' || c == '=' || c == '<' || c == '"' || c == '\'') {
          break;
        }
        p++;
      }
      return p;
    }

    private int skipSpace(int from) {
      int p = from;
      while (p < xml.length && isSpace(xml[p])) {
        p++;
      }
      return p;
    }

    private byte at(int p) throws IOException {
      if (p >= xml.length) {
        throw new IOException("the part ends inside a tag");
      }
      return xml[p];
    }

    private int indexOf(byte b, int from) {
      for (int p = from; p < xml.length; p++) {
        if (xml[p] == b) {
          return p;
        }
      }
      return -1;
    }

    private int find(String text, int from) throws IOException {
      byte[] wanted = text.getBytes(StandardCharsets.US_ASCII);
      for (int p = from; p + wanted.length <= xml.length; p++) {
        if (startsWith(p, wanted)) {
          return p;
        }
      }
      throw new IOException("the part ends before " + text);
    }

    private boolean startsWith(int p, String text) {
      return startsWith(p, text.getBytes(StandardCharsets.US_ASCII));
    }

    private boolean startsWith(int p, byte[] wanted) {
      if (p + wanted.length > xml.length) {
        return false;
      }
      for (int i = 0; i < wanted.length; i++) {
        if (xml[p + i] != wanted[i]) {
          return false;
        }
      }
      return true;
    }

    private static boolean isSpace(byte c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
  }

  /**
   * Reads {@code xml} again with StAX and refuses it unless StAX sees the same elements, at the
   * same depths, with the same attributes: it also refuses what is not well-formed.
   */
  private static void checkWithStax(byte[] xml, Element root, int elements) throws IOException {
    Deque<Element> pending = new ArrayDeque<>();
    pending.push(root);
    try {
      XMLStreamReader reader = STAX.createXMLStreamReader(new ByteArrayInputStream(xml));
      try {
        Deque<Integer> childIndex = new ArrayDeque<>();
        Deque<Element> open = new ArrayDeque<>();
        int seen = 0;
        while (reader.hasNext()) {
          int event = reader.next();
          if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new IOException("a document type or entity, which is not read here");
          }
          if (event == XMLStreamConstants.START_ELEMENT) {
            if (++seen > elements) {
              throw new IOException("the part's elements are not what they seemed");
            }
            Element expected;
            if (open.isEmpty()) {
              expected = seen == 1 ? root : null;
            } else {
              int index = childIndex.pop();
              List<Element> children = open.peek().children;
              expected = index < children.size() ? children.get(index) : null;
              childIndex.push(index + 1);
            }
            if (expected == null || !same(expected, reader)) {
              throw new IOException("the part's elements are not what they seemed");
            }
            open.push(expected);
            childIndex.push(0);
          } else if (event == XMLStreamConstants.END_ELEMENT) {
            Element closed = open.pop();
            if (childIndex.pop() != closed.children.size()) {
              throw new IOException("the part's elements are not what they seemed");
            }
          }
        }
      } finally {
        reader.close();
      }
    } catch (XMLStreamException | RuntimeException e) {
      throw new IOException("unreadable XML: " + e.getMessage(), e);
    }
  }

  private static boolean same(Element element, XMLStreamReader reader) {
    String namespace = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
    if (!element.local.equals(reader.getLocalName()) || !element.namespace.equals(namespace)) {
      return false;
    }
    if (reader.getAttributeCount() != element.attributes.size()) {
      return false;
    }
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      int index = i;
      // both read attributes in the order written: look elsewhere only when that one differs
      if (!sameAttribute(element.attributes.get(i), reader, i)
          && element.attributes.stream().noneMatch(a -> sameAttribute(a, reader, index))) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameAttribute(Attribute attribute, XMLStreamReader reader, int i) {
    String namespace = reader.getAttributeNamespace(i);
    return attribute.local().equals(reader.getAttributeLocalName(i))
        && attribute.namespace().equals(namespace == null ? "" : namespace)
        && attribute.value().equals(reader.getAttributeValue(i));
  }
}
