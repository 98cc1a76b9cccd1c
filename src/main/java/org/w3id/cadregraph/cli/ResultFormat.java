package org.w3id.cadregraph.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.query.QueryType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.w3id.cadregraph.export.DumpFormat;
import org.w3id.cadregraph.export.FormatException;

/**
 * {@code query --format}: how SELECT and ASK results are written. CONSTRUCT and DESCRIBE results are RDF
 * and are written in a {@link DumpFormat}; {@link #forGraphs} maps the same option onto those.
 */
enum ResultFormat {
    /** An aligned text table for people, IRIs shortened with the query's prefixes. */
    TABLE(ResultSetLang.RS_Text, "table", "text"),
    CSV(ResultSetLang.RS_CSV, "csv"),
    TSV(ResultSetLang.RS_TSV, "tsv"),
    /** SPARQL 1.1 Query Results JSON. */
    JSON(ResultSetLang.RS_JSON, "json", "srj"),
    /** SPARQL Query Results XML. */
    XML(ResultSetLang.RS_XML, "xml", "srx");

    /** For the option's description. */
    static final String DESCRIPTION = "SELECT/ASK: table (default), csv, tsv, json, xml. "
            + "CONSTRUCT/DESCRIBE: turtle (default), ntriples, rdfxml, jsonld, trig, nquads "
            + "(json means jsonld, xml means rdfxml).";

    private final Lang lang;
    private final List<String> names;

    ResultFormat(Lang lang, String... names) {
        this.lang = lang;
        this.names = List.of(names);
    }

    Lang lang() {
        return lang;
    }

    /** The SELECT/ASK format named {@code name} (null: the table). */
    static ResultFormat forResults(QueryType type, String name) {
        if (name == null) {
            return TABLE;
        }
        Optional<ResultFormat> format = byName(name);
        if (format.isPresent()) {
            return format.get();
        }
        if (DumpFormat.byName(name).isPresent()) {
            throw new FormatException("--format " + name + " is an RDF syntax, for CONSTRUCT and DESCRIBE; "
                    + type + " results are table, csv, tsv, json or xml");
        }
        throw new FormatException("unknown format '" + name + "': " + DESCRIPTION);
    }

    /** The RDF syntax for CONSTRUCT/DESCRIBE results named {@code name} (null or table: Turtle). */
    static DumpFormat forGraphs(QueryType type, String name) {
        if (name == null) {
            return DumpFormat.TURTLE;
        }
        Optional<ResultFormat> results = byName(name);
        if (results.isPresent()) {
            return switch (results.get()) {
                case TABLE -> DumpFormat.TURTLE;
                case JSON -> DumpFormat.JSONLD;
                case XML -> DumpFormat.RDFXML;
                case CSV, TSV -> throw new FormatException("--format " + name + " is for SELECT and ASK results; "
                        + type + " results are RDF: turtle, ntriples, rdfxml, jsonld, trig or nquads");
            };
        }
        return DumpFormat.byName(name).orElseThrow(() -> new FormatException("unknown format '" + name + "': " + DESCRIPTION));
    }

    private static Optional<ResultFormat> byName(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.names.contains(key)).findFirst();
    }
}
