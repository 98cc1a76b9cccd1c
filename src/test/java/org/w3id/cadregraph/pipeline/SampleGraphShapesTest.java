package org.w3id.cadregraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The graph built from samples/ conforms to ontology/shapes.ttl, report graph by report graph. */
class SampleGraphShapesTest {
    private static SampleGraphs.Built built;

    @BeforeAll
    static void build() {
        built = SampleGraphs.build(ReportPipeline.createDefault(SampleGraphs.FIXED_CLOCK), List.of(SampleGraphs.SAMPLES));
    }

    @Test
    void everyReportGraphConformsToTheShapes() {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        List<Node> graphs = org.apache.jena.atlas.iterator.Iter.toList(built.dataset().listGraphNodes());
        assertThat(graphs).as("report graphs built from samples/").hasSizeGreaterThanOrEqualTo(6);
        for (Node g : graphs) {
            Graph data = built.dataset().getGraph(g);
            ValidationReport report = ShaclValidator.get().validate(shapes, data);
            assertThat(report.conforms()).as("SHACL report for %s:%n%s", g, text(report)).isTrue();
        }
    }

    private static String text(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShLib.printReport(out, report);
        return out.toString(StandardCharsets.UTF_8);
    }
}
