package org.w3id.cadregraph.web;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names reduced to what a search compares: lower case, without tone marks, tone numbers, spaces or
 * punctuation. "Huái Jìnpéng", "huai2 jin4peng2", "HUAI Jin-peng" and "huaijinpeng" all give
 * {@code huaijinpeng}; Chinese characters are kept as they are.
 */
final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** A tone number ends a pinyin syllable: a digit 1–5 right after a letter and not before another digit. */
    private static final Pattern TONE_NUMBER = Pattern.compile("(?<=\\p{IsLatin})[1-5](?![0-9])");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NameKey() {}

    static String of(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.toLowerCase(Locale.ROOT);
        s = TONE_NUMBER.matcher(s).replaceAll("");
        return NOT_LETTER_OR_DIGIT.matcher(s).replaceAll("");
    }

    /** The keys of the words of a query, for a match in any order ("Jinpeng Huai"). */
    static List<String> words(String query) {
        return Arrays.stream(SPACES.split(query.strip())).map(NameKey::of).filter(w -> !w.isEmpty()).toList();
    }
}
