package org.w3id.cadregraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cadregraph.graph.CG;
import org.w3id.cadregraph.graph.Iris;

/**
 * An extraction to score: an RDF dataset read by CONTRACT.md. Each report's facts are in the graph that
 * {@code cg:sourceFile} names; labels and {@code owl:sameAs} links to Wikidata count from every graph,
 * the default graph included.
 *
 * <pre>
 *   Prediction p = new Prediction(RDFDataMgr.loadDatasetGraph("/tmp/dev.nq"));
 *   Optional&lt;PredictedReport&gt; r = p.report("000_f3765536270f67e1.txt");
 * </pre>
 */
public final class Prediction {
    private final DatasetGraph dataset;
    private final Map<Node, Set<String>> labels = new HashMap<>();
    private final Map<Node, Set<String>> qids = new HashMap<>();
    private final Map<String, Node> graphOfFile = new HashMap<>();

    public Prediction(DatasetGraph dataset) {
        this.dataset = dataset;
        Txn.executeRead(dataset, this::index);
    }

    /** The report's facts, or empty when no graph has its file name. */
    public Optional<PredictedReport> report(String doc) {
        Node g = graphOfFile.get(doc);
        if (g == null) {
            return Optional.empty();
        }
        return Optional.of(Txn.calculateRead(dataset, () -> PredictedReport.read(dataset.getGraph(g), this)));
    }

    /** The lexical forms of the node's rdfs:labels in any graph (language tags ignored). */
    public Set<String> labels(Node n) {
        return labels.getOrDefault(n, Set.of());
    }

    /** The node's least label, as score.py's {@code label()}; null when it has none. */
    String label(Node n) {
        return labels(n).stream().min(PythonLib.STRINGS).orElse(null);
    }

    PredictedReport.Region region(Node n) {
        return new PredictedReport.Region(labels(n), qids.getOrDefault(n, Set.of()));
    }

    private void index() {
        for (Triple t : everywhere(RDFS.Nodes.label)) {
            if (t.getObject().isLiteral()) {
                labels.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(t.getObject().getLiteralLexicalForm());
            }
        }
        for (Triple t : everywhere(OWL.sameAs.asNode())) {
            // the link may point either way; as in score.py, the object is looked at first
            if (isWikidata(t.getObject())) {
                qids.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(qid(t.getObject()));
            } else if (isWikidata(t.getSubject())) {
                qids.computeIfAbsent(t.getObject(), k -> new HashSet<>()).add(qid(t.getSubject()));
            }
        }
        for (Triple t : everywhere(CG.sourceFile)) {
            if (t.getObject().isLiteral()) {
                // the base name, split on "/" as Python's os.path.basename on POSIX
                String file = t.getObject().getLiteralLexicalForm();
                graphOfFile.put(file.substring(file.lastIndexOf('/') + 1), t.getSubject());
            }
        }
    }

    /** The triples with this predicate in the default graph and in every named graph. */
    private List<Triple> everywhere(Node predicate) {
        List<Triple> triples = new ArrayList<>(dataset.getDefaultGraph().find(Node.ANY, predicate, Node.ANY).toList());
        dataset.findNG(Node.ANY, Node.ANY, predicate, Node.ANY).forEachRemaining(q -> triples.add(q.asTriple()));
        return triples;
    }

    private static boolean isWikidata(Node n) {
        return n.isURI() && n.getURI().startsWith(Iris.WIKIDATA_ENTITY);
    }

    private static String qid(Node n) {
        return n.getURI().substring(Iris.WIKIDATA_ENTITY.length());
    }
}
