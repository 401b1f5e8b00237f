package org.scorebook.ooxml;

import static org.scorebook.ooxml.StaxWalk.attribute;
import static org.scorebook.ooxml.StaxWalk.nextChild;
import static org.scorebook.ooxml.StaxWalk.skip;
import static org.scorebook.ooxml.StaxWalk.toRoot;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The package's {@code [Content_Types].xml}: a type by extension ({@code <Default>}) and by part
 * name ({@code <Override>}), both compared without regard to case, as the package format says.
 */
public final class ContentTypes {
  /** The namespace of the content types part. */
  public static final String NAMESPACE =
      "http://schemas.openxmlformats.org/package/2006/content-types";

  /** The part's name in the package. */
  public static final String PART = "[Content_Types].xml";

  private final Map<String, String> defaults;
  private final Map<String, String> overrides;

  private ContentTypes(Map<String, String> defaults, Map<String, String> overrides) {
    this.defaults = Map.copyOf(defaults);
    this.overrides = Map.copyOf(overrides);
  }

  /**
   * The type of the part {@code entryName} ({@code xl/workbook.xml}): its override, else its
   * extension's default; null when it has neither.
   */
  public String typeOf(String entryName) {
    String lower = entryName.toLowerCase(Locale.ROOT);
    String type = overrides.get("/" + lower);
    if (type != null) {
      return type;
    }
    String last = lower.substring(lower.lastIndexOf('/') + 1);
    int dot = last.lastIndexOf('.');
    return dot < 0 ? null : defaults.get(last.substring(dot + 1));
  }

  /**
   * Reads the content types part.
   *
   * @throws XMLStreamException when it is not well-formed, has a DTD, its root is not {@code
   *     <Types>} in its namespace, or a default or override lacks an attribute
   */
  public static ContentTypes read(byte[] part) throws XMLStreamException {
    XMLStreamReader xml =
        XmlFactories.input().createXMLStreamReader(new ByteArrayInputStream(part));
    try {
      if (!toRoot(xml) || !isElement(xml, "Types")) {
        throw new XMLStreamException("not a content types part");
      }
      Map<String, String> defaults = new HashMap<>();
      Map<String, String> overrides = new HashMap<>();
      while (nextChild(xml)) {
        if (isElement(xml, "Default")) {
          defaults.put(lower(required(xml, "Extension")), required(xml, "ContentType"));
        } else if (isElement(xml, "Override")) {
          overrides.put(lower(required(xml, "PartName")), required(xml, "ContentType"));
        }
        skip(xml);
      }
      return new ContentTypes(defaults, overrides);
    } finally {
      xml.close();
    }
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  private static String required(XMLStreamReader xml, String name) throws XMLStreamException {
    String value = attribute(xml, name);
    if (value == null) {
      throw new XMLStreamException("no " + name + " on " + xml.getLocalName());
    }
    return value;
  }

  private static boolean isElement(XMLStreamReader xml, String name) {
    return name.equals(xml.getLocalName()) && NAMESPACE.equals(xml.getNamespaceURI());
  }
}
