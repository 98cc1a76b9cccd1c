package org.w3id.cadregraph.eval;

/** The measures of score.py, in the order of its table. */
public enum Measure {
    OFFICIALS("officials"),
    TITLES_STRICT("titles_strict"),
    TITLES_ROLE("titles_role"),
    MEETINGS("meetings"),
    ATTENDED("attended"),
    ROLES("roles"),
    DATE("date"),
    HOSTED_BY("hostedBy"),
    WIKIDATA("wikidata");

    private final String key;

    Measure(String key) {
        this.key = key;
    }

    /** The name score.py prints and writes to JSON. */
    public String key() {
        return key;
    }
}
