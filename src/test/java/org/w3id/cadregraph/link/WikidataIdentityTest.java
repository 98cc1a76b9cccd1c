package org.w3id.cadregraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cadregraph.graph.CG;
import org.w3id.cadregraph.graph.Iris;
import org.w3id.cadregraph.identity.IdentityResolver;
import org.w3id.cadregraph.identity.Reports;
import org.w3id.cadregraph.store.TdbStore;

/** A Wikidata match is evidence of identity: after linking, namesakes linked to one item are one person. */
class WikidataIdentityTest {
    @TempDir
    Path dir;

    private static Set<Node> liMings(TdbStore store) {
        var dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Set<Node> out = new HashSet<>();
            dsg.find(Node.ANY, Node.ANY, RDFS.Nodes.label, NodeFactory.createLiteralString("Li Ming")).forEachRemaining(q -> {
                if (!q.getGraph().equals(Iris.identityGraph()) && dsg.contains(q.getGraph(), q.getSubject(), RDF.Nodes.type, CG.Official)) {
                    out.add(q.getSubject());
                }
            });
            return out;
        });
    }

    @Test
    void namesakesLinkedToOneItemBecomeOnePerson() {
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            var dsg = store.datasetGraph();
            List<Node> graphs = new ArrayList<>();
            Txn.executeWrite(dsg, () -> {
                graphs.add(Reports.report("wujiang", "2020-09-10").hostedBy(Reports.WUJIANG)
                        .official("Li Ming", "secretary", "CPC Wujiang District Committee", Reports.WUJIANG).writeTo(dsg));
                graphs.add(Reports.report("pingliang", "2024-07-02").hostedBy(Reports.PINGLIANG)
                        .official("Li Ming", "director", "Pingliang Municipal Education Bureau", Reports.PINGLIANG).writeTo(dsg));
            });
            store.resolveIdentity(IdentityResolver.createDefault(), graphs);
            Set<Node> before = liMings(store);
            assertThat(before).hasSize(2);

            List<Link> links = new ArrayList<>();
            for (Node person : before) {
                links.add(new Link(person, Link.Kind.OFFICIAL, "Q990000555", 0.9, Link.WIKIDATA_SEARCH, false));
            }
            store.replaceReportGraph(Linker.LINKS_GRAPH, out -> new LinkWriter(Linker.LINKS_GRAPH).write(links, out));
            Linker.reresolve(store, links);

            assertThat(liMings(store)).containsExactly(Iris.official("Li Ming"));
        }
    }
}
