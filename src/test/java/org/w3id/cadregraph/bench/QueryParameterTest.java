package org.w3id.cadregraph.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/** The parameters of the shipped queries as the benchmark reads them, and a value put in their place. */
class QueryParameterTest {
    private static final String QUERY = """
            # Parameter: ?name, e.g. VALUES ?name { "In A Comment" }
            SELECT * WHERE {
              VALUES ?name { "Huai Jinpeng" }
              VALUES ?objectText { "" }
              VALUES ?property { <http://example.org/p> }
              ?x ?property ?name .
            }
            """;

    @Test
    void theOneValueBlocksOutsideCommentsAreTheParametersInOrder() {
        assertThat(QueryParameter.of(QUERY)).containsExactly(new QueryParameter("name", "Huai Jinpeng"),
                new QueryParameter("objectText", ""));
    }

    @Test
    void aValueReplacesTheParameterOnlyAndIsEscaped() {
        String swapped = QueryParameter.substitute(QUERY, "name", "Wang \"Xiao\" Wei\\");

        assertThat(QueryParameter.of(swapped)).containsExactly(new QueryParameter("name", "Wang \"Xiao\" Wei\\"),
                new QueryParameter("objectText", ""));
        assertThat(swapped).contains("VALUES ?name { \"In A Comment\" }").contains("VALUES ?objectText { \"\" }");
        QueryFactory.create(swapped);
    }

    @Test
    void aParameterTheQueryDoesNotHaveIsAnError() {
        assertThatThrownBy(() -> QueryParameter.substitute(QUERY, "period", "2023-04"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("?period");
        assertThatThrownBy(() -> QueryParameter.substitute("SELECT * { VALUES ?name { \"a\" \"b\" } }", "name", "c"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Each shipped query's first parameter, the one the benchmark varies; the queries without one have none. */
    @Test
    void theShippedQueriesFirstParameters() throws IOException {
        Map<String, String> first = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).toList()) {
                String query = Files.readString(f);
                List<QueryParameter> parameters = QueryParameter.of(query);
                first.put(f.getFileName().toString(), parameters.isEmpty() ? "" : parameters.get(0).variable());
                for (QueryParameter p : parameters) {
                    // substituting the default again gives a query that still parses, with the same parameters
                    String again = QueryParameter.substitute(query, p.variable(), p.value());
                    assertThat(QueryParameter.of(again)).as(f.toString()).isEqualTo(parameters);
                    QueryFactory.create(again);
                }
            }
        }
        assertThat(first).containsEntry("titles-of-official.rq", "name").containsEntry("career-of-official.rq", "name")
                .containsEntry("evidence-for-fact.rq", "name").containsEntry("co-attendance.rq", "name")
                .containsEntry("officials-whose-posts-changed.rq", "name")
                .containsEntry("possibly-same-officials.rq", "officialName")
                .containsEntry("meetings-by-region-month.rq", "period").containsEntry("reports-overview.rq", "period")
                .containsEntry("officials-with-minister-of-education.rq", "period")
                .containsEntry("meetings-within-province.rq", "province")
                .containsEntry("ministry-co-hosted-meetings.rq", "ministryLabel")
                .containsEntry("officials-at-meeting.rq", "meetingText")
                .containsEntry("officials-by-organization.rq", "orgName")
                .containsEntry("identity-overrides.rq", "").containsEntry("wikidata-links.rq", "")
                .containsEntry("federated-wikidata-regions.rq", "");
    }
}
