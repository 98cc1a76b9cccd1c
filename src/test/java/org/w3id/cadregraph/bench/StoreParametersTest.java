package org.w3id.cadregraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cadregraph.graph.CG;
import org.w3id.cadregraph.identity.IdentityResolver;
import org.w3id.cadregraph.pipeline.ReportPipeline;
import org.w3id.cadregraph.pipeline.SampleGraphs;

/**
 * The values the benchmark chooses from a store, on the store of the samples (as {@code build} makes it: report
 * graphs and the identity graph, the union as default graph): each rule's choice is what the store holds most of,
 * and the shipped query with it finds something.
 */
class StoreParametersTest {
    private static Dataset dataset;

    @BeforeAll
    static void buildSampleStore() {
        DatasetGraph store = SampleGraphs.build(ReportPipeline.createDefault(SampleGraphs.FIXED_CLOCK),
                List.of(SampleGraphs.SAMPLES)).dataset();
        List<Node> reports = new ArrayList<>();
        store.listGraphNodes().forEachRemaining(reports::add);
        IdentityResolver.createDefault().resolve(store, reports);
        DatasetGraph union = DatasetGraphFactory.createGeneral(store.getUnionGraph());
        store.listGraphNodes().forEachRemaining(g -> union.addGraph(g, store.getGraph(g)));
        dataset = DatasetFactory.wrap(union);
    }

    @Test
    void theNameChosenIsTheNameKeyWithTheMostPeople() throws Exception {
        List<StoreParameters.Choice> names = parameters().choose(new QueryParameter("name", "Huai Jinpeng"), "");

        Map<String, Set<Node>> peopleByKey = new HashMap<>();
        DatasetGraph store = dataset.asDatasetGraph();
        store.find(Node.ANY, Node.ANY, CG.nameKey, Node.ANY).forEachRemaining((Quad q) -> {
            // identity records carry a name key too; the people are the officials
            if (store.contains(Node.ANY, q.getSubject(), RDF.type.asNode(), CG.Official)) {
                peopleByKey.computeIfAbsent(q.getObject().getLiteralLexicalForm(), k -> new HashSet<>()).add(q.getSubject());
            }
        });
        int most = peopleByKey.values().stream().mapToInt(Set::size).max().orElseThrow();
        assertThat(names).isNotEmpty();
        assertThat(names.get(0).rule()).isEqualTo("the name with the most people");
        assertThat(names.get(0).count()).isEqualTo(most);
        assertThat(peopleByKey.get(org.w3id.cadregraph.identity.NameKey.of(names.get(0).value()))).hasSize(most);
        assertThat(names).extracting(StoreParameters.Choice::value).doesNotHaveDuplicates();
    }

    /**
     * Every parameterised query answers at least one row with the values chosen for its first parameter (a name is
     * chosen for its people and reports, not its titles: a person named often may have none). The samples keep no
     * namesakes apart, so the pairs of possibly-same-officials are none whatever the name.
     */
    @Test
    void theShippedQueriesFindSomethingWithTheChosenValues() throws Exception {
        StoreParameters parameters = parameters();
        Map<String, Integer> rowsByQuery = new LinkedHashMap<>();
        for (String file : List.of("titles-of-official.rq", "career-of-official.rq", "evidence-for-fact.rq",
                "co-attendance.rq", "possibly-same-officials.rq", "meetings-by-region-month.rq",
                "reports-overview.rq", "meetings-within-province.rq", "officials-at-meeting.rq",
                "officials-by-organization.rq", "ministry-co-hosted-meetings.rq")) {
            String query = Files.readString(Path.of("queries", file));
            QueryParameter parameter = QueryParameter.of(query).get(0);
            List<StoreParameters.Choice> choices = parameters.choose(parameter, query);
            assertThat(choices).as(file).isNotEmpty();
            int most = 0;
            for (StoreParameters.Choice c : choices) {
                most = Math.max(most, rows(QueryParameter.substitute(query, parameter.variable(), c.value())).size());
            }
            rowsByQuery.put(file, most);
        }
        assertThat(dataset.asDatasetGraph().find(Node.ANY, Node.ANY, CG.possiblySame, Node.ANY).hasNext()).isFalse();
        assertThat(rowsByQuery.remove("possibly-same-officials.rq")).isZero();
        assertThat(rowsByQuery).allSatisfy((query, rows) -> assertThat(rows).as(query).isPositive());
    }

    @Test
    void aRuleIsAskedOnceHoweverManyQueriesUseIt() throws Exception {
        int[] asked = {0};
        StoreParameters parameters = new StoreParameters(sparql -> {
            asked[0]++;
            return rows(sparql);
        });

        List<StoreParameters.Choice> first = parameters.choose(new QueryParameter("name", "A"), "");
        int afterFirst = asked[0];
        List<StoreParameters.Choice> second = parameters.choose(new QueryParameter("officialName", "B"), "");

        assertThat(afterFirst).isEqualTo(2);
        assertThat(asked[0]).isEqualTo(afterFirst);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aParameterNoRuleCoversOrAnEmptyPeriodHasNoStoreValue() throws Exception {
        assertThat(parameters().choose(new QueryParameter("objectText", ""), "")).isEmpty();
        assertThat(StoreParameters.covers(new QueryParameter("objectText", ""), "")).isFalse();
        assertThat(StoreParameters.covers(new QueryParameter("period", ""), "")).isFalse();
        assertThat(StoreParameters.describe(new QueryParameter("ministryLabel", "Ministry of Education"), ""))
                .isEqualTo("the organizer of the most meetings co-organized with a body placed in a region");
        assertThat(parameters().choose(new QueryParameter("period", ""), "")).isEmpty();
        List<StoreParameters.Choice> month = parameters().choose(new QueryParameter("period", "2023-04"), "?m cg:date ?d");
        assertThat(month).singleElement().satisfies(c -> {
            assertThat(c.value()).matches("\\d{4}-\\d{2}");
            assertThat(c.rule()).isEqualTo("the month with the most dated meetings");
        });
        List<StoreParameters.Choice> day = parameters().choose(new QueryParameter("period", "2023-04-18"),
                "?r cg:published ?d");
        assertThat(day).singleElement().satisfies(c -> {
            assertThat(c.value()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(c.rule()).isEqualTo("the day with the most reports published");
        });
    }

    private static StoreParameters parameters() {
        return new StoreParameters(StoreParametersTest::rows);
    }

    private static List<Map<String, String>> rows(String sparql) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(sparql, dataset)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Map<String, String> row = new LinkedHashMap<>();
                s.varNames().forEachRemaining(v -> {
                    RDFNode n = s.get(v);
                    row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                });
                rows.add(row);
            }
        }
        return rows;
    }
}
