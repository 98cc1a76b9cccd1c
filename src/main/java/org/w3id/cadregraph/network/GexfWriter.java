package org.w3id.cadregraph.network;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes the network as GEXF 1.3, Gephi's format, with the StAX writer, which escapes every value. */
final class GexfWriter {
    private static final String NS = "http://gexf.net/1.3";
    private static final String MEETINGS_ATTRIBUTE = "meetings";

    void write(CoAttendanceNetwork network, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XmlText.open(out);
            xml.writeStartElement("gexf");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("version", "1.3");
            xml.writeCharacters("\n  ");
            xml.writeStartElement("meta");
            xml.writeStartElement("creator");
            xml.writeCharacters("cadregraph");
            xml.writeEndElement();
            xml.writeStartElement("description");
            xml.writeCharacters("Co-attendance of officials: an edge's weight is the number of meetings both attended ("
                    + network.meetings() + " meetings)");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeCharacters("\n  ");
            xml.writeStartElement("graph");
            xml.writeAttribute("mode", "static");
            xml.writeAttribute("defaultedgetype", "undirected");
            xml.writeCharacters("\n    ");
            xml.writeStartElement("attributes");
            xml.writeAttribute("class", "node");
            xml.writeEmptyElement("attribute");
            xml.writeAttribute("id", MEETINGS_ATTRIBUTE);
            xml.writeAttribute("title", "meetings");
            xml.writeAttribute("type", "integer");
            xml.writeEndElement();
            xml.writeCharacters("\n    ");
            xml.writeStartElement("nodes");
            for (NetworkNode node : network.nodes()) {
                xml.writeCharacters("\n      ");
                xml.writeStartElement("node");
                xml.writeAttribute("id", XmlText.allowed(node.iri()));
                xml.writeAttribute("label", XmlText.attribute(node.label()));
                xml.writeStartElement("attvalues");
                xml.writeEmptyElement("attvalue");
                xml.writeAttribute("for", MEETINGS_ATTRIBUTE);
                xml.writeAttribute("value", Integer.toString(node.meetings()));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
            xml.writeCharacters("\n    ");
            xml.writeStartElement("edges");
            int id = 0;
            for (NetworkEdge edge : network.edges()) {
                xml.writeCharacters("\n      ");
                xml.writeEmptyElement("edge");
                xml.writeAttribute("id", Integer.toString(id++));
                xml.writeAttribute("source", XmlText.allowed(edge.source()));
                xml.writeAttribute("target", XmlText.allowed(edge.target()));
                xml.writeAttribute("weight", Integer.toString(edge.weight()));
            }
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GEXF: " + e.getMessage(), e);
        }
    }
}
