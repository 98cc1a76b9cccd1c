package org.w3id.cadregraph.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SchemaTest {
    @ParameterizedTest
    @ValueSource(strings = {Schema.ONTOLOGY_RESOURCE, Schema.SHAPES_RESOURCE})
    void theJarCarriesTheFilesAsTheyAre(String resource) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(Files.readString(Path.of(resource)));
        }
    }

    @Test
    void theOntologyGraphIsNamedByTheOntologyIri() {
        assertThat(Schema.ontologyIri(Schema.ontology())).isEqualTo(NodeFactory.createURI("https://w3id.org/cadregraph/ontology"));
    }

    @Test
    void theOntologyIsWrittenIntoItsGraphOnceAndThenLeftAlone() {
        DatasetGraph store = DatabaseMgr.createDatasetGraph();
        Graph ontology = Schema.ontology();

        assertThat(OntologyGraph.putInto(store)).isTrue();
        assertThat(OntologyGraph.putInto(store)).as("unchanged: no write").isFalse();

        Txn.executeRead(store, () -> assertThat(store.getGraph(Schema.ontologyIri(ontology)).size())
                .isEqualTo(ontology.size()));
    }

    @Test
    void everyStoreHoldsTheSameTermsNoBlankNodes() {
        Graph first = OntologyGraph.skolemized(Schema.ontology());
        Graph second = OntologyGraph.skolemized(Schema.ontology());

        assertThat(first.find().filterKeep(t -> t.getSubject().isBlank() || t.getObject().isBlank()).toList()).isEmpty();
        assertThat(first.find().toSet()).isEqualTo(second.find().toSet());
        assertThat(first.find().toSet()).anySatisfy(t -> assertThat(t.getSubject().getURI())
                .startsWith("https://w3id.org/cadregraph/ontology/.well-known/genid/"));
    }
}
