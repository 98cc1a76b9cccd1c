package org.w3id.cadregraph.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * The proper adjectives of countries ("Kenyan", "Lao", "South African"), from a gazetteer of every country
 * ({@code nationalities.txt}): before a role they say whose country the post is in, and name no body of it
 * ("Kenyan Foreign Minister" is no minister of a body called "Kenyan").
 */
public final class Nationalities {
    private static final Set<String> ADJECTIVES = Set.copyOf(Pinyin.readList("nationalities.txt"));

    private Nationalities() {}

    /** Whether the words, written with a capital as a proper adjective is, are a country's adjective. */
    public static boolean isNationality(String words) {
        String w = words.strip();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && ADJECTIVES.contains(w.toLowerCase(Locale.ROOT));
    }
}
