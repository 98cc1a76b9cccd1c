package org.w3id.cadregraph.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.cadregraph.identity.Reports.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.cadregraph.graph.CG;
import org.w3id.cadregraph.graph.Iris;

class IdentityResolverTest {
    private final IdentityResolver resolver = IdentityResolver.createDefault();

    private static Reports.Builder wujiang() {
        return report("wujiang", "2020-09-10").hostedBy(Reports.WUJIANG)
                .official("Li Ming", "secretary", "CPC Wujiang District Committee", Reports.WUJIANG)
                .official("Xu Xiaofeng", "director", "Standing Committee of the Wujiang District People's Congress", Reports.WUJIANG);
    }

    private static Reports.Builder pingliang() {
        return report("pingliang", "2024-07-02").hostedBy(Reports.PINGLIANG)
                .official("Li Ming").official("Wang Xu", "secretary", "Municipal Party Committee", Reports.PINGLIANG);
    }

    private static Reports.Builder ministry(String id, String date, String role) {
        return report(id, date).hostedBy(Reports.CHINA)
                .official("Weng Tiehui", role, "Ministry of Education", Reports.CHINA);
    }

    private static Reports.Builder dalianMayor() {
        return report("dalian", "2016-05-01").hostedBy(Reports.DALIAN).official("Weng Tiehui", "vice mayor", "Dalian", Reports.DALIAN);
    }

    /** Person IRI of a name in each report graph. */
    private static Map<String, String> personOf(DatasetGraph dsg, String name) {
        Map<String, String> out = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, org.apache.jena.vocabulary.RDFS.Nodes.label, NodeFactory.createLiteralString(name))
                .forEachRemaining(q -> {
                    if (!q.getGraph().equals(Iris.identityGraph()) && dsg.contains(q.getGraph(), q.getSubject(), RDF.Nodes.type, CG.Official)) {
                        out.put(q.getGraph().getURI(), q.getSubject().getURI());
                    }
                });
        return out;
    }

    private static Set<Set<String>> partition(Map<String, String> personOfGraph) {
        Map<String, Set<String>> byPerson = new HashMap<>();
        personOfGraph.forEach((g, p) -> byPerson.computeIfAbsent(p, k -> new TreeSet<>()).add(g));
        return new HashSet<>(byPerson.values());
    }

    @Test
    void keepsTwoLiMingsOfDifferentProvincesApart() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        List<Node> graphs = List.of(wujiang().writeTo(dsg), pingliang().writeTo(dsg));
        var summary = resolver.resolve(dsg, graphs);
        Map<String, String> liMing = personOf(dsg, "Li Ming");
        assertThat(new HashSet<>(liMing.values())).hasSize(2);
        assertThat(liMing.values()).contains(Iris.official("Li Ming").getURI());
        assertThat(summary.people()).isEqualTo(4);
    }

    @Test
    void joinsARareNameAcrossPostsAndRecordsWhy() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        List<Node> graphs = List.of(dalianMayor().writeTo(dsg), ministry("moe1", "2019-03-01", "Vice Minister").writeTo(dsg));
        resolver.resolve(dsg, graphs);
        assertThat(new HashSet<>(personOf(dsg, "Weng Tiehui").values())).containsExactly(Iris.official("Weng Tiehui").getURI());
        Node judgement = dsg.find(Iris.identityGraph(), Node.ANY, RDF.Nodes.type, CG.IdentityJudgement).next().getSubject();
        assertThat(dsg.find(Iris.identityGraph(), judgement, CG.reason, Node.ANY)).toIterable()
                .extracting(q -> q.getObject().getLiteralLexicalForm()).anyMatch(r -> r.startsWith("name borne by"));
        assertThat(dsg.contains(Iris.identityGraph(), Iris.official("Weng Tiehui"), CG.namedIn, graphs.get(0))).isTrue();
    }

    @Test
    void spellingVariantsAreOnePerson() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node a = report("a", "2021-01-01").official("Wang Yi'ou", "vice governor", "", null).writeTo(dsg);
        Node b = report("b", "2021-06-01").official("Wang Yiou", "Vice Governor", "", null).writeTo(dsg);
        resolver.resolve(dsg, List.of(a, b));
        assertThat(personOf(dsg, "Wang Yi'ou").values()).containsExactlyElementsOf(personOf(dsg, "Wang Yiou").values());
    }

    @Test
    void theSamePeopleWhateverTheOrderAndTheNumberOfRuns() {
        List<Reports.Builder> reports = List.of(wujiang(), pingliang(), dalianMayor(), ministry("moe1", "2019-03-01", "Vice Minister"),
                report("suzhou", "2021-01-01").hostedBy(Reports.SUZHOU).official("Li Ming", "deputy mayor", "Suzhou", Reports.SUZHOU));
        DatasetGraph together = DatasetGraphFactory.createTxnMem();
        List<Node> all = new ArrayList<>();
        reports.forEach(r -> all.add(r.writeTo(together)));
        resolver.resolve(together, all);

        DatasetGraph oneByOne = DatasetGraphFactory.createTxnMem();
        for (int i = reports.size() - 1; i >= 0; i--) {
            resolver.resolve(oneByOne, List.of(reports.get(i).writeTo(oneByOne)));
        }
        for (String name : List.of("Li Ming", "Weng Tiehui", "Wang Xu")) {
            assertThat(partition(personOf(oneByOne, name))).as(name).isEqualTo(partition(personOf(together, name)));
        }
    }

    @Test
    void aRebuildKeepsEveryonesIri() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        List<Node> graphs = List.of(wujiang().writeTo(dsg), pingliang().writeTo(dsg));
        resolver.resolve(dsg, graphs);
        Map<String, String> before = personOf(dsg, "Li Ming");
        // the same reports again: each graph is replaced with the bare name IRI, then resolved
        List<Node> again = List.of(pingliang().writeTo(dsg), wujiang().writeTo(dsg));
        var summary = resolver.resolve(dsg, again);
        assertThat(personOf(dsg, "Li Ming")).isEqualTo(before);
        assertThat(summary.retired()).isZero();
    }

    @Test
    void aWikidataMatchJoinsTwoPeopleAndRetiresAnIri() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        List<Node> graphs = List.of(wujiang().writeTo(dsg), pingliang().writeTo(dsg));
        resolver.resolve(dsg, graphs);
        Map<String, String> before = personOf(dsg, "Li Ming");
        assertThat(new HashSet<>(before.values())).hasSize(2);
        for (String person : before.values()) {
            dsg.add(Iris.linksGraph(), NodeFactory.createURI(person), OWL.sameAs.asNode(), Iris.wikidata("Q1"));
        }
        resolver.resolve(dsg, graphs);
        Set<String> after = new HashSet<>(personOf(dsg, "Li Ming").values());
        assertThat(after).containsExactly(Iris.official("Li Ming").getURI());
        Set<String> retired = new HashSet<>(before.values());
        retired.removeAll(after);
        Node old = NodeFactory.createURI(retired.iterator().next());
        assertThat(dsg.contains(Iris.identityGraph(), old, DCTerms.isReplacedBy.asNode(), Iris.official("Li Ming"))).isTrue();
        assertThat(dsg.contains(Iris.identityGraph(), old, OWL.sameAs.asNode(), Iris.official("Li Ming"))).isTrue();
    }

    @Test
    void twoWikidataItemsKeepPeopleApart() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        List<Node> graphs = List.of(dalianMayor().writeTo(dsg), ministry("moe1", "2019-03-01", "Vice Minister").writeTo(dsg));
        resolver.resolve(dsg, graphs);
        // a researcher (or the linker) says the two reports' Weng Tiehui are two Wikidata people
        Node person = Iris.official("Weng Tiehui");
        dsg.add(Iris.linksGraph(), person, OWL.sameAs.asNode(), Iris.wikidata("Q1"));
        dsg.add(Iris.linksGraph(), person, OWL.sameAs.asNode(), Iris.wikidata("Q2"));
        // one node linked to two items cannot be split by them: the veto needs two nodes, so nothing changes
        resolver.resolve(dsg, graphs);
        assertThat(new HashSet<>(personOf(dsg, "Weng Tiehui").values())).hasSize(1);
    }
    /** Every report graph the identity graph places someone of the name in. */
    private static Set<Node> placedIn(DatasetGraph dsg) {
        Set<Node> out = new HashSet<>();
        dsg.find(Iris.identityGraph(), Node.ANY, CG.namedIn, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    @Test
    void aPrunedReportsPeopleLeaveTheIdentityGraph() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node dalian = dalianMayor().writeTo(dsg);
        Node moe = ministry("moe1", "2019-03-01", "Vice Minister").writeTo(dsg);
        Node wujiang = wujiang().writeTo(dsg);
        resolver.resolve(dsg, List.of(dalian, moe, wujiang));
        // Li Ming and Xu Xiaofeng are named in Wujiang's report only; Weng Tiehui in the other two
        dsg.removeGraph(wujiang);
        dsg.removeGraph(dalian);
        var summary = resolver.resolve(dsg, List.of());
        assertThat(placedIn(dsg)).containsExactly(moe);
        assertThat(dsg.find(Iris.identityGraph(), Node.ANY, CG.nameKey, NodeFactory.createLiteralString("liming")).hasNext()).isFalse();
        assertThat(dsg.find(Iris.identityGraph(), Node.ANY, RDF.Nodes.type, CG.IdentityJudgement).hasNext()).isFalse();
        assertThat(new HashSet<>(personOf(dsg, "Weng Tiehui").values())).containsExactly(Iris.official("Weng Tiehui").getURI());
        assertThat(summary.people()).isEqualTo(1);
    }

    @Test
    void aChangedReportThatNoLongerNamesSomeoneTakesThemOut() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node before = report("notice", "2021-01-01").official("Qiu Zhenbang", "mayor", "Suzhou", Reports.SUZHOU).writeTo(dsg);
        resolver.resolve(dsg, List.of(before));
        // the file is corrected: another official, and a graph of another name (the content hash is in the name)
        dsg.removeGraph(before);
        Node after = report("notice-corrected", "2021-01-01").official("Lu Wenqing", "mayor", "Suzhou", Reports.SUZHOU).writeTo(dsg);
        resolver.resolve(dsg, List.of(after));
        assertThat(placedIn(dsg)).containsExactly(after);
        assertThat(dsg.contains(Iris.identityGraph(), Iris.official("Qiu Zhenbang"), Node.ANY, Node.ANY)).isFalse();
    }
}
