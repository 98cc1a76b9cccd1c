package org.w3id.cadregraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@link CG} and {@code ontology/cadregraph.ttl} in step: same terms both ways, every term documented,
 * and the terms fixed by the external evaluation contract present with the right kind.
 */
class CgVocabularyTest {

    static final String ONTOLOGY_FILE = "ontology/cadregraph.ttl";

    /** The rdf:types that count as declaring a term. */
    static final Set<Node> DECLARATION_TYPES = Set.of(
            OWL2.Class.asNode(), OWL2.ObjectProperty.asNode(), OWL2.DatatypeProperty.asNode(),
            OWL2.AnnotationProperty.asNode(), OWL2.NamedIndividual.asNode());

    static Graph ontology;

    @BeforeAll
    static void load() {
        ontology = RDFDataMgr.loadGraph(ONTOLOGY_FILE);
    }

    /** Every {@code public static final Node} of CG, by field name. */
    static Map<String, Node> constants() {
        Map<String, Node> result = new TreeMap<>();
        for (Field f : CG.class.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isPublic(m) && Modifier.isStatic(m) && Modifier.isFinal(m) && f.getType() == Node.class) {
                try {
                    result.put(f.getName(), (Node) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return result;
    }

    /** Local names of the cg: subjects typed with one of {@link #DECLARATION_TYPES}. */
    static Set<String> declaredTerms() {
        Set<String> result = new TreeSet<>();
        ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY)
                .filterKeep(t -> DECLARATION_TYPES.contains(t.getObject()))
                .mapWith(Triple::getSubject)
                .filterKeep(CgVocabularyTest::isCg)
                .forEach(s -> result.add(local(s)));
        return result;
    }

    static boolean isCg(Node n) {
        return n.isURI() && n.getURI().startsWith(CG.NS);
    }

    static String local(Node n) {
        return n.getURI().substring(CG.NS.length());
    }

    static Node cg(String local) {
        return NodeFactory.createURI(CG.NS + local);
    }

    @Test
    void namespace() {
        assertThat(CG.getURI()).isEqualTo(CG.NS).isEqualTo("https://w3id.org/cadregraph/ontology#");
        assertThat(ontology.contains(NodeFactory.createURI(CG.ONTOLOGY_IRI), RDF.type.asNode(), OWL2.Ontology.asNode()))
                .as("owl:Ontology header at %s", CG.ONTOLOGY_IRI).isTrue();
    }

    @Test
    void constantNamesAreLocalNames() {
        Map<String, Node> constants = constants();
        assertThat(constants).hasSizeGreaterThan(40);
        constants.forEach((name, node) -> {
            assertThat(node.isURI()).as(name).isTrue();
            assertThat(node.getURI()).as(name).isEqualTo(CG.NS + name);
        });
    }

    @Test
    void everyConstantIsDeclaredInTheOntology() {
        assertThat(declaredTerms()).containsAll(constants().keySet());
    }

    @Test
    void everyDeclaredTermHasAConstant() {
        assertThat(constants().keySet()).containsAll(declaredTerms());
    }

    @Test
    void everyCgIriUsedInTheOntologyIsDeclared() {
        // Catches a typo such as cg:Reprot in a domain or range, which would otherwise mint a silent new term.
        Set<String> used = new TreeSet<>();
        ontology.find().forEach(t -> Stream.of(t.getSubject(), t.getPredicate(), t.getObject())
                .filter(CgVocabularyTest::isCg).forEach(n -> used.add(local(n))));
        assertThat(declaredTerms()).containsAll(used);
    }

    @Test
    void everyTermIsLabelledCommentedAndDefinedBy() {
        Node definedBy = NodeFactory.createURI(CG.ONTOLOGY_IRI);
        for (String term : declaredTerms()) {
            Node s = cg(term);
            assertThat(hasEnglish(s, RDFS.label.asNode())).as("rdfs:label@en on cg:%s", term).isTrue();
            assertThat(hasEnglish(s, RDFS.comment.asNode())).as("rdfs:comment@en on cg:%s", term).isTrue();
            assertThat(ontology.contains(s, RDFS.isDefinedBy.asNode(), definedBy))
                    .as("rdfs:isDefinedBy on cg:%s", term).isTrue();
        }
    }

    @Test
    void everyPropertyHasARange() {
        for (Node kind : new Node[] {OWL2.ObjectProperty.asNode(), OWL2.DatatypeProperty.asNode()}) {
            ontology.find(Node.ANY, RDF.type.asNode(), kind).mapWith(Triple::getSubject).forEach(p ->
                    assertThat(ontology.contains(p, RDFS.range.asNode(), Node.ANY)).as("range of %s", p).isTrue());
        }
    }

    @Test
    void contractTermsExistWithTheirKinds() {
        // Fixed by the external evaluation contract: these names and kinds must not change.
        assertDeclared(OWL2.Class.asNode(), CG.Official, CG.Meeting, CG.Region);
        assertDeclared(OWL2.ObjectProperty.asNode(),
                CG.holdsTitle, CG.attended, CG.presided, CG.spokeAt, CG.signedAt, CG.hostedBy);
        assertDeclared(OWL2.DatatypeProperty.asNode(), CG.date, CG.sourceFile);
        for (Node p : new Node[] {CG.presided, CG.spokeAt, CG.signedAt}) {
            assertThat(ontology.contains(p, RDFS.subPropertyOf.asNode(), CG.attended))
                    .as("%s rdfs:subPropertyOf cg:attended", p).isTrue();
        }
    }

    @Test
    void regionLevelsAreNamedIndividuals() {
        for (Node level : new Node[] {CG.CountryLevel, CG.ProvincialLevel, CG.PrefecturalLevel, CG.CountyLevel,
                CG.TownshipLevel}) {
            assertThat(ontology.contains(level, RDF.type.asNode(), CG.RegionLevel)).as("%s", level).isTrue();
            assertThat(ontology.contains(level, RDF.type.asNode(), OWL2.NamedIndividual.asNode())).isTrue();
            assertThat(hasEnglish(level, NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel")))
                    .as("skos:prefLabel@en on %s", level).isTrue();
        }
    }

    @Test
    void officialsAreFoafAgentsSoOrgMemberApplies() {
        // org:member ranges over foaf:Agent; cg:Title reuses it, so a cg:Official must be a foaf:Person.
        assertThat(ontology.contains(CG.Official, RDFS.subClassOf.asNode(), FOAF.Person.asNode())).isTrue();
    }

    static void assertDeclared(Node kind, Node... terms) {
        for (Node t : terms) {
            assertThat(ontology.contains(t, RDF.type.asNode(), kind)).as("%s a %s", t, kind).isTrue();
        }
    }

    static boolean hasEnglish(Node s, Node p) {
        return ontology.find(s, p, Node.ANY).toList().stream()
                .map(Triple::getObject)
                .anyMatch(o -> o.isLiteral() && "en".equals(o.getLiteralLanguage())
                        && !o.getLiteralLexicalForm().isBlank());
    }
}
