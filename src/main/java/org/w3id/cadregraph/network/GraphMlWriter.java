package org.w3id.cadregraph.network;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes the network as GraphML with the StAX writer, which escapes every value. */
final class GraphMlWriter {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    void write(CoAttendanceNetwork network, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XmlText.open(out);
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            key(xml, "label", "node", "label", "string");
            key(xml, "meetings", "node", "meetings", "int");
            key(xml, "weight", "edge", "weight", "int");
            xml.writeCharacters("\n");
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "co-attendance");
            xml.writeAttribute("edgedefault", "undirected");
            xml.writeCharacters("\n");
            for (NetworkNode node : network.nodes()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", XmlText.allowed(node.iri()));
                data(xml, "label", node.label());
                data(xml, "meetings", Integer.toString(node.meetings()));
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            for (NetworkEdge edge : network.edges()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("source", XmlText.allowed(edge.source()));
                xml.writeAttribute("target", XmlText.allowed(edge.target()));
                data(xml, "weight", Integer.toString(edge.weight()));
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    private static void key(XMLStreamWriter xml, String id, String forWhat, String name, String type)
            throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", forWhat);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(XmlText.allowed(value));
        xml.writeEndElement();
    }
}
