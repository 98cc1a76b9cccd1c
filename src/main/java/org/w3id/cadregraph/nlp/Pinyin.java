package org.w3id.cadregraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hanyu Pinyin knowledge: the syllable table and the list of Chinese surnames, and the canonical
 * written form of a romanised Chinese name ("ZHENG Limin", "Xing Kong Zheng" → "Zheng Limin", "Xing Kongzheng").
 */
public final class Pinyin {
    private static final Pattern RUN_TOGETHER = Pattern.compile("[A-Z][a-z]+(?:[A-Z][a-z]+){1,2}");
    private final Set<String> syllables;
    private final Set<String> surnames;
    private final int longestSyllable;

    public Pinyin(Set<String> syllables, Set<String> surnames) {
        this.syllables = Set.copyOf(syllables);
        this.surnames = Set.copyOf(surnames);
        this.longestSyllable = syllables.stream().mapToInt(String::length).max().orElse(6);
    }

    public static Pinyin loadDefault() {
        return new Pinyin(readList("pinyin-syllables.txt"), readList("surnames.txt"));
    }

    /** A word list among this package's resources, in lower case: one word a line, "#" opens a comment line. */
    static Set<String> readList(String name) {
        InputStream in = Pinyin.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        Set<String> out = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public boolean isSurname(String word) {
        return surnames.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isSyllable(String word) {
        return syllables.contains(word.toLowerCase(Locale.ROOT).replace('ü', 'v'));
    }

    /** The number of syllables the word splits into, or 0 when it is not pinyin. Prefers fewer, longer syllables. */
    public int syllableCount(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "").replace('ü', 'v');
        if (w.isEmpty() || !w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return 0;
        }
        int[] best = new int[w.length() + 1];
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int i = 0; i < w.length(); i++) {
            if (best[i] == Integer.MAX_VALUE) {
                continue;
            }
            for (int len = 1; len <= longestSyllable && i + len <= w.length(); len++) {
                if (syllables.contains(w.substring(i, i + len)) && best[i] + 1 < best[i + len]) {
                    best[i + len] = best[i] + 1;
                }
            }
        }
        return best[w.length()] == Integer.MAX_VALUE ? 0 : best[w.length()];
    }

    /** Splits "WengTiehui" into "Weng" and "Tiehui" when the first part is a surname and the rest pinyin. */
    public Optional<String[]> splitRunTogether(String token) {
        // "WengTiehui", and "JiaoJiLin" with the given name's syllables capitalised too
        if (!RUN_TOGETHER.matcher(token).matches()) {
            return Optional.empty();
        }
        int cut = 1;
        while (!Character.isUpperCase(token.charAt(cut))) {
            cut++;
        }
        String surname = token.substring(0, cut);
        String given = token.substring(cut);
        if (isSurname(surname) && syllableCount(given) >= 1 && syllableCount(given) <= 2) {
            return Optional.of(new String[] {surname, given});
        }
        return Optional.empty();
    }

    /** "ZHENG" → "Zheng", "nianfang" → "Nianfang". */
    public static String capitalise(String word) {
        if (word.isEmpty()) {
            return word;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** Canonical form of a surname and given-name parts: "Surname Givenname". */
    public static String canonical(String surname, List<String> givenParts) {
        StringBuilder given = new StringBuilder();
        for (String p : givenParts) {
            given.append(p.toLowerCase(Locale.ROOT));
        }
        return capitalise(surname) + (given.isEmpty() ? "" : " " + capitalise(given.toString()));
    }
}
