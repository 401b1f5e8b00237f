package org.scorebook.ooxml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Walking a part's elements with StAX: to the root, child by child, skipping what is not read. */
public final class StaxWalk {
  private StaxWalk() {}

  /** Whether the reader's element is in {@code namespace} ("" for none). */
  static boolean in(XMLStreamReader xml, String namespace) {
    String ns = xml.getNamespaceURI();
    return namespace.equals(ns == null ? "" : ns);
  }

  /**
   * The text of {@code <is>}, the reader on its start, read to its end: its runs' texts joined, or
   * without runs its own {@code <t>}; phonetic runs are not part of it. Null with neither.
   */
  static String richText(XMLStreamReader xml, String namespace) throws XMLStreamException {
    String plain = null;
    StringBuilder runs = null;
    while (nextChild(xml)) {
      String name = in(xml, namespace) ? xml.getLocalName() : "";
      if (name.equals("t")) {
        String text = xml.getElementText();
        plain = plain == null ? text : plain;
      } else if (name.equals("r")) {
        runs = runs == null ? new StringBuilder() : runs;
        runs.append(runText(xml, namespace));
      } else {
        skip(xml);
      }
    }
    return runs != null ? runs.toString() : plain;
  }

  private static String runText(XMLStreamReader xml, String namespace) throws XMLStreamException {
    String text = null;
    while (nextChild(xml)) {
      if (text == null && in(xml, namespace) && xml.getLocalName().equals("t")) {
        text = xml.getElementText();
      } else {
        skip(xml);
      }
    }
    return text;
  }

  /** Moves to the root element; false when there is none. A DTD is refused. */
  static boolean toRoot(XMLStreamReader xml) throws XMLStreamException {
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.DTD) {
        throw new XMLStreamException("a DTD");
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
    }
    return false;
  }

  /**
   * Moves to the next child element of the element the reader is in; false when that element ends.
   * The reader must be on that element's start tag or on the end tag of its previous child.
   */
  public static boolean nextChild(XMLStreamReader xml) throws XMLStreamException {
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
      if (event == XMLStreamConstants.END_ELEMENT) {
        return false;
      }
    }
    throw new XMLStreamException("the XML ends early");
  }

  /** Skips the element the reader is on to its end tag; nothing when already past its start. */
  public static void skip(XMLStreamReader xml) throws XMLStreamException {
    if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
      return;
    }
    int open = 1;
    while (open > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        open++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        open--;
      }
    }
  }

  /** An attribute without a namespace, as the schema's are; null when missing. */
  static String attribute(XMLStreamReader xml, String name) {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      String ns = xml.getAttributeNamespace(i);
      if ((ns == null || ns.isEmpty()) && name.equals(xml.getAttributeLocalName(i))) {
        return xml.getAttributeValue(i);
      }
    }
    return null;
  }

  static Map<String, String> attributes(XMLStreamReader xml) {
    Map<String, String> found = new LinkedHashMap<>();
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      String prefix = xml.getAttributePrefix(i);
      if (prefix == null || prefix.isEmpty()) {
        found.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
      }
    }
    return Collections.unmodifiableMap(found);
  }
}
