package org.w3id.cadregraph.web;

import java.util.Locale;
import java.util.Optional;

/** Confidence values as the pages print them: two decimals. */
final class Confidence {
    private Confidence() {}

    static String format(Optional<Double> value) {
        return value.map(v -> String.format(Locale.ROOT, "%.2f", v)).orElse("");
    }
}
