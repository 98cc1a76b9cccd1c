package org.w3id.cadregraph.eval;

import java.util.Collection;
import java.util.Comparator;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.XSD;

/**
 * Python's orders, {@code str()} forms and truth, as far as score.py's results depend on them.
 *
 * <p>score.py sorts nodes by {@code str()} of its term tuples ({@code ('I', 'https://…')}) and breaks
 * ties in its greedy matching by position in those sorted lists, so the same numbers need the same
 * order. Its details also print tuples with {@code str()}. Python compares strings by code point,
 * where Java's {@link String#compareTo} compares UTF-16 units.
 */
final class PythonLib {
    /** Strings by code point, as Python's {@code sorted()} and {@code min()}. */
    static final Comparator<String> STRINGS = PythonLib::compareCodePoints;

    /** Nodes as score.py's {@code sorted(..., key=str)}. */
    static final Comparator<Node> NODES = Comparator.comparing(PythonLib::str, STRINGS);

    private PythonLib() {}

    /**
     * {@code str()} of score.py's tuple for a term: {@code ('I', iri)}, {@code ('B', '_:id')} or
     * {@code ('L', lexical, lang-or-datatype-or-None)}. A blank node's label is Jena's, not the file's.
     */
    static String str(Node n) {
        if (n.isURI()) {
            return tuple("'I'", repr(n.getURI()));
        }
        if (n.isBlank()) {
            return tuple("'B'", repr("_:" + n.getBlankNodeLabel()));
        }
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            String dt = n.getLiteralDatatypeURI();
            String third = !lang.isEmpty() ? repr(lang)
                    : dt == null || dt.equals(XSD.xstring.getURI()) ? "None" : repr(dt);
            return tuple("'L'", repr(n.getLiteralLexicalForm()), third);
        }
        return repr(n.toString());
    }

    /** Python's truth of an optional string: null and "" are false. */
    static boolean truthy(String s) {
        return s != null && !s.isEmpty();
    }

    /** Python's {@code min()} of strings, which must not be empty. */
    static String min(Collection<String> strings) {
        return strings.stream().min(STRINGS).orElseThrow();
    }

    /** {@code str()} of a tuple whose items are already in their {@code repr()} form. */
    static String tuple(String... reprs) {
        return "(" + String.join(", ", reprs) + ")";
    }

    /** Python's {@code repr()} of a string: quotes chosen as Python does, escapes for what is not printable. */
    static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(quote);
        s.codePoints().forEach(c -> {
            if (c == quote || c == '\\') {
                b.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == ' ' || isPrintable(c)) {
                b.appendCodePoint(c);
            } else if (c <= 0xff) {
                b.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.append(String.format("\\U%08x", c));
            }
        });
        return b.append(quote).toString();
    }

    /** Python's {@code str.isprintable()} for one character: not a control, format, separator or unassigned one. */
    private static boolean isPrintable(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
