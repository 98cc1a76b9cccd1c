package org.w3id.cadregraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameters a shipped query documents, each a one-value {@code VALUES ?name { "Huai Jinpeng" }} in its text,
 * and the query with another value in their place: the way a user is told to change them, so the timed query is the
 * shipped one with a value the store holds.
 *
 * <pre>
 *   QueryParameter.of(query);                                  // [?name = "Huai Jinpeng", ?objectText = ""]
 *   QueryParameter.substitute(query, "name", "Wang Wei");      // VALUES ?name { "Wang Wei" }
 * </pre>
 */
record QueryParameter(String variable, String value) {
    /** A VALUES block of one variable and one plain string literal (escapes allowed inside it). */
    private static final Pattern ONE_VALUE =
            Pattern.compile("VALUES\\s+\\?(\\w+)\\s*\\{\\s*\"((?:[^\"\\\\\\n]|\\\\.)*)\"\\s*\\}");

    /** The one-value parameters of a query, in the order it states them; comment lines are not read. */
    static List<QueryParameter> of(String query) {
        List<QueryParameter> found = new ArrayList<>();
        Matcher m = ONE_VALUE.matcher(query);
        while (m.find()) {
            if (!inComment(query, m.start())) {
                found.add(new QueryParameter(m.group(1), unescape(m.group(2))));
            }
        }
        return found;
    }

    /**
     * The query with {@code value} as the parameter {@code variable}.
     *
     * @throws IllegalArgumentException when the query has no one-value VALUES block for that variable
     */
    static String substitute(String query, String variable, String value) {
        Matcher m = ONE_VALUE.matcher(query);
        while (m.find()) {
            if (m.group(1).equals(variable) && !inComment(query, m.start())) {
                return query.substring(0, m.start()) + "VALUES ?" + variable + " { " + literal(value) + " }"
                        + query.substring(m.end());
            }
        }
        throw new IllegalArgumentException("the query has no VALUES ?" + variable + " { \"…\" }");
    }

    /** A SPARQL string literal of the value. */
    static String literal(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r") + "\"";
    }

    @Override
    public String toString() {
        return "?" + variable + " = " + literal(value);
    }

    private static String unescape(String escaped) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '\\' && i + 1 < escaped.length()) {
                char next = escaped.charAt(++i);
                b.append(switch (next) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> next;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A comment quoting a VALUES block is no parameter. */
    private static boolean inComment(String query, int offset) {
        int lineStart = query.lastIndexOf('\n', offset - 1) + 1;
        return query.substring(lineStart, offset).strip().startsWith("#");
    }
}
