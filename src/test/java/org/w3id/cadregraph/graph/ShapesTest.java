package org.w3id.cadregraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks {@code ontology/shapes.ttl}: it parses, it only uses declared cg: terms, a well-formed report graph
 * conforms, and a graph with known faults fails on exactly those faults.
 */
class ShapesTest {

    static final String SHAPES_FILE = "ontology/shapes.ttl";
    static final String SH = "http://www.w3.org/ns/shacl#";

    static Graph shapesGraph;
    static Shapes shapes;

    @BeforeAll
    static void load() {
        shapesGraph = RDFDataMgr.loadGraph(SHAPES_FILE);
        shapes = Shapes.parse(shapesGraph);
    }

    @Test
    void parsesWithTargetShapesForEveryExtractedClass() {
        assertThat(shapes.isEmpty()).isFalse();
        assertThat(shapes.numRootShapes()).isGreaterThanOrEqualTo(11);
        assertThat(shapes.numShapes()).isGreaterThan(40);

        Set<Node> targetClasses = shapes.getTargetShapes().stream()
                .flatMap(s -> s.getTargets().stream())
                .map(Target::getObject)
                .collect(Collectors.toSet());
        assertThat(targetClasses).contains(CG.Official, CG.Title, CG.Role, CG.Organization, CG.Meeting, CG.Region,
                CG.Evidence, CG.Assertion, CG.Report, CG.ReportGraph, CG.ExtractionActivity);
    }

    @Test
    void everyShapeSaysWhy() {
        for (Shape s : shapes.getTargetShapes()) {
            Node node = s.getShapeNode();
            assertThat(shapesGraph.contains(node, sh("name"), Node.ANY)).as("sh:name on %s", node).isTrue();
            assertThat(shapesGraph.contains(node, sh("description"), Node.ANY)).as("sh:description on %s", node)
                    .isTrue();
        }
    }

    @Test
    void usesOnlyTermsDeclaredInTheOntology() {
        Graph ontology = RDFDataMgr.loadGraph(CgVocabularyTest.ONTOLOGY_FILE);
        Set<Node> declared = ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY)
                .filterKeep(t -> CgVocabularyTest.DECLARATION_TYPES.contains(t.getObject()))
                .mapWith(Triple::getSubject)
                .toSet();
        Set<Node> used = shapesGraph.find().toList().stream()
                .flatMap(t -> Stream.of(t.getSubject(), t.getPredicate(), t.getObject()))
                .filter(CgVocabularyTest::isCg)
                .collect(Collectors.toSet());
        assertThat(declared).containsAll(used);
    }

    @Test
    void validGraphConforms() {
        ValidationReport report = validate("src/test/resources/shapes/valid.ttl");
        assertThat(report.conforms()).as(() -> describe(report)).isTrue();
    }

    @Test
    void invalidGraphFailsOnExactlyTheKnownFaults() {
        ValidationReport report = validate("src/test/resources/shapes/invalid.ttl");
        assertThat(report.conforms()).isFalse();

        Set<String> results = report.getEntries().stream().map(ShapesTest::key)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(results).containsExactlyInAnyOrder(
                "ex:badConfidence cg:confidence MaxInclusiveConstraintComponent",
                "ex:badPredicate rdf:predicate InConstraintComponent",
                "ex:badNoEvidence null OrConstraintComponent",
                "ex:badTitleNoRole org:role MinCountConstraintComponent",
                "ex:badTitleTextRole org:role ClassConstraintComponent",
                "ex:badRegionLink owl:sameAs PatternConstraintComponent",
                "ex:badRegionLevel cg:regionLevel InConstraintComponent",
                "ex:badReportHash cg:sha256 PatternConstraintComponent",
                "ex:badEvidenceOffsets cg:startOffset LessThanOrEqualsConstraintComponent",
                "ex:badMeetingDate cg:date OrConstraintComponent",
                "ex:badOfficialLabels rdfs:label MaxCountConstraintComponent",
                "ex:badOfficialNoLabel rdfs:label MinCountConstraintComponent",
                "ex:badGraph cg:sourceFile MinCountConstraintComponent");
    }

    static ValidationReport validate(String dataFile) {
        Graph data = RDFDataMgr.loadGraph(dataFile);
        return ShaclValidator.get().validate(shapes, data);
    }

    static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("cg", CG.NS)
            .setNsPrefix("ex", "https://example.org/cadregraph/")
            .setNsPrefix("org", "http://www.w3.org/ns/org#")
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
            .lock();

    /** "focus path component", with prefixed names, e.g. "ex:badGraph cg:sourceFile MinCountConstraintComponent". */
    static String key(ReportEntry e) {
        Path path = e.resultPath();
        String p = path instanceof P_Link link ? PREFIXES.shortForm(link.getNode().getURI()) : String.valueOf(path);
        String component = e.sourceConstraintComponent().getURI().substring(SH.length());
        return PREFIXES.shortForm(e.focusNode().getURI()) + " " + p + " " + component;
    }

    static String describe(ValidationReport report) {
        return report.getEntries().stream().map(e -> key(e) + ": " + e.message()).collect(Collectors.joining("\n"));
    }

    static Node sh(String local) {
        return NodeFactory.createURI(SH + local);
    }
}
