package org.w3id.cadregraph.network;

import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Text made safe for XML 1.0: the writers escape markup, but characters XML forbids must go. */
final class XmlText {
    private XmlText() {}

    /**
     * A StAX writer that has written the XML declaration. The JDK's own writer, not whichever StAX provider the
     * classpath brings (Spark's Woodstox in tests escapes differently).
     */
    static XMLStreamWriter open(OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        return xml;
    }

    /** {@code text} without the characters XML 1.0 does not allow (most C0 controls, lone surrogates, U+FFFE/F). */
    static String allowed(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int n = Character.charCount(c);
            boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (!ok && sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            } else if (ok && sb != null) {
                sb.appendCodePoint(c);
            }
            i += n;
        }
        return sb == null ? text : sb.toString();
    }

    /**
     * {@code text} fit for an attribute value: allowed characters, and line breaks and tabs as spaces. A parser
     * turns a literal line break in an attribute into a space while an escaped one survives, and StAX
     * implementations differ in which they write; a one-line label reads the same in Gephi whichever ran.
     */
    static String attribute(String text) {
        return allowed(text).replaceAll("[\\r\\n\\t]", " ");
    }
}
