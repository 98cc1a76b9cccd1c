package org.w3id.cadregraph.store;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * A hand-made TDB2 store for server, query and export tests: two report graphs, three officials,
 * one of them (Li Qiang) named in both reports, as the extractor would emit them.
 */
public final class SmallStore {
    public static final String CG = "https://w3id.org/cadregraph/ontology#";
    public static final String ID = "https://w3id.org/cadregraph/id/";

    public static final Node REPORT_A = uri(ID + "report/a");
    public static final Node REPORT_B = uri(ID + "report/b");
    public static final Node OFFICIAL = uri(CG + "Official");
    public static final Node LI = uri(ID + "official/li-qiang");
    public static final Node HUAI = uri(ID + "official/huai-jinpeng");
    public static final Node CHEN = uri(ID + "official/chen-min-er");

    /** Quads of report a: Li Qiang and Huai Jinpeng (6 quads). */
    public static final List<Quad> A = List.of(
            Quad.create(REPORT_A, LI, RDF.Nodes.type, OFFICIAL),
            Quad.create(REPORT_A, LI, RDFS.Nodes.label, NodeFactory.createLiteralString("Li Qiang")),
            Quad.create(REPORT_A, HUAI, RDF.Nodes.type, OFFICIAL),
            Quad.create(REPORT_A, HUAI, RDFS.Nodes.label, NodeFactory.createLiteralString("Huai Jinpeng")),
            Quad.create(REPORT_A, HUAI, RDFS.Nodes.comment, NodeFactory.createLiteralLang("怀进鹏", "zh")),
            Quad.create(REPORT_A, REPORT_A, uri(CG + "sourceFile"), NodeFactory.createLiteralString("a.txt")));

    /** Quads of report b: Li Qiang again and Chen Min'er (5 quads). */
    public static final List<Quad> B = List.of(
            Quad.create(REPORT_B, LI, RDF.Nodes.type, OFFICIAL),
            Quad.create(REPORT_B, LI, RDFS.Nodes.label, NodeFactory.createLiteralString("Li Qiang")),
            Quad.create(REPORT_B, CHEN, RDF.Nodes.type, OFFICIAL),
            Quad.create(REPORT_B, CHEN, RDFS.Nodes.label, NodeFactory.createLiteralString("Chen Min'er")),
            Quad.create(REPORT_B, REPORT_B, uri(CG + "sourceFile"), NodeFactory.createLiteralString("b.txt")));

    /** Distinct triples over both graphs: Li Qiang's two triples are in both. */
    public static final int UNION_TRIPLES = A.size() + B.size() - 2;

    private SmallStore() {}

    /** Writes both report graphs into a new TDB2 database in {@code dir}. */
    public static void create(Path dir) {
        try (TdbStore store = TdbStore.open(dir)) {
            store.replaceReportGraph(REPORT_A, out -> A.forEach(out::quad));
            store.replaceReportGraph(REPORT_B, out -> B.forEach(out::quad));
        }
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
