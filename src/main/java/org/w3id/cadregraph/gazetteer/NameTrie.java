package org.w3id.cadregraph.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds names in a text in one pass: at each position where a word starts, the longest name that matches there
 * and ends where a word ends. A name is matched case-insensitively in ASCII letters, and a space in a name matches
 * any run of whitespace. It finds what the regular expression
 * {@code (?<![\p{L}\p{N}])(?i:(?:longest|…|shortest))(?![\p{L}\p{N}])} finds, without trying each of a few
 * thousand names at every position.
 *
 * <pre>
 *   NameTrie names = new NameTrie(List.of("guangxi", "liuzhou"));
 *   names.find("held in Liuzhou, Guangxi");   // [8, 15), [17, 24)
 * </pre>
 */
final class NameTrie {
    /** Where a name was found: {@code [start, end)} of the text. */
    record Found(int start, int end) {}

    private static final char SPACE = ' ';

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>();
        boolean name;
    }

    private final Node root = new Node();

    /** @param names lower-case names, words separated by one space */
    NameTrie(Iterable<String> names) {
        for (String name : names) {
            Node n = root;
            for (int i = 0; i < name.length(); i++) {
                n = n.next.computeIfAbsent(name.charAt(i), c -> new Node());
            }
            n.name = true;
        }
    }

    List<Found> find(CharSequence text) {
        List<Found> out = new ArrayList<>();
        int p = 0;
        while (p < text.length()) {
            int end = startsWord(text, p) ? longestAt(text, p) : -1;
            if (end > p) {
                out.add(new Found(p, end));
                p = end;
            } else {
                p++;
            }
        }
        return out;
    }

    /** The end of the longest name at {@code p} that ends a word there, or -1. */
    private int longestAt(CharSequence text, int p) {
        int best = -1;
        Node n = root;
        int i = p;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isRegexSpace(c)) {
                n = n.next.get(SPACE);
                while (i < text.length() && isRegexSpace(text.charAt(i))) {
                    i++;
                }
            } else {
                n = n.next.get(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
                i++;
            }
            if (n == null) {
                break;
            }
            if (n.name && endsWord(text, i)) {
                best = i;
            }
        }
        return best;
    }

    private static boolean startsWord(CharSequence text, int p) {
        return p == 0 || !isLetterOrNumber(Character.codePointBefore(text, p));
    }

    private static boolean endsWord(CharSequence text, int i) {
        return i >= text.length() || !isLetterOrNumber(Character.codePointAt(text, i));
    }

    /** {@code [\p{L}\p{N}]}. */
    private static boolean isLetterOrNumber(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** {@code \s}: space, tab, newline, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
