package org.w3id.cadregraph.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Each format written and read back with a standard parser; hostile names survive as text. */
class NetworkFormatTest {
    private static final String A = "https://w3id.org/cadregraph/id/official/a";
    private static final String B = "https://w3id.org/cadregraph/id/official/b";
    /** Markup, quotes, a comma, a newline and a control character that XML 1.0 cannot hold. */
    private static final String HOSTILE = "<script>alert('x')</script> & \"Li\", Qiang\nbell\u0007";

    private static final CoAttendanceNetwork NETWORK = new CoAttendanceNetwork(
            List.of(new NetworkNode(A, HOSTILE, 3), new NetworkNode(B, "Bo B", 2)),
            List.of(new NetworkEdge(A, B, 2)), 3);

    @Test
    void graphMlHasNodesWithLabelsAndWeightedEdges() throws Exception {
        Document doc = xml(NetworkFormat.GRAPHML);

        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://graphml.graphdrawing.org/xmlns");
        NodeList nodes = doc.getElementsByTagNameNS("*", "node");
        assertThat(nodes.getLength()).isEqualTo(2);
        Element first = (Element) nodes.item(0);
        assertThat(first.getAttribute("id")).isEqualTo(A);
        assertThat(data(first, "label")).isEqualTo(HOSTILE.replace("\u0007", ""));
        assertThat(data(first, "meetings")).isEqualTo("3");
        Element edge = (Element) doc.getElementsByTagNameNS("*", "edge").item(0);
        assertThat(edge.getAttribute("source")).isEqualTo(A);
        assertThat(edge.getAttribute("target")).isEqualTo(B);
        assertThat(data(edge, "weight")).isEqualTo("2");
        assertThat(((Element) doc.getElementsByTagNameNS("*", "graph").item(0)).getAttribute("edgedefault"))
                .isEqualTo("undirected");
    }

    @Test
    void gexfHasNodesWithLabelsAndWeightedEdges() throws Exception {
        Document doc = xml(NetworkFormat.GEXF);

        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://gexf.net/1.3");
        assertThat(doc.getDocumentElement().getAttribute("version")).isEqualTo("1.3");
        NodeList nodes = doc.getElementsByTagNameNS("*", "node");
        assertThat(nodes.getLength()).isEqualTo(2);
        Element first = (Element) nodes.item(0);
        assertThat(first.getAttribute("label")).isEqualTo(HOSTILE.replace("\u0007", "").replace("\n", " "));
        Element attvalue = (Element) first.getElementsByTagNameNS("*", "attvalue").item(0);
        assertThat(attvalue.getAttribute("for")).isEqualTo("meetings");
        assertThat(attvalue.getAttribute("value")).isEqualTo("3");
        Element edge = (Element) doc.getElementsByTagNameNS("*", "edge").item(0);
        assertThat(edge.getAttribute("weight")).isEqualTo("2");
        assertThat(edge.getAttribute("source")).isEqualTo(A);
    }

    @Test
    void csvIsAnEdgeListWithAHeader() throws IOException {
        String csv = write(NetworkFormat.CSV_EDGES);

        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(csv).startsWith("source,target,weight,source_label,target_label\r\n");
        assertThat(records).hasSize(1);
        assertThat(records.get(0).get("source")).isEqualTo(A);
        assertThat(records.get(0).get("target")).isEqualTo(B);
        assertThat(records.get(0).get("weight")).isEqualTo("2");
        assertThat(records.get(0).get("source_label")).isEqualTo(HOSTILE);
        assertThat(records.get(0).get("target_label")).isEqualTo("Bo B");
    }

    @Test
    void formatsAreNamedAsOnTheCommandLine() {
        assertThat(NetworkFormat.byName("graphml")).contains(NetworkFormat.GRAPHML);
        assertThat(NetworkFormat.byName("GEXF")).contains(NetworkFormat.GEXF);
        assertThat(NetworkFormat.byName("csv-edges")).contains(NetworkFormat.CSV_EDGES);
        assertThat(NetworkFormat.byName("turtle")).isEmpty();
    }

    @Test
    void anEmptyNetworkIsStillAValidFile() throws Exception {
        CoAttendanceNetwork empty = new CoAttendanceNetwork(List.of(), List.of(), 0);
        for (NetworkFormat format : List.of(NetworkFormat.GRAPHML, NetworkFormat.GEXF)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            format.write(empty, out);
            Document doc = parse(out.toByteArray());
            assertThat(doc.getElementsByTagNameNS("*", "node").getLength()).as(format.name()).isZero();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NetworkFormat.CSV_EDGES.write(empty, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("source,target,weight,source_label,target_label\r\n");
    }

    private static Document xml(NetworkFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(NETWORK, out);
        return parse(out.toByteArray());
    }

    private static Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static String write(NetworkFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(NETWORK, out);
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    private static String data(Element element, String key) {
        NodeList data = element.getElementsByTagNameNS("*", "data");
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            if (d.getAttribute("key").equals(key)) {
                return d.getTextContent();
            }
        }
        throw new AssertionError("no data " + key);
    }
}
