package org.w3id.cadregraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.w3id.cadregraph.store.TdbStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cadregraph query}: runs a SPARQL query against the local TDB2 store, without a server.
 *
 * <pre>
 *   cadregraph query queries/officials-by-meeting.rq
 *   cadregraph query --format csv -e 'PREFIX rdfs: &lt;http://www.w3.org/2000/01/rdf-schema#&gt;
 *       SELECT ?name { ?p rdfs:label ?name }'
 *   cadregraph query --db /data/cg-db -e 'ASK { GRAPH ?g { ?s ?p ?o } }'
 * </pre>
 *
 * Results go to stdout; a query that does not parse exits with 2 and one line on stderr. No
 * prefixes are predeclared, so a query file runs unchanged here and on the Fuseki endpoint.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query against the TDB2 store (no server needed).",
                "The default graph is the union of all report graphs, as on the Fuseki endpoint.",
                "SELECT/ASK results are a table, csv, tsv, json or xml; CONSTRUCT/DESCRIBE results are RDF (--format)."})
public final class QueryCommand implements Callable<Integer> {

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Source source;

    @Mixin
    private StoreOptions store;

    @Mixin
    private LoggingMixin logging;

    @Option(names = "--format", paramLabel = "FORMAT", description = ResultFormat.DESCRIPTION)
    private String format;

    @Spec
    private CommandSpec spec;

    /** Where the query comes from: a file or the command line, exactly one of them. */
    static final class Source {
        @Parameters(index = "0", paramLabel = "FILE.rq", description = "A file holding the query.")
        private Path file;

        @Option(names = {"-e", "--query"}, paramLabel = "SPARQL", description = "The query text.")
        private String text;
    }

    @Override
    public Integer call() throws IOException {
        Query query = parse(queryText());
        QueryPrinter printer = QueryPrinter.forQuery(query, format);
        Path db = ExistingDatabase.require(store.db());
        try (TdbStore tdb = TdbStore.open(db);
             OutputStream out = new WriterOutputStream(spec.commandLine().getOut())) {
            printer.print(tdb.datasetGraph(), out);
        }
        return ExitCodes.OK;
    }

    private String queryText() throws IOException {
        if (source.text != null) {
            return source.text;
        }
        try {
            return Files.readString(source.file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserException(ExitCodes.IO_FAILURE, "no such query file: " + source.file);
        }
    }

    private static Query parse(String text) {
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            // The parser's message lists every expected token over many lines; the first line says where.
            String message = e.getMessage() == null ? "syntax error" : e.getMessage().strip().lines().findFirst().orElse("");
            throw new UserException(ExitCodes.USAGE, "bad SPARQL query: " + message, e);
        }
    }
}
