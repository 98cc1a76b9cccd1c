package org.w3id.cadregraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdMappingTest {
    private static final String IRI = "https://w3id.org/cadregraph/id/meeting/moe-guizhou-cooperation/m1";

    @Test
    void dataIrisAreServedUnderId() {
        assertThat(IdMapping.path(IRI)).contains("/id/meeting/moe-guizhou-cooperation/m1");
        assertThat(IdMapping.iri("/id/meeting/moe-guizhou-cooperation/m1")).contains(IRI);
    }

    @Test
    void otherIrisAreNotMapped() {
        assertThat(IdMapping.path("http://www.wikidata.org/entity/Q148")).isEmpty();
        assertThat(IdMapping.path("https://w3id.org/cadregraph/ontology#Official")).isEmpty();
        assertThat(IdMapping.iri("/search")).isEmpty();
        assertThat(IdMapping.iri("/id/")).isEmpty();
    }

    @Test
    void onlyHttpIrisBecomeLinks() {
        assertThat(IdMapping.href(IRI)).contains("/id/meeting/moe-guizhou-cooperation/m1");
        assertThat(IdMapping.href("http://www.wikidata.org/entity/Q148")).contains("http://www.wikidata.org/entity/Q148");
        assertThat(IdMapping.href("javascript:alert(1)")).isEmpty();
        assertThat(IdMapping.href("data:text/html,<script>")).isEmpty();
        assertThat(IdMapping.href("urn:x:y")).isEmpty();
    }

    @Test
    void decodesWhatABrowserEscaped() {
        assertThat(IdMapping.decodedIri("/id/org/caf%C3%A9")).contains("https://w3id.org/cadregraph/id/org/café");
        assertThat(IdMapping.decodedIri("/id/org/a+b")).contains("https://w3id.org/cadregraph/id/org/a+b");
    }
}
