package org.scorebook.ooxml;

import static org.scorebook.ooxml.StaxWalk.nextChild;
import static org.scorebook.ooxml.StaxWalk.richText;
import static org.scorebook.ooxml.StaxWalk.skip;
import static org.scorebook.ooxml.StaxWalk.toRoot;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The shared strings part, read as POI reads it: each {@code <si>} is its runs' texts joined, or
 * without runs its own {@code <t>}, phonetic runs left out and Excel's escapes decoded; null when
 * it has neither.
 */
public final class SharedStrings {
  /** The root element's namespace, or "" for none. */
  public final String namespace;

  /** Whether the root element is {@code <sst>}. */
  public final boolean isSst;

  /** The strings in order; an entry is null where its {@code <si>} has no text at all. */
  public final List<String> strings;

  private SharedStrings(String namespace, boolean isSst, List<String> strings) {
    this.namespace = namespace;
    this.isSst = isSst;
    this.strings = Collections.unmodifiableList(strings);
  }

  /**
   * Reads a shared strings part.
   *
   * @throws XMLStreamException when it is not well-formed XML or has a DTD
   */
  public static SharedStrings read(byte[] part) throws XMLStreamException {
    XMLStreamReader xml =
        XmlFactories.input().createXMLStreamReader(new ByteArrayInputStream(part));
    try {
      if (!toRoot(xml)) {
        throw new XMLStreamException("no root element");
      }
      String namespace = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
      boolean isSst = xml.getLocalName().equals("sst");
      List<String> strings = new ArrayList<>();
      while (nextChild(xml)) {
        if (StaxWalk.in(xml, namespace) && xml.getLocalName().equals("si")) {
          strings.add(ExcelEscapes.decode(richText(xml, namespace)));
        } else {
          skip(xml);
        }
      }
      return new SharedStrings(namespace, isSst, strings);
    } finally {
      xml.close();
    }
  }
}
