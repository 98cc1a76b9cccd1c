package org.w3id.cadregraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cadregraph.graph.CG;
import org.w3id.cadregraph.graph.Iris;
import org.w3id.cadregraph.store.TdbStore;

/** What the identity graph says about people, on their pages: namesakes kept apart, and retired IRIs. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentityPagesTest {
    private static final Node IDENTITY = Iris.identityGraph();
    private static final Node WANG = Iris.official("Wang Wei");
    private static final Node OTHER_WANG = Iris.official("Wang Wei", "3fa29c");
    private static final Node RETIRED = Iris.official("Wang Wei", "0ld1r1");
    private static final Node JUDGEMENT = Iris.identityJudgement("wangwei", "apart");

    private SampleServer server;

    @BeforeAll
    void start(@TempDir Path dir) {
        Path db = dir.resolve("db");
        List<Quad> quads = List.of(
                q(WANG, RDF.Nodes.type, CG.Official), q(WANG, RDFS.Nodes.label, text("Wang Wei")),
                q(OTHER_WANG, RDF.Nodes.type, CG.Official), q(OTHER_WANG, RDFS.Nodes.label, text("Wang Wei")),
                q(WANG, uri(CG.NS + "possiblySame"), OTHER_WANG),
                q(JUDGEMENT, RDF.Nodes.type, uri(CG.NS + "IdentityJudgement")),
                q(JUDGEMENT, RDF.Nodes.subject, WANG), q(JUDGEMENT, RDF.Nodes.predicate, uri(CG.NS + "possiblySame")),
                q(JUDGEMENT, RDF.Nodes.object, OTHER_WANG),
                q(JUDGEMENT, CG.confidence, NodeFactory.createLiteralDT("0.2", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdouble)),
                q(JUDGEMENT, uri(CG.NS + "reason"), text("posts in Hangzhou and in Guizhou (-4.1)")),
                q(RETIRED, OWL.sameAs.asNode(), WANG), q(RETIRED, DCTerms.isReplacedBy.asNode(), WANG));
        try (TdbStore store = TdbStore.open(db)) {
            store.replaceReportGraph(IDENTITY, out -> quads.forEach(out::quad));
        }
        server = SampleServer.serve(db);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void namesakesKeptApartAreNamedWithTheReasons() {
        for (Node[] pair : new Node[][] {{WANG, OTHER_WANG}, {OTHER_WANG, WANG}}) {
            Document doc = Jsoup.parse(server.get(IdMapping.path(pair[0].getURI()).orElseThrow()).body());
            Element item = doc.selectFirst("#identity ul.possibly-same > li");
            assertThat(item).as(pair[0].getURI()).isNotNull();
            assertThat(item.selectFirst("a").attr("href")).isEqualTo(IdMapping.path(pair[1].getURI()).orElseThrow());
            assertThat(item.text()).contains("confidence 0.20", "posts in Hangzhou and in Guizhou (-4.1)");
        }
    }

    @Test
    void aRetiredIriLeadsToThePersonItWasMergedInto() {
        String retired = IdMapping.path(RETIRED.getURI()).orElseThrow();

        HttpResponse<String> page = server.get(retired, "text/html");
        assertThat(page.statusCode()).isEqualTo(301);
        assertThat(page.headers().firstValue("Location")).contains(IdMapping.path(WANG.getURI()).orElseThrow());
        HttpResponse<String> rdf = server.get(retired, "text/turtle");
        assertThat(rdf.statusCode()).isEqualTo(200);
        assertThat(rdf.body()).contains("isReplacedBy");
    }

    private static Quad q(Node s, Node p, Node o) {
        return Quad.create(IDENTITY, s, p, o);
    }

    private static Node text(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
