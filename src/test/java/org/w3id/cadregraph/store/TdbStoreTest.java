package org.w3id.cadregraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TdbStoreTest {
    private static final String EX = "https://example.org/";
    private static final Node G1 = uri("graph/r1");
    private static final Node G2 = uri("graph/r2");
    private static final Node HUAI = uri("official/huai-jinpeng");
    private static final Node NAME = uri("name");
    private static final Node TITLE = uri("title");

    @TempDir
    Path dir;

    private TdbStore store;

    @BeforeEach
    void open() {
        store = TdbStore.open(dir.resolve("db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Node uri(String path) {
        return NodeFactory.createURI(EX + path);
    }

    private static Node literal(String text) {
        return NodeFactory.createLiteralString(text);
    }

    /** A writer that emits the given objects of HUAI's name in graph g. */
    private static Consumer<StreamRDF> names(Node g, String... names) {
        return out -> {
            for (String n : names) {
                out.quad(Quad.create(g, HUAI, NAME, literal(n)));
            }
        };
    }

    private Set<Quad> quads() {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Set<Quad> all = new java.util.HashSet<>();
            store.datasetGraph().find().forEachRemaining(all::add);
            return all;
        });
    }

    private Set<Quad> quads(Node g) {
        return quads().stream().filter(q -> q.getGraph().equals(g)).collect(Collectors.toSet());
    }

    @Test
    void storesWhatTheWriterEmitsInTheNamedGraph() {
        store.replaceReportGraph(G1, names(G1, "Huai Jinpeng", "怀进鹏"));

        assertThat(quads()).containsExactlyInAnyOrder(
                Quad.create(G1, HUAI, NAME, literal("Huai Jinpeng")),
                Quad.create(G1, HUAI, NAME, literal("怀进鹏")));
        assertThat(store.size()).isEqualTo(2);
    }

    @Test
    void replacingAGraphTwiceWithTheSameContentLeavesTheSameQuads() {
        Consumer<StreamRDF> writer = names(G1, "Huai Jinpeng", "怀进鹏");
        store.replaceReportGraph(G1, writer);
        Set<Quad> once = quads();

        store.replaceReportGraph(G1, writer);

        assertThat(quads()).isEqualTo(once);
        assertThat(store.size()).isEqualTo(2);
    }

    @Test
    void replacingAGraphDropsWhatTheNewContentNoLongerHas() {
        store.replaceReportGraph(G1, names(G1, "Huai Jinpeng", "Huai Jin Peng"));

        store.replaceReportGraph(G1, names(G1, "Huai Jinpeng"));

        assertThat(quads()).containsExactly(Quad.create(G1, HUAI, NAME, literal("Huai Jinpeng")));
    }

    @Test
    void replacingOneGraphLeavesTheOthersAlone() {
        store.replaceReportGraph(G1, names(G1, "Huai Jinpeng"));
        store.replaceReportGraph(G2, names(G2, "Huai Jinpeng"));

        store.replaceReportGraph(G1, names(G1, "怀进鹏"));

        assertThat(quads(G2)).containsExactly(Quad.create(G2, HUAI, NAME, literal("Huai Jinpeng")));
        assertThat(quads(G1)).containsExactly(Quad.create(G1, HUAI, NAME, literal("怀进鹏")));
    }

    @Test
    void aWriterThatFailsMidwayLeavesThePreviousGraphAndTheOthersIntact() {
        store.replaceReportGraph(G1, names(G1, "Huai Jinpeng"));
        store.replaceReportGraph(G2, names(G2, "Zheng Limin"));
        Set<Quad> before = quads();

        assertThatThrownBy(() -> store.replaceReportGraph(G1, out -> {
            out.quad(Quad.create(G1, HUAI, TITLE, literal("Minister of Education")));
            throw new IllegalStateException("mapping failed");
        })).isInstanceOf(IllegalStateException.class).hasMessage("mapping failed");

        assertThat(quads()).isEqualTo(before);
    }

    @Test
    void aFailedReplacementDoesNotStopTheNextOne() {
        assertThatThrownBy(() -> store.replaceReportGraph(G1, out -> {
            throw new IllegalStateException("mapping failed");
        })).isInstanceOf(IllegalStateException.class);

        store.replaceReportGraph(G1, names(G1, "Huai Jinpeng"));

        assertThat(quads()).containsExactly(Quad.create(G1, HUAI, NAME, literal("Huai Jinpeng")));
    }

    @Test
    void keepsTheGraphsWhenTheStoreIsReopened() {
        store.replaceReportGraph(G1, names(G1, "Huai Jinpeng"));
        store.close();

        store = TdbStore.open(dir.resolve("db"));

        assertThat(quads()).containsExactly(Quad.create(G1, HUAI, NAME, literal("Huai Jinpeng")));
        assertThat(store.location()).isEqualTo(dir.resolve("db"));
    }

    @Test
    void isEmptyWhenNew() {
        assertThat(store.size()).isZero();
    }
}
