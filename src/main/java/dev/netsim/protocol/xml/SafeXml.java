package dev.netsim.protocol.xml;

import java.io.StringWriter;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.xml.XmlFactory;
import tools.jackson.dataformat.xml.XmlMapper;

/**
 * The one place XML is read and written. Reading refuses DTDs outright, so neither external
 * entities nor entity-expansion bombs can get in; writing uses the JDK's StAX writer.
 */
public final class SafeXml {

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();
    private static final XmlMapper MAPPER = XmlMapper.builder(XmlFactory.builder().xmlInputFactory(safeInputFactory()).build()).build();

    private SafeXml() {
    }

    /** Whether XML 1.0 can carry every character of {@code text}. */
    public static boolean isXmlText(String text) {
        // a plain loop, not a stream: every value of every response passes through here
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i); // a lone surrogate comes back as itself, which is no XML character
            if (!isXmlChar(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** XML 1.0's {@code Char} production. */
    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
    }

    /**
     * {@code text} with every character XML 1.0 cannot carry (most C0 controls, U+FFFE, U+FFFF, lone
     * surrogates) replaced by U+FFFD. Such text still reaches responses, echoed in error messages;
     * written as it is, it would leave the document half-written or not well-formed.
     */
    public static String xmlText(String text) {
        if (isXmlText(text)) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(c -> clean.appendCodePoint(isXmlChar(c) ? c : 0xFFFD));
        return clean.toString();
    }

    private static XMLInputFactory safeInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }

    /**
     * Parses a document into a tree whose repeated elements become arrays.
     *
     * @throws IllegalArgumentException for a document that is not well-formed or declares a DTD
     */
    public static JsonNode readTree(String xml) {
        if (xml.contains("<!DOCTYPE") || xml.contains("<!ENTITY")) {
            throw new IllegalArgumentException("XML documents with a DTD are not accepted");
        }
        try {
            return MAPPER.readTree(xml);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The XML document is not well-formed: " + e.getMessage(), e);
        }
    }

    /** Writes a document through {@code body} and returns it with an XML declaration. */
    public static String write(XmlBody body) {
        StringWriter buffer = new StringWriter(512);
        try {
            XMLStreamWriter writer = OUTPUT.createXMLStreamWriter(buffer);
            writer.writeStartDocument("UTF-8", "1.0");
            body.write(writer);
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write XML", e);
        }
        return buffer.toString();
    }

    /** {@code <name>text</name>}; null text is written as an empty element. */
    public static void textElement(XMLStreamWriter writer, String name, String text) throws XMLStreamException {
        writer.writeStartElement(name);
        writer.writeCharacters(text == null ? "" : xmlText(text));
        writer.writeEndElement();
    }

    @FunctionalInterface
    public interface XmlBody {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }
}
