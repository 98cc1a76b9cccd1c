package org.w3id.cadregraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cadregraph.store.TdbStore;

/** {@code queries/wikidata-links.rq} over the union graph of a linked store. */
class LinksQueryTest {
    private static final Path QUERY = Path.of("queries", "wikidata-links.rq");

    @TempDir
    Path dir;

    @Test
    void opensWithTheResearchQuestion() throws Exception {
        assertThat(Files.readAllLines(QUERY).get(0)).startsWith("# ").contains("?");
    }

    @Test
    void listsEachLinkWithItsLabelConfidenceAndMethod() throws Exception {
        Query query = QueryFactory.create(Files.readString(QUERY));
        List<String> rows = new ArrayList<>();
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            store.replaceReportGraph(org.w3id.cadregraph.graph.Iris.graph("r"), out -> {
                ReportQuads r = new ReportQuads("r", out);
                Node china = r.region("china", "People's Republic of China", "Q148", null);
                r.organization("State Council", "", china);
            });
            Linker.run(store, LinkSettings.defaults(dir.resolve("db")));
            Txn.executeRead(store.datasetGraph(), () -> {
                try (QueryExecution qe = QueryExecution.model(
                        ModelFactory.createModelForGraph(store.datasetGraph().getUnionGraph())).query(query).build()) {
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution s = rs.next();
                        rows.add(s.getLiteral("kind").getString() + " | " + s.getLiteral("label").getString() + " | "
                                + s.getResource("wikidata").getURI() + " | " + s.getLiteral("confidence").getDouble()
                                + " | " + s.getLiteral("method").getString());
                    }
                }
            });
        }
        assertThat(rows).containsExactly(
                "organization | State Council | http://www.wikidata.org/entity/Q59261 | 1.0 | gazetteer",
                "region | People's Republic of China | http://www.wikidata.org/entity/Q148 | 1.0 | gazetteer");
    }
}
