package org.scorebook.ooxml;

import static org.scorebook.ooxml.StaxWalk.attribute;
import static org.scorebook.ooxml.StaxWalk.nextChild;
import static org.scorebook.ooxml.StaxWalk.skip;
import static org.scorebook.ooxml.StaxWalk.toRoot;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A relationships part ({@code _rels/….rels}) as written: each {@code <Relationship>} child of its
 * root, attributes as they stand (a missing one null, a target not resolved), in order. How a
 * target is resolved and what a missing attribute means is for the reader of the package to say.
 */
public final class Relationships {
  /** The namespace of relationships parts. */
  public static final String NAMESPACE =
      "http://schemas.openxmlformats.org/package/2006/relationships";

  /** One relationship, its attributes as written; any of them may be null. */
  public record Relationship(String id, String type, String target, String targetMode) {
    /** Whether the target is a part of the package (no target mode, or Internal). */
    public boolean internal() {
      return targetMode == null || targetMode.equals("Internal");
    }
  }

  private final List<Relationship> all;

  private Relationships(List<Relationship> all) {
    this.all = List.copyOf(all);
  }

  /** The relationships in the order of the part. */
  public List<Relationship> all() {
    return all;
  }

  /**
   * Reads a relationships part.
   *
   * @throws XMLStreamException when it is not well-formed, has a DTD, or its root is not {@code
   *     <Relationships>} in the relationships namespace
   */
  public static Relationships read(byte[] part) throws XMLStreamException {
    XMLStreamReader xml =
        XmlFactories.input().createXMLStreamReader(new ByteArrayInputStream(part));
    try {
      if (!toRoot(xml) || !isElement(xml, "Relationships")) {
        throw new XMLStreamException("not a relationships part");
      }
      List<Relationship> found = new ArrayList<>();
      while (nextChild(xml)) {
        if (isElement(xml, "Relationship")) {
          found.add(
              new Relationship(
                  attribute(xml, "Id"),
                  attribute(xml, "Type"),
                  attribute(xml, "Target"),
                  attribute(xml, "TargetMode")));
        }
        skip(xml);
      }
      return new Relationships(found);
    } finally {
      xml.close();
    }
  }

  private static boolean isElement(XMLStreamReader xml, String name) {
    return name.equals(xml.getLocalName()) && NAMESPACE.equals(xml.getNamespaceURI());
  }
}
