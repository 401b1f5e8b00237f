package org.scorebook.partsave;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.scorebook.ooxml.XmlFactories;

/**
 * Copies XML from a reader to a writer event by event, with its prefixes and namespace
 * declarations, and writes elements given as text: how the comments part and the comments' drawing
 * keep everything Scorebook does not change.
 */
final class XmlCopy {
  /** The JDK's own reader, safe from DTDs and external entities, with text in one piece. */
  static final XMLInputFactory INPUT = XmlFactories.coalescingInput();

  /** The JDK's own writer, the same in tests as in use (a library on the class path is not). */
  static final XMLOutputFactory OUTPUT = XmlFactories.output();

  private XmlCopy() {}

  /**
   * An XML writer of UTF-8 into {@code bytes}, through a buffered character writer: given the
   * stream itself, the JDK's writer encodes and writes one byte at a time, and given a character
   * writer, it hands over every name and value on its own. Closing the XML writer flushes
   * everything into {@code bytes}.
   */
  static XMLStreamWriter writer(OutputStream bytes) throws XMLStreamException {
    return writer(text(bytes));
  }

  /** Buffered UTF-8 text into {@code bytes}, for {@link #writer(Writer)}. */
  static Writer text(OutputStream bytes) {
    return new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 8192);
  }

  /** An XML writer onto {@code text}, which is UTF-8 bound for the package. */
  static XMLStreamWriter writer(Writer text) throws XMLStreamException {
    return OUTPUT.createXMLStreamWriter(text);
  }

  /** What is done at each start tag of a part read by {@link #forEachElement}. */
  @FunctionalInterface
  interface ElementVisitor {
    void visit(XMLStreamReader in) throws IOException, XMLStreamException;
  }

  /** Calls {@code visitor} at every start tag of the part {@code xml}, in document order. */
  static void forEachElement(byte[] xml, ElementVisitor visitor) throws IOException {
    try {
      XMLStreamReader in = INPUT.createXMLStreamReader(new ByteArrayInputStream(xml));
      try {
        while (in.hasNext()) {
          if (in.next() == XMLStreamConstants.START_ELEMENT) {
            visitor.visit(in);
          }
        }
      } finally {
        in.close();
      }
    } catch (XMLStreamException e) {
      throw new IOException("unreadable package XML", e);
    }
  }

  /** Writes the start tag the reader is at, with its namespaces and the attributes kept. */
  static void startTag(XMLStreamReader in, XMLStreamWriter out, Predicate<String> keep)
      throws XMLStreamException {
    String prefix = in.getPrefix() == null ? "" : in.getPrefix();
    String uri = in.getNamespaceURI() == null ? "" : in.getNamespaceURI();
    out.writeStartElement(prefix, in.getLocalName(), uri);
    for (int i = 0; i < in.getNamespaceCount(); i++) {
      String declared = in.getNamespacePrefix(i);
      if (declared == null || declared.isEmpty()) {
        out.writeDefaultNamespace(in.getNamespaceURI(i));
      } else {
        out.writeNamespace(declared, in.getNamespaceURI(i));
      }
    }
    for (int i = 0; i < in.getAttributeCount(); i++) {
      String local = in.getAttributeLocalName(i);
      String attributePrefix = in.getAttributePrefix(i);
      if (attributePrefix == null || attributePrefix.isEmpty()) {
        if (keep.test(local)) {
          out.writeAttribute(local, in.getAttributeValue(i));
        }
      } else {
        out.writeAttribute(
            attributePrefix, in.getAttributeNamespace(i), local, in.getAttributeValue(i));
      }
    }
  }

  /**
   * Copies the element the reader is at, with everything inside it; the reader ends at its end. An
   * element without content is written as an empty-element tag: POI reads a drawing's {@code <br>}
   * as Excel leaves it, unclosed, by turning every {@code <br>} into {@code <br/>}.
   */
  static void element(XMLStreamReader in, XMLStreamWriter out) throws XMLStreamException {
    copy(in, out, Map.of());
  }

  /** Copies the element the reader is at, declaring {@code declare} (prefix → URI) on it. */
  private static void copy(XMLStreamReader in, XMLStreamWriter out, Map<String, String> declare)
      throws XMLStreamException {
    Start start = Start.of(in);
    int event = in.next();
    if (event == XMLStreamConstants.END_ELEMENT) {
      start.write(out, true, declare);
      return;
    }
    start.write(out, false, declare);
    while (true) {
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> copy(in, out, Map.of());
        case XMLStreamConstants.END_ELEMENT -> {
          out.writeEndElement();
          return;
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE ->
            characters(out, in.getText());
        case XMLStreamConstants.CDATA -> out.writeCData(in.getText());
        case XMLStreamConstants.COMMENT -> out.writeComment(in.getText());
        default -> {}
      }
      event = in.next();
    }
  }

  /** A start tag as read: its name, the namespaces it declares and its attributes. */
  private record Start(
      String prefix,
      String local,
      String uri,
      List<String[]> namespaces,
      List<String[]> attributes) {
    static Start of(XMLStreamReader in) {
      List<String[]> namespaces = new ArrayList<>();
      for (int i = 0; i < in.getNamespaceCount(); i++) {
        String declared = in.getNamespacePrefix(i);
        namespaces.add(new String[] {declared == null ? "" : declared, in.getNamespaceURI(i)});
      }
      List<String[]> attributes = new ArrayList<>();
      for (int i = 0; i < in.getAttributeCount(); i++) {
        String attributePrefix = in.getAttributePrefix(i);
        attributes.add(
            new String[] {
              attributePrefix == null ? "" : attributePrefix,
              in.getAttributeNamespace(i),
              in.getAttributeLocalName(i),
              in.getAttributeValue(i)
            });
      }
      return new Start(
          in.getPrefix() == null ? "" : in.getPrefix(),
          in.getLocalName(),
          in.getNamespaceURI() == null ? "" : in.getNamespaceURI(),
          namespaces,
          attributes);
    }

    void write(XMLStreamWriter out, boolean empty, Map<String, String> declare)
        throws XMLStreamException {
      if (empty) {
        out.writeEmptyElement(prefix, local, uri);
      } else {
        out.writeStartElement(prefix, local, uri);
      }
      Map<String, String> all = new LinkedHashMap<>(declare);
      for (String[] ns : namespaces) {
        all.put(ns[0], ns[1]);
      }
      for (Map.Entry<String, String> ns : all.entrySet()) {
        if (ns.getKey().isEmpty()) {
          out.writeDefaultNamespace(ns.getValue());
        } else {
          out.writeNamespace(ns.getKey(), ns.getValue());
        }
      }
      for (String[] attribute : attributes) {
        if (attribute[0].isEmpty()) {
          out.writeAttribute(attribute[2], attribute[3]);
        } else {
          out.writeAttribute(attribute[0], attribute[1], attribute[2], attribute[3]);
        }
      }
    }
  }

  /** Skips the element the reader is at; the reader ends at its end. */
  static void skip(XMLStreamReader in) throws XMLStreamException {
    int level = 1;
    while (level > 0 && in.hasNext()) {
      int event = in.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        level++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        level--;
      }
    }
  }

  /**
   * Text content, a carriage return kept as a reference so that readers do not turn it into a line
   * feed.
   */
  static void characters(XMLStreamWriter out, String text) throws XMLStreamException {
    int from = 0;
    for (int at = text.indexOf('\r'); at >= 0; at = text.indexOf('\r', from)) {
      out.writeCharacters(text.substring(from, at));
      out.writeEntityRef("#13");
      from = at + 1;
    }
    out.writeCharacters(from == 0 ? text : text.substring(from));
  }

  /**
   * Writes {@code xml} (one or more elements) with the prefixes of {@code namespaces} (prefix →
   * URI, "" for the default namespace), each of which every element of the fragment's top level
   * declares; {@code xml:} attributes need none.
   */
  static void fragment(XMLStreamWriter out, String xml, Map<String, String> namespaces)
      throws XMLStreamException {
    fragment(out, xml, namespaces, namespaces);
  }

  /**
   * Writes {@code xml} with the prefixes of {@code namespaces}, each element of its top level
   * declaring only {@code declared}: for output whose enclosing element declares the others.
   */
  static void fragment(
      XMLStreamWriter out, String xml, Map<String, String> namespaces, Map<String, String> declared)
      throws XMLStreamException {
    StringBuilder wrapped = new StringBuilder("<fragment");
    namespaces.forEach(
        (prefix, uri) ->
            wrapped
                .append(prefix.isEmpty() ? " xmlns" : " xmlns:" + prefix)
                .append("=\"")
                .append(uri)
                .append('"'));
    wrapped.append('>').append(xml).append("</fragment>");
    XMLStreamReader in = INPUT.createXMLStreamReader(new StringReader(wrapped.toString()));
    try {
      in.next(); // <fragment>
      while (in.hasNext()) {
        int event = in.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          // A writer that does not repair namespaces takes a prefix as bound once used, so whether
          // the output declares it cannot be asked: each element of the top level declares them.
          copy(in, out, declared);
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          break;
        } else if (event == XMLStreamConstants.CHARACTERS) {
          characters(out, in.getText());
        }
      }
    } finally {
      in.close();
    }
  }
}
