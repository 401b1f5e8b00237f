package org.scorebook.partsave;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.scorebook.ooxml.Relationships;

/**
 * Relationship parts and the content types of a package, read into values, changed and written
 * again whole: they are small, and a package whose parts change gets new ones anyway.
 */
final class PackageEdits {
  static final String RELATIONSHIPS_NS =
      "http://schemas.openxmlformats.org/package/2006/relationships";
  static final String CONTENT_TYPES_NS =
      "http://schemas.openxmlformats.org/package/2006/content-types";

  private PackageEdits() {}

  /** One relationship, its target as written (relative to the source part's folder). */
  record Relationship(String id, String type, String target, boolean external) {}

  /** The relationships of a part; an absent part has none. */
  static List<Relationship> relationships(byte[] rels) throws IOException {
    List<Relationship> found = new ArrayList<>();
    if (rels == null) {
      return found;
    }
    try {
      for (Relationships.Relationship r : Relationships.read(rels).all()) {
        found.add(
            new Relationship(r.id(), r.type(), r.target(), "External".equals(r.targetMode())));
      }
    } catch (XMLStreamException e) {
      throw new IOException("unreadable package XML", e);
    }
    return found;
  }

  static byte[] relationshipsXml(List<Relationship> relationships) throws IOException {
    return write(
        out -> {
          out.writeStartElement("", "Relationships", RELATIONSHIPS_NS);
          out.writeDefaultNamespace(RELATIONSHIPS_NS);
          for (Relationship relationship : relationships) {
            out.writeEmptyElement("", "Relationship", RELATIONSHIPS_NS);
            out.writeAttribute("Id", relationship.id());
            out.writeAttribute("Type", relationship.type());
            out.writeAttribute("Target", relationship.target());
            if (relationship.external()) {
              out.writeAttribute("TargetMode", "External");
            }
          }
          out.writeEndElement();
        });
  }

  /** An id not yet used among {@code relationships}: {@code rId} and the next free number. */
  static String freeId(List<Relationship> relationships) {
    int next = relationships.size() + 1;
    while (true) {
      String id = "rId" + next;
      if (relationships.stream().noneMatch(r -> r.id().equals(id))) {
        return id;
      }
      next++;
    }
  }

  /** Content types: defaults by extension and overrides by part name, in their order. */
  static final class ContentTypes {
    private final Map<String, String> defaults = new LinkedHashMap<>();
    private final Map<String, String> overrides = new LinkedHashMap<>();

    static ContentTypes of(byte[] xml) throws IOException {
      ContentTypes types = new ContentTypes();
      XmlCopy.forEachElement(
          xml,
          in -> {
            switch (in.getLocalName()) {
              case "Default" ->
                  types.defaults.put(
                      in.getAttributeValue(null, "Extension"),
                      in.getAttributeValue(null, "ContentType"));
              case "Override" ->
                  types.overrides.put(
                      in.getAttributeValue(null, "PartName"),
                      in.getAttributeValue(null, "ContentType"));
              default -> {}
            }
          });
      return types;
    }

    /** Gives {@code partName} (with its leading slash) its own content type. */
    ContentTypes override(String partName, String contentType) {
      overrides.keySet().removeIf(name -> name.equalsIgnoreCase(partName));
      overrides.put(partName, contentType);
      return this;
    }

    ContentTypes removeOverrides(Predicate<String> partNames) {
      overrides.keySet().removeIf(partNames);
      return this;
    }

    /** Gives every part ending in {@code .extension} a type, unless one is given already. */
    ContentTypes defaultFor(String extension, String contentType) {
      boolean known =
          defaults.keySet().stream().anyMatch(e -> e.toLowerCase(Locale.ROOT).equals(extension));
      if (!known) {
        defaults.put(extension, contentType);
      }
      return this;
    }

    byte[] toXml() throws IOException {
      return write(
          out -> {
            out.writeStartElement("", "Types", CONTENT_TYPES_NS);
            out.writeDefaultNamespace(CONTENT_TYPES_NS);
            for (Map.Entry<String, String> entry : defaults.entrySet()) {
              out.writeEmptyElement("", "Default", CONTENT_TYPES_NS);
              out.writeAttribute("Extension", entry.getKey());
              out.writeAttribute("ContentType", entry.getValue());
            }
            for (Map.Entry<String, String> entry : overrides.entrySet()) {
              out.writeEmptyElement("", "Override", CONTENT_TYPES_NS);
              out.writeAttribute("PartName", entry.getKey());
              out.writeAttribute("ContentType", entry.getValue());
            }
            out.writeEndElement();
          });
    }
  }

  private interface Writing {
    void write(XMLStreamWriter out) throws XMLStreamException;
  }

  private static byte[] write(Writing writing) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      XMLStreamWriter out = XmlCopy.writer(bytes);
      out.writeStartDocument("UTF-8", "1.0");
      writing.write(out);
      out.writeEndDocument();
      out.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write package XML", e);
    }
    return bytes.toByteArray();
  }
}
