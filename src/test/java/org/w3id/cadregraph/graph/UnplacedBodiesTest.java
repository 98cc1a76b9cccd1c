package org.w3id.cadregraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cadregraph.pipeline.ReportPipeline;
import org.w3id.cadregraph.identity.Reports;
import org.w3id.cadregraph.pipeline.SampleGraphs;

/**
 * A body that two reports name only generically ("the Municipal Party Committee", no city anywhere near it) is as
 * likely two bodies as one: each report keeps its own, where a body the report places, or one of the nation's, is
 * the same node in every report, whether or not the report says it is China's.
 */
class UnplacedBodiesTest {
    private static ReportPipeline pipeline;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadPipeline() {
        pipeline = ReportPipeline.createDefault(SampleGraphs.FIXED_CLOCK);
    }

    @Test
    void aGenericBodyWithoutARegionStaysWithinItsReport() throws IOException {
        Path first = report("a.txt", "City paper, 2023-03-02\nLiu Jianmin, Secretary of the Municipal Party Committee, "
                + "presided over the municipal work conference on rural revitalization on March 1.");
        Path second = report("b.txt", "County news, 2023-06-12\nZhou Hailin, Secretary of the Municipal Party Committee, "
                + "attended the meeting on flood prevention held on June 10.");

        Set<String> committees = bodies(List.of(first, second), "Municipal Party Committee");

        assertThat(committees).hasSize(2).allSatisfy(iri -> assertThat(iri).contains("municipal-party-committee--in-"));
    }

    @Test
    void aBodyTheReportPlacesOrANationalOneIsOneNodeAcrossReports() throws IOException {
        Path first = report("c.txt", "Beijing, 2023-03-02\nHuai Jinpeng, Minister of Education, attended the national "
                + "conference on vocational education held in Beijing on March 1. Chen Wei, Director of the Hangzhou "
                + "Municipal Education Bureau, spoke at the conference.");
        Path second = report("d.txt", "Beijing, 2023-06-12\nHuai Jinpeng, Minister of Education, presided over the "
                + "meeting on college admissions held in Beijing on June 10. Chen Wei, Director of the Hangzhou "
                + "Municipal Education Bureau, attended the meeting.");

        List<Path> reports = List.of(first, second);
        assertThat(bodies(reports, "Ministry of Education")).hasSize(1)
                .allSatisfy(iri -> assertThat(iri).doesNotContain("--in-"));
        assertThat(bodies(reports, "Hangzhou Municipal Education Bureau")).hasSize(1)
                .allSatisfy(iri -> assertThat(iri).doesNotContain("--in-"));
    }

    @Test
    void aBodyPlacedInTheCountryIsNamedAsOneThatIsNot() {
        DatasetGraph dsg = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        // a report that says the ministry is China's, as the extractor does when the text says so
        Reports.report("moe", "2023-06-01").official("Qian Lu", "Minister", "Ministry of Education", Reports.CHINA)
                .writeTo(dsg);

        assertThat(dsg.contains(Node.ANY, Iris.organization("Ministry of Education", ""), RDF.Nodes.type, CG.Organization))
                .as("org/ministry-of-education, not org/ministry-of-education--china")
                .isTrue();
    }

    @Test
    void thePartyItselfIsNotAGenericName() {
        assertThat(BodyNames.isTheParty("CPC")).isTrue();
        assertThat(BodyNames.isTheParty("the Communist Party of China")).isTrue();
        assertThat(BodyNames.isTheParty("Municipal Party Committee")).isFalse();
    }

    private Path report(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    /** The IRIs of the organizations labelled {@code label} in the graphs built from the reports. */
    private static Set<String> bodies(List<Path> reports, String label) {
        DatasetGraph dsg = SampleGraphs.build(pipeline, reports).dataset();
        return Txn.calculateRead(dsg, () -> {
            Set<String> iris = new TreeSet<>();
            dsg.find(Node.ANY, Node.ANY, RDF.Nodes.type, CG.Organization).forEachRemaining(q -> {
                if (dsg.contains(q.getGraph(), q.getSubject(), RDFS.Nodes.label,
                        org.apache.jena.graph.NodeFactory.createLiteralString(label))) {
                    iris.add(q.getSubject().getURI());
                }
            });
            return iris;
        });
    }
}
