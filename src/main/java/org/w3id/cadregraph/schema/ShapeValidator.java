package org.w3id.cadregraph.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cadregraph.graph.CG;

/**
 * Checks report graphs against the SHACL shapes, one graph at a time, as the shapes are written to be used (each
 * report graph carries the type triples of what it mentions). A graph of the store that is not a report graph
 * (links, identity, ontology) is not checked: the shapes do not describe it.
 *
 * <pre>
 *   ShapeValidator.Result r = new ShapeValidator(Shapes.parse(Schema.shapes())).validate(dataset);
 *   r.violations().forEach(v -> System.out.println(v.line()));
 * </pre>
 */
public final class ShapeValidator {
    /** One SHACL result: in which graph, about which node, along which path, and why. */
    public record Violation(Node graph, Node focus, String path, String message) {
        /** Tab-separated, for people and for cut/grep. */
        public String line() {
            return NodeFmtLib.strNT(graph) + "\t" + NodeFmtLib.strNT(focus) + "\t" + path + "\t" + message;
        }
    }

    /**
     * @param graphsChecked the report graphs validated
     * @param nonConforming how many of them had at least one violation
     * @param otherGraphs   the graphs not checked because they are not report graphs
     */
    public record Result(int graphsChecked, int nonConforming, List<Violation> violations, List<Node> otherGraphs) {
        public boolean conforms() {
            return violations.isEmpty();
        }

        public String describe() {
            return "validated " + graphsChecked + " report graph" + (graphsChecked == 1 ? "" : "s") + ": "
                    + (graphsChecked - nonConforming) + " conform, " + nonConforming + " do not ("
                    + violations.size() + " violation" + (violations.size() == 1 ? "" : "s") + ")"
                    + (otherGraphs.isEmpty() ? "" : "; " + otherGraphs.size() + " other graph"
                    + (otherGraphs.size() == 1 ? "" : "s") + " (not report graphs) not checked");
        }
    }

    private final Shapes shapes;

    public ShapeValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** The shapes the jar carries. */
    public static ShapeValidator bundled() {
        return new ShapeValidator(Shapes.parse(Schema.shapes()));
    }

    /** Validates every report graph of {@code dsg} (a store, or a file read into memory), in one read transaction. */
    public Result validate(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            TreeSet<Node> reports = new TreeSet<>(Comparator.comparing(Node::toString));
            Iterator<Quad> typed = dsg.find(Node.ANY, Node.ANY, RDF.Nodes.type, CG.ReportGraph);
            typed.forEachRemaining(q -> {
                if (q.getGraph().equals(q.getSubject())) {
                    reports.add(q.getGraph());
                }
            });
            List<Node> others = new ArrayList<>();
            Iter.iter(dsg.listGraphNodes()).filter(g -> !reports.contains(g)).forEachRemaining(others::add);
            List<Violation> violations = new ArrayList<>();
            int bad = 0;
            for (Node g : reports) {
                List<Violation> found = validate(g, dsg.getGraph(g));
                bad += found.isEmpty() ? 0 : 1;
                violations.addAll(found);
            }
            return new Result(reports.size(), bad, violations, others);
        });
    }

    /** Validates one graph (a Turtle file with one report's triples) under the name {@code name}. */
    public Result validateGraph(Node name, Graph graph) {
        List<Violation> found = validate(name, graph);
        return new Result(1, found.isEmpty() ? 0 : 1, found, List.of());
    }

    private List<Violation> validate(Node name, Graph graph) {
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        List<Violation> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            out.add(new Violation(name, e.focusNode(), e.resultPath() == null ? "-" : e.resultPath().toString(),
                    e.message()));
        }
        return out;
    }
}
