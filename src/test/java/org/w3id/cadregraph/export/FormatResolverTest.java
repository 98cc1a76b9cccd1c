package org.w3id.cadregraph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.apache.jena.riot.RDFLanguages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatResolverTest {
    private final FormatResolver any = FormatResolver.anyFormat(DumpFormat.TURTLE);
    private final FormatResolver datasets = FormatResolver.datasetFormats(DumpFormat.NQUADS);

    @ParameterizedTest
    @CsvSource({"dump.ttl, TURTLE", "dump.nt, NTRIPLES", "dump.rdf, RDFXML", "dump.owl, RDFXML",
            "dump.jsonld, JSONLD", "dump.trig, TRIG", "dump.nq, NQUADS", "DUMP.NQ.GZ, NQUADS", "a.b/dump.jsonld.gz, JSONLD"})
    void takesTheFormatFromTheExtension(String file, DumpFormat expected) {
        assertThat(any.resolve(null, file)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"ttl, TURTLE", "Turtle, TURTLE", "nt, NTRIPLES", "n-triples, NTRIPLES", "rdfxml, RDFXML",
            "rdf/xml, RDFXML", "jsonld, JSONLD", "JSON-LD, JSONLD", "trig, TRIG", "nq, NQUADS", "nquads, NQUADS"})
    void acceptsTheNamesJenaUsersType(String name, DumpFormat expected) {
        assertThat(any.resolve(name, "-")).isEqualTo(expected);
    }

    @Test
    void everyExtensionIsTheOneRiotReadsBack() {
        for (DumpFormat format : DumpFormat.values()) {
            assertThat(RDFLanguages.filenameToLang("x" + format.extension())).as(format.name()).isEqualTo(format.lang());
        }
    }

    @Test
    void stdoutGetsTheDefault() {
        assertThat(any.resolve(null, "-")).isEqualTo(DumpFormat.TURTLE);
        assertThat(any.resolve(null, null)).isEqualTo(DumpFormat.TURTLE);
        assertThat(datasets.resolve(null, "-")).isEqualTo(DumpFormat.NQUADS);
    }

    @Test
    void refusesAFormatThatDisagreesWithTheExtension() {
        assertThatThrownBy(() -> any.resolve("nquads", "x.ttl"))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("--format nquads disagrees with the extension of x.ttl (turtle)")
                .hasMessageContaining("x.nq");
        assertThatThrownBy(() -> any.resolve("trig", "out/x.nq.gz")).hasMessageContaining("out/x.trig.gz");
    }

    @Test
    void theSameFormatUnderAnotherNameAgreesWithTheExtension() {
        assertThat(any.resolve("ttl", "x.ttl")).isEqualTo(DumpFormat.TURTLE);
        assertThat(any.resolve("nq", "x.nq.gz")).isEqualTo(DumpFormat.NQUADS);
    }

    @Test
    void anExtensionThatNamesNoFormatNeedsTheOption() {
        assertThat(any.resolve("trig", "dump.txt")).isEqualTo(DumpFormat.TRIG);
        assertThatThrownBy(() -> any.resolve(null, "dump.txt"))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("cannot tell the format of dump.txt").hasMessageContaining("--format");
    }

    @Test
    void refusesAnUnknownName() {
        assertThatThrownBy(() -> any.resolve("yaml", "-")).isInstanceOf(FormatException.class)
                .hasMessageContaining("unknown format 'yaml'").hasMessageContaining(DumpFormat.NAMES);
    }

    @Test
    void datasetOutputsRefuseTheMergedFormats() {
        assertThat(datasets.resolve(null, "x.jsonld")).isEqualTo(DumpFormat.JSONLD);
        assertThatThrownBy(() -> datasets.resolve(null, "x.ttl")).isInstanceOf(FormatException.class)
                .hasMessageContaining("turtle cannot hold one named graph per report").hasMessageContaining("trig");
        assertThatThrownBy(() -> datasets.resolve("nt", "-")).isInstanceOf(FormatException.class);
    }

    @Test
    void namesConstantListsEveryFormatAndOnlyRealNames() {
        List<String> listed = Arrays.stream(DumpFormat.NAMES.split("[,() ]+")).filter(n -> !n.isEmpty()).toList();

        assertThat(listed).allSatisfy(n -> assertThat(DumpFormat.byName(n)).as(n).isPresent());
        assertThat(listed.stream().map(n -> DumpFormat.byName(n).orElseThrow()).distinct())
                .containsExactly(DumpFormat.values());
    }
}
