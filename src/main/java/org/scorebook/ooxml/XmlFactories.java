package org.scorebook.ooxml;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;

/**
 * The only place XML parsers and writers are made. Every parser is the JDK's own (a library on the
 * class path is not used, so tests and use read alike), reads no DTD and resolves no external
 * entity. The variants differ only where their users read differently, each said below. The
 * factories are made once and only create readers and writers afterwards.
 */
public final class XmlFactories {
  private static final XMLInputFactory INPUT = input(false, true);
  private static final XMLInputFactory COALESCING = input(true, true);
  private static final XMLInputFactory ENTITIES_KEPT = input(false, false);
  private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();
  private static final DocumentBuilderFactory ELEMENTS = elements();

  private XmlFactories() {}

  /** Namespace-aware, text possibly in pieces: for readers that take text by element. */
  public static XMLInputFactory input() {
    return INPUT;
  }

  /** Text always in one piece: for copying a part event by event, where a split text would show. */
  public static XMLInputFactory coalescingInput() {
    return COALESCING;
  }

  /**
   * Entity references reported as events instead of replaced: for the package check, which looks
   * for anything a DTD could have declared.
   */
  public static XMLInputFactory entityReportingInput() {
    return ENTITIES_KEPT;
  }

  /** The JDK's own StAX writer. */
  public static XMLOutputFactory output() {
    return OUTPUT;
  }

  /**
   * A DOM parser without namespaces, refusing any DOCTYPE: for elements cut out of a part, whose
   * prefixes are declared outside them.
   */
  public static DocumentBuilder elementParser() throws ParserConfigurationException {
    return ELEMENTS.newDocumentBuilder();
  }

  private static XMLInputFactory input(boolean coalescing, boolean replaceEntities) {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, coalescing);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, replaceEntities);
    return factory;
  }

  private static DocumentBuilderFactory elements() {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(false);
    try {
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
    factory.setExpandEntityReferences(false);
    factory.setXIncludeAware(false);
    return factory;
  }
}
