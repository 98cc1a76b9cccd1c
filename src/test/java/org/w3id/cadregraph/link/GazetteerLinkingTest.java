package org.w3id.cadregraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cadregraph.graph.CG;
import org.w3id.cadregraph.graph.Iris;
import org.w3id.cadregraph.store.TdbStore;

/** The offline linker on a small TDB2 store: gazetteer regions and bodies into the links graph. */
class GazetteerLinkingTest {
    @TempDir
    Path dir;

    private TdbStore store;
    private Node china;
    private Node guangxi;
    private Node liuzhou;
    private Node wujiang;
    private Node stateCouncil;
    private Node centralCommittee;
    private Node guangxiParty;

    @BeforeEach
    void fill() {
        store = TdbStore.open(dir.resolve("db"));
        store.replaceReportGraph(Iris.graph("liuzhou-report"), out -> {
            ReportQuads r = new ReportQuads("liuzhou-report", out);
            china = r.region("china", "People's Republic of China", "Q148", null);
            guangxi = r.region("guangxi", "Guangxi Zhuang Autonomous Region", "Q15176", china);
            liuzhou = r.region("liuzhou", "Liuzhou", null, guangxi);
            Node suzhou = r.region("suzhou-jiangsu", "Suzhou (Jiangsu)", "Q42622", null);
            wujiang = r.region("suzhou-jiangsu-wujiang-district", "Wujiang District", null, suzhou);
            stateCouncil = r.organization("State Council", "", china);
            centralCommittee = r.organization("CPC Central Committee", "", china);
            guangxiParty = r.organization("CPC", "guangxi", guangxi);
            r.official("Lan Zhiyuan", "Vice Chairman", null);
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Graph links() {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> copy(dsg.getGraph(Linker.LINKS_GRAPH)));
    }

    private static Graph copy(Graph g) {
        Graph out = org.apache.jena.graph.GraphMemFactory.createDefaultGraph();
        g.find().forEachRemaining(out::add);
        return out;
    }

    private static boolean sameAs(Graph g, Node s, String qid) {
        return g.contains(s, OWL.sameAs.asNode(), Iris.wikidata(qid));
    }

    private static List<Node> assertionsAbout(Graph g, Node s) {
        return g.find(Node.ANY, RDF.Nodes.subject, s).mapWith(Triple::getSubject).toList();
    }

    @Test
    void linksBodiesOfTheGazetteerByNameOrAlias() throws Exception {
        LinkSummary summary = Linker.run(store, LinkSettings.defaults(dir.resolve("db")));

        Graph links = links();
        assertThat(sameAs(links, stateCouncil, "Q59261")).isTrue();
        Node a = assertionsAbout(links, stateCouncil).get(0);
        assertThat(links.contains(a, RDF.Nodes.type, CG.Assertion)).isTrue();
        assertThat(links.contains(a, RDF.Nodes.predicate, OWL.sameAs.asNode())).isTrue();
        assertThat(links.contains(a, RDF.Nodes.object, Iris.wikidata("Q59261"))).isTrue();
        assertThat(links.contains(a, CG.linkMethod, NodeFactory.createLiteralString("gazetteer"))).isTrue();
        assertThat(links.find(a, CG.confidence, Node.ANY).next().getObject().getLiteralValue()).isEqualTo(1.0d);
        assertThat(summary.linksByKindAndMethod()).containsEntry("organization/gazetteer", 1L);
    }

    @Test
    void aBodyWithoutAVerifiedQidOrInAnotherRegionIsNotLinked() throws Exception {
        Linker.run(store, LinkSettings.defaults(dir.resolve("db")));

        Graph links = links();
        assertThat(assertionsAbout(links, centralCommittee)).isEmpty();
        // "CPC" names the central Party in bodies.tsv; a body in Guangxi called so is a local committee
        assertThat(assertionsAbout(links, guangxiParty)).isEmpty();
    }

    @Test
    void addsTheMissingSameAsOfAGazetteerRegionButDoesNotRepeatOneAlreadyStated() throws Exception {
        Linker.run(store, LinkSettings.defaults(dir.resolve("db")));

        Graph links = links();
        assertThat(sameAs(links, liuzhou, "Q38968")).isTrue();
        assertThat(sameAs(links, guangxi, "Q15176")).isFalse();
        assertThat(assertionsAbout(links, guangxi)).hasSize(1);
        assertThat(assertionsAbout(links, liuzhou)).hasSize(1);
    }

    @Test
    void aRegionFoundInAReportIsLeftToWikidata() throws Exception {
        LinkSummary summary = Linker.run(store, LinkSettings.defaults(dir.resolve("db")));

        assertThat(assertionsAbout(links(), wujiang)).isEmpty();
        assertThat(summary.linksByKindAndMethod()).containsEntry("region/gazetteer", 4L);
        assertThat(summary.outcomes()).isEmpty();
        assertThat(summary.describe()).startsWith("links: 5 (organization/gazetteer 1, region/gazetteer 4)");
    }

    @Test
    void aRerunReplacesTheLinksGraphWithTheSameGraph() throws Exception {
        Linker.run(store, LinkSettings.defaults(dir.resolve("db")));
        Graph first = links();
        long size = store.size();

        Linker.run(store, LinkSettings.defaults(dir.resolve("db")));

        assertThat(links().isIsomorphicWith(first)).isTrue();
        assertThat(store.size()).isEqualTo(size);
    }

    @Test
    void mintsNoBlankNodes() throws Exception {
        Linker.run(store, LinkSettings.defaults(dir.resolve("db")));

        assertThat(links().find().toList()).allSatisfy(t -> {
            assertThat(t.getSubject().isBlank()).isFalse();
            assertThat(t.getObject().isBlank()).isFalse();
        });
    }
}
