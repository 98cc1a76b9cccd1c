package org.w3id.cadregraph.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An evidence sentence cut into parts, with the name the page is about marked, so that a reader finds
 * the person in a long sentence that lists many. The template prints each part as text.
 */
record Quote(List<Part> parts) {

    record Part(String text, boolean marked) {}

    static final Quote EMPTY = new Quote(List.of());

    /** {@code sentence} with every occurrence of {@code name} marked (case aside). */
    static Quote of(String sentence, String name) {
        if (sentence == null || sentence.isEmpty()) {
            return EMPTY;
        }
        List<Part> parts = new ArrayList<>();
        if (name == null || name.isBlank()) {
            parts.add(new Part(sentence, false));
            return new Quote(parts);
        }
        String haystack = sentence.toLowerCase(Locale.ROOT);
        String needle = name.toLowerCase(Locale.ROOT);
        int from = 0;
        // Lower-casing keeps the length of these texts, so indexes carry over; if it ever did not, mark nothing.
        if (haystack.length() == sentence.length()) {
            for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, from)) {
                if (at > from) {
                    parts.add(new Part(sentence.substring(from, at), false));
                }
                parts.add(new Part(sentence.substring(at, at + needle.length()), true));
                from = at + needle.length();
            }
        }
        if (from < sentence.length()) {
            parts.add(new Part(sentence.substring(from), false));
        }
        return new Quote(parts);
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }
}
