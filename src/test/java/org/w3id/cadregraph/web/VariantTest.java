package org.w3id.cadregraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VariantTest {
    @Test
    void browsersGetHtml() {
        assertThat(Variant.negotiate("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8"))
                .isEqualTo(Variant.HTML);
        assertThat(Variant.negotiate(null)).isEqualTo(Variant.HTML);
        assertThat(Variant.negotiate("*/*")).isEqualTo(Variant.HTML);
    }

    @Test
    void rdfClientsGetWhatTheyAskFor() {
        assertThat(Variant.negotiate("text/turtle")).isEqualTo(Variant.TURTLE);
        assertThat(Variant.negotiate("application/ld+json")).isEqualTo(Variant.JSONLD);
        assertThat(Variant.negotiate("application/n-triples")).isEqualTo(Variant.NTRIPLES);
        assertThat(Variant.negotiate("application/n-triples;q=0.5, text/turtle;q=0.9, */*;q=0.1"))
                .isEqualTo(Variant.TURTLE);
        assertThat(Variant.negotiate("text/html;q=0.2, application/ld+json")).isEqualTo(Variant.JSONLD);
    }

    @Test
    void somethingWeDoNotOfferGetsAPage() {
        assertThat(Variant.negotiate("image/png")).isEqualTo(Variant.HTML);
    }

    @Test
    void suffixesNameVariants() {
        assertThat(Variant.bySuffix("/id/official/x.ttl")).contains(Variant.TURTLE);
        assertThat(Variant.bySuffix("/id/official/x.jsonld")).contains(Variant.JSONLD);
        assertThat(Variant.bySuffix("/id/official/x.nt")).contains(Variant.NTRIPLES);
        assertThat(Variant.bySuffix("/id/official/x.html")).contains(Variant.HTML);
        assertThat(Variant.bySuffix("/id/official/x")).isEmpty();
    }
}
