package org.w3id.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cadregraph.store.SmallStore;

/** Black-box runs of {@code cadregraph query}; queries only read, so the store is made once. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryCommandTest {
    private static final String PREFIXES = "PREFIX cg: <" + SmallStore.CG + "> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
    private static final String NAMES =
            PREFIXES + "SELECT DISTINCT ?name WHERE { ?p a cg:Official ; rdfs:label ?name } ORDER BY ?name";

    @TempDir
    Path dir;
    private String db;

    @BeforeAll
    void createStore(@TempDir Path storeDir) {
        SmallStore.create(storeDir.resolve("db"));
        db = storeDir.resolve("db").toString();
    }

    @Test
    void tableIsTheDefaultFormat() {
        CliRun run = CliRun.of("query", "--db", db, "-e", NAMES);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("| name", "\"Chen Min'er\"", "\"Huai Jinpeng\"", "\"Li Qiang\"");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void csvSeesEveryReportGraphWithoutGraphClause() {
        CliRun run = CliRun.of("query", "--db", db, "--format", "csv", "-e", NAMES);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().lines()).containsExactly("name", "Chen Min'er", "Huai Jinpeng", "Li Qiang");
    }

    @Test
    void tsvWritesVariablesWithQuestionMarks() {
        CliRun run = CliRun.of("query", "--db", db, "--format", "tsv", "-e", NAMES);

        assertThat(run.out().lines()).first().isEqualTo("?name");
        assertThat(run.out().lines()).hasSize(4);
    }

    @Test
    void jsonIsSparqlResultsJson() {
        CliRun run = CliRun.of("query", "--db", db, "--format", "json", "-e", NAMES);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        ResultSet results = ResultSetMgr.read(
                new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        assertThat(results.getResultVars()).containsExactly("name");
        List<String> names = new ArrayList<>();
        results.forEachRemaining(row -> names.add(row.getLiteral("name").getString()));
        assertThat(names).containsExactly("Chen Min'er", "Huai Jinpeng", "Li Qiang");
    }

    @Test
    void graphClauseStillReachesSingleReports() {
        CliRun run = CliRun.of("query", "--db", db, "--format", "csv",
                "-e", "SELECT (COUNT(DISTINCT ?g) AS ?graphs) WHERE { GRAPH ?g { ?s ?p ?o } }");

        assertThat(run.out().lines()).containsExactly("graphs", "2");
    }

    @Test
    void askWritesABoolean() {
        CliRun run = CliRun.of("query", "--db", db, "--format", "csv",
                "-e", PREFIXES + "ASK { ?p rdfs:label \"Chen Min'er\" }");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("true");
    }

    @Test
    void constructWritesTurtleKeepingChinese() {
        CliRun run = CliRun.of("query", "--db", db,
                "-e", PREFIXES + "CONSTRUCT { ?p rdfs:comment ?c } WHERE { ?p rdfs:comment ?c }");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(run.out(), Lang.TURTLE).parse(model);
        assertThat(model.size()).isEqualTo(1);
        assertThat(run.out()).contains("\"怀进鹏\"@zh");
    }

    @Test
    void describeWritesTurtle() {
        CliRun run = CliRun.of("query", "--db", db, "-e", "DESCRIBE <" + SmallStore.CHEN.getURI() + ">");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(run.out(), Lang.TURTLE).parse(model);
        assertThat(model.size()).isEqualTo(2);
    }

    @Test
    void xmlIsSparqlResultsXml() {
        CliRun run = CliRun.of("query", "--db", db, "--format", "xml", "-e", NAMES);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        ResultSet results = ResultSetMgr.read(
                new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_XML);
        assertThat(results.getResultVars()).containsExactly("name");
        assertThat(ResultSetFormatter.consume(results)).isEqualTo(3);
    }

    @Test
    void constructHonoursTheFormat() {
        String construct = PREFIXES + "CONSTRUCT { ?p rdfs:label ?n } WHERE { ?p a cg:Official ; rdfs:label ?n }";
        for (String[] formatAndLang : new String[][] {{"ntriples", "N-TRIPLES"}, {"nt", "N-TRIPLES"},
                {"jsonld", "JSON-LD"}, {"json", "JSON-LD"}, {"rdfxml", "RDF/XML"}, {"xml", "RDF/XML"},
                {"nquads", "N-QUADS"}, {"trig", "TriG"}, {"turtle", "Turtle"}}) {
            CliRun run = CliRun.of("query", "--db", db, "--format", formatAndLang[0], "-e", construct);

            assertThat(run.exitCode()).as(formatAndLang[0] + ": " + run.err()).isEqualTo(ExitCodes.OK);
            Model model = ModelFactory.createDefaultModel();
            DatasetGraph dsg = DatasetGraphFactory.create(model.getGraph());
            RDFParser.fromString(run.out(), RDFLanguages.nameToLang(formatAndLang[1])).parse(dsg);
            assertThat(model.size()).as(formatAndLang[0]).isEqualTo(3);
        }
    }

    @Test
    void aFormatTheQueryFormCannotHaveIsAUsageError() {
        CliRun csvConstruct = CliRun.of("query", "--db", db, "--format", "csv",
                "-e", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }");
        CliRun turtleSelect = CliRun.of("query", "--db", db, "--format", "turtle", "-e", NAMES);

        assertThat(csvConstruct.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(csvConstruct.err().lines()).singleElement().asString().contains("results are RDF");
        assertThat(turtleSelect.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(turtleSelect.err().lines()).singleElement().asString().contains("SELECT results are table");
        assertThat(CliRun.of("query", "--db", db, "--format", "yaml", "-e", NAMES).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void readsTheQueryFromAFile() throws Exception {
        Path rq = Files.writeString(dir.resolve("names.rq"), "# every official's name\n" + NAMES);

        CliRun run = CliRun.of("query", rq.toString(), "--db", db, "--format", "csv");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().lines()).hasSize(4);
    }

    @Test
    void badSparqlIsAUsageErrorOnOneLine() {
        CliRun run = CliRun.of("query", "--db", db, "-e", "SELEKT ?x WHERE { ?x ?p ?o }");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().lines()).singleElement().asString().startsWith("cadregraph: bad SPARQL query: ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void missingDatabaseIsAnIoFailureAndCreatesNothing() {
        Path missing = dir.resolve("no-such-db");

        CliRun run = CliRun.of("query", "--db", missing.toString(), "-e", NAMES);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_FAILURE);
        assertThat(run.err()).contains("no database at").contains(missing.toString());
        assertThat(missing).doesNotExist();
    }

    @Test
    void directoryWithoutTdb2IsAnIoFailure() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));

        CliRun run = CliRun.of("query", "--db", empty.toString(), "-e", NAMES);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_FAILURE);
        assertThat(run.err()).contains("holds no TDB2 database");
        assertThat(empty).isEmptyDirectory();
    }

    @Test
    void missingQueryFileIsAnIoFailure() {
        CliRun run = CliRun.of("query", dir.resolve("nope.rq").toString(), "--db", db);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_FAILURE);
        assertThat(run.err()).contains("no such query file");
    }

    @Test
    void fileAndExpressionAreMutuallyExclusive() {
        assertThat(CliRun.of("query", "q.rq", "-e", NAMES, "--db", db).exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("query", "--db", db).exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
