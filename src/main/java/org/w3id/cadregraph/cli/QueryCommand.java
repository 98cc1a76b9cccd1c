package org.w3id.cadregraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.query.text.TextQuery;
import org.slf4j.Logger;
import org.w3id.cadregraph.store.MeetingLabelIndex;
import org.slf4j.LoggerFactory;
import org.w3id.cadregraph.serve.ServerAddress;
import org.w3id.cadregraph.store.TdbStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cadregraph query}: runs a SPARQL query against the local TDB2 store, without a server; or, when a
 * running {@code serve}/{@code run} holds the store, through that server (its address is in the store).
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
        description = {"Runs a SPARQL query against the TDB2 store (no server needed; a store that a running "
                + "server holds is queried through that server).",
                "The default graph is the union of all report graphs, as on the Fuseki endpoint.",
                "SELECT/ASK results are a table, csv, tsv, json or xml; CONSTRUCT/DESCRIBE results are RDF (--format)."})
public final class QueryCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(QueryCommand.class);

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Source source;

    @Mixin
    private StoreOptions store;

    @Mixin
    private LoggingMixin logging;

    @Option(names = "--format", paramLabel = "FORMAT", description = ResultFormat.DESCRIPTION)
    private String format;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Send the query to this SPARQL endpoint instead of opening the store. Without it, a store "
                    + "held by a running 'serve' or 'run' is queried through that server.")
    private URI endpoint;

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
        if (endpoint != null) {
            return remote(printer, query, endpoint);
        }
        Path db = ExistingDatabase.require(store.db());
        TdbStore tdb;
        try {
            tdb = TdbStore.open(db);
        } catch (DBOpEnvException e) {
            // The usual reason: 'run' or 'serve' holds the store. Ask that server, which sees the same data.
            StoreInUse inUse = StoreInUse.of(db, e).orElseThrow(() -> StoreInUse.cannotOpen(db, e));
            URI served = inUse.server().map(ServerAddress::sparqlEndpoint)
                    .orElseThrow(() -> inUse.refusal(StoreInUse.Action.QUERY));
            log.info("{} is served by process {}: sending the query to {}", db, inUse.holder().getAsLong(), served);
            return remote(printer, query, served);
        }
        try (tdb; OutputStream out = new WriterOutputStream(spec.commandLine().getOut())) {
            try (MeetingLabelIndex.Opened text = MeetingLabelIndex.open(tdb.datasetGraph(), db)) {
                if (!text.indexed() && query.toString().contains(TextQuery.NS)) {
                    log.warn("{} has no current text index of meeting labels: text:query finds nothing, and "
                            + "queries/officials-at-meeting.rq reads every meeting label; `cadregraph index --db {}` "
                            + "makes the index", db, db);
                }
                printer.print(text.dataset(), out);
            }
        }
        return ExitCodes.OK;
    }

    private int remote(QueryPrinter printer, Query query, URI service) throws IOException {
        try (QueryExecution exec = QueryExecution.service(service.toString()).query(query).build();
             OutputStream out = new WriterOutputStream(spec.commandLine().getOut())) {
            printer.print(exec, out);
        } catch (QueryExceptionHTTP e) {
            throw new UserException(ExitCodes.IO_FAILURE, "cannot query " + service + ": "
                    + httpError(e.getStatusCode(), e.getResponse(), e.getMessage()), e);
        } catch (HttpException e) {
            throw new UserException(ExitCodes.IO_FAILURE, "cannot query " + service + ": "
                    + httpError(e.getStatusCode(), e.getResponse(), e.getMessage()), e);
        }
        return ExitCodes.OK;
    }

    /** "HTTP 503: query timed out …", or the connection failure; one line. */
    private static String httpError(int status, String response, String message) {
        String body = response == null ? "" : response.strip();
        String head = status > 0 ? "HTTP " + status : String.valueOf(message);
        return body.isEmpty() ? head : head + ": " + body.lines().findFirst().orElse("");
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
