package org.w3id.cadregraph.cli;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/** {@code query --format}: how SELECT and ASK results are written. */
enum ResultFormat {
    /** An aligned text table for people, IRIs shortened with the query's prefixes. */
    TABLE(ResultSetLang.RS_Text),
    CSV(ResultSetLang.RS_CSV),
    TSV(ResultSetLang.RS_TSV),
    /** SPARQL 1.1 Query Results JSON. */
    JSON(ResultSetLang.RS_JSON);

    private final Lang lang;

    ResultFormat(Lang lang) {
        this.lang = lang;
    }

    Lang lang() {
        return lang;
    }
}
