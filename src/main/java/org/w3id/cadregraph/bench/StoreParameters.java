package org.w3id.cadregraph.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parameters the store holds, for the queries that take one: by a stated rule that leans to the heavy realistic case
 * (the name with the most people, the busiest month, …), so that a query is not timed on a lookup that finds nothing
 * (the shipped default official, Huai Jinpeng, is not in the synthetic corpus). Each rule is one aggregate query on
 * the store, asked once however many queries use it.
 *
 * <pre>
 *   new StoreParameters(select).choose(new QueryParameter("name", "Huai Jinpeng"), query);
 *   // [the name with the most people (26): "Wang Wei", the name of the official named in the most reports (…): …]
 * </pre>
 */
final class StoreParameters {
    /** Runs a SELECT on the store and gives each row's values by variable (lexical forms). */
    interface Select {
        List<Map<String, String>> rows(String sparql) throws IOException, InterruptedException;
    }

    /** A value chosen by a rule, with the count the rule maximised. */
    record Choice(String value, String rule, long count) {
        String describe() {
            return rule + " (" + count + ")";
        }
    }

    /** A rule: what it chooses, and the SELECT giving ?value and ?n, the best first. */
    private record Rule(String description, String select) {}

    private static final String PREFIXES = """
            PREFIX cg:   <https://w3id.org/cadregraph/ontology#>
            PREFIX org:  <http://www.w3.org/ns/org#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;
    // Ties are broken by the value, so a store always gives the same choice. A person's labels differ only in case
    // or accents (they share the name key); MIN takes one of them.
    private static final Rule NAME_MOST_PEOPLE = new Rule("the name with the most people", PREFIXES + """
            SELECT (MIN(STR(?label)) AS ?value) (COUNT(DISTINCT ?official) AS ?n)
            WHERE { ?official cg:nameKey ?key ; a cg:Official ; rdfs:label ?label }
            GROUP BY ?key ORDER BY DESC(?n) ?value LIMIT 1""");
    private static final Rule NAME_MOST_REPORTS = new Rule("the name of the person named in the most reports",
            PREFIXES + """
            SELECT (MIN(STR(?label)) AS ?value) (COUNT(DISTINCT ?report) AS ?n)
            WHERE { ?official cg:namedIn ?report ; rdfs:label ?label }
            GROUP BY ?official ORDER BY DESC(?n) ?value LIMIT 1""");
    private static final Rule PROVINCE_MOST_MEETINGS = new Rule(
            "the province hosting the most meetings, itself or through a region within it", PREFIXES + """
            SELECT ?value (COUNT(DISTINCT ?meeting) AS ?n)
            WHERE {
              { SELECT DISTINCT ?province WHERE { ?province cg:regionLevel cg:ProvincialLevel } }
              ?province rdfs:label ?value .
              ?host cg:withinRegion* ?province .
              ?meeting cg:hostedBy ?host .
            }
            GROUP BY ?value ORDER BY DESC(?n) ?value LIMIT 1""");
    private static final Rule ORGANIZATION_MOST_TITLES = new Rule("the organization named in the most titles",
            PREFIXES + """
            SELECT ?value (COUNT(DISTINCT ?title) AS ?n)
            WHERE { ?title org:organization ?organization . ?organization rdfs:label ?value }
            GROUP BY ?value ORDER BY DESC(?n) ?value LIMIT 1""");
    // the query's own question: an organizer with a co-organizer placed in a region (the default asks for the Ministry)
    private static final Rule ORGANIZER_MOST_CO_ORGANIZED = new Rule(
            "the organizer of the most meetings co-organized with a body placed in a region", PREFIXES + """
            SELECT ?value (COUNT(DISTINCT ?meeting) AS ?n)
            WHERE {
              ?meeting cg:organizedBy ?organizer , ?coOrganizer .
              FILTER(?coOrganizer != ?organizer)
              FILTER EXISTS { ?coOrganizer cg:inRegion ?region }
              ?organizer rdfs:label ?value .
            }
            GROUP BY ?value ORDER BY DESC(?n) ?value LIMIT 1""");
    // one meeting, the largest: a label many meetings share ("symposium") asks for them all, not for a meeting
    private static final Rule MEETING_MOST_PARTICIPANTS = new Rule("the label of the meeting with the most participants",
            PREFIXES + """
            SELECT (STR(?label) AS ?value) (COUNT(DISTINCT ?official) AS ?n)
            WHERE {
              VALUES ?capacity { cg:attended cg:presided cg:spokeAt cg:signedAt }
              ?official ?capacity ?meeting .
              ?meeting rdfs:label ?label .
            }
            GROUP BY ?meeting ?label ORDER BY DESC(?n) ?value LIMIT 1""");

    private final Select select;
    private final Map<Rule, List<Choice>> asked = new HashMap<>();

    StoreParameters(Select select) {
        this.select = select;
    }

    /**
     * The values of the store for a query's parameter, by the rules for its kind (known by the variable's name);
     * none for a parameter no rule covers (a substring filter whose default "" already takes everything) or when the
     * store has nothing for the rule. Two rules that choose the same value give it once, with both rules.
     *
     * A period is the busiest by the dates the query reads: the reports' publication dates when it reads
     * {@code cg:published}, else the meetings' dates.
     *
     * @param query the query that takes the parameter
     * @throws IOException when the store does not answer a rule's query
     */
    List<Choice> choose(QueryParameter parameter, String query) throws IOException, InterruptedException {
        Map<String, Choice> byValue = new LinkedHashMap<>();
        for (Rule rule : rules(parameter, query)) {
            for (Choice c : ask(rule)) {
                byValue.merge(c.value(), c, (a, b) -> new Choice(a.value(), a.describe() + ", also " + b.rule(), b.count()));
            }
        }
        return List.copyOf(byValue.values());
    }

    /** Whether a rule covers the parameter: when one does and the store gives no value, the store has none such. */
    static boolean covers(QueryParameter parameter, String query) {
        return !rules(parameter, query).isEmpty();
    }

    /** The rules for a parameter, in words. */
    static String describe(QueryParameter parameter, String query) {
        return String.join("; ", rules(parameter, query).stream().map(Rule::description).toList());
    }

    private static List<Rule> rules(QueryParameter p, String query) {
        return switch (p.variable()) {
            case "name", "officialName" -> List.of(NAME_MOST_PEOPLE, NAME_MOST_REPORTS);
            case "period" -> p.value().isEmpty() ? List.of()
                    : List.of(busiestPeriod(p.value().length(), query.contains("cg:published")));
            case "province" -> List.of(PROVINCE_MOST_MEETINGS);
            case "orgName" -> List.of(ORGANIZATION_MOST_TITLES);
            case "ministryLabel" -> List.of(ORGANIZER_MOST_CO_ORGANIZED);
            case "meetingText" -> List.of(MEETING_MOST_PARTICIPANTS);
            default -> List.of();
        };
    }

    /**
     * The day, month or year (as long as the default: "2023-04-17", "2023-04", "2023") with the most reports published
     * or the most dated meetings.
     */
    private static Rule busiestPeriod(int length, boolean reports) {
        String unit = switch (length) {
            case 10 -> "day";
            case 7 -> "month";
            case 4 -> "year";
            default -> length + "-character date prefix";
        };
        String dated = reports ? "?item cg:published ?date" : "?item cg:date ?date";
        return new Rule("the " + unit + " with the most " + (reports ? "reports published" : "dated meetings"),
                PREFIXES + String.format(Locale.ROOT, """
                SELECT ?value (COUNT(DISTINCT ?item) AS ?n)
                WHERE { %s . BIND(SUBSTR(STR(?date), 1, %d) AS ?value) FILTER(STRLEN(?value) = %d) }
                GROUP BY ?value ORDER BY DESC(?n) ?value LIMIT 1""", dated, length, length));
    }

    private List<Choice> ask(Rule rule) throws IOException, InterruptedException {
        List<Choice> known = asked.get(rule);
        if (known != null) {
            return known;
        }
        List<Choice> choices = new ArrayList<>();
        for (Map<String, String> row : select.rows(rule.select())) {
            String value = row.get("value");
            if (value != null) {
                choices.add(new Choice(value, rule.description(), Long.parseLong(row.getOrDefault("n", "0"))));
            }
        }
        asked.put(rule, List.copyOf(choices));
        return asked.get(rule);
    }
}
