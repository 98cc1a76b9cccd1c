package org.w3id.cadregraph.identity;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3id.cadregraph.gazetteer.TsvRows;
import org.w3id.cadregraph.nlp.Pinyin;

/**
 * How common a romanised Chinese name is: the share of people who bear it, from the share of the surname and of
 * the syllables of the given name. It is the prior of identity: two mentions of a name that a hundred officials
 * bear need evidence to be one person; two of a name nobody else bears need evidence to be two.
 *
 * <pre>
 *   NameModel names = NameModel.loadDefault();
 *   names.share("Li Ming");       // ≈ 6e-4: one person in 1,600 is called Li Ming
 *   names.share("Weng Tiehui");   // ≈ 2e-8
 * </pre>
 *
 * A one-syllable given name (伟, 明: about three in ten of the officials' generation) collides far more often
 * than a two-syllable one; two syllables are not independent (建国, 建华 are fashions), hence
 * {@link #TWO_SYLLABLE_CLUSTERING}.
 */
public final class NameModel {
    static final double ONE_SYLLABLE_SHARE = 0.3;
    static final double TWO_SYLLABLE_CLUSTERING = 3.0;
    static final double UNLISTED_SURNAME = 0.0003;
    static final double NOT_A_SURNAME = 0.00005;
    static final double UNLISTED_SYLLABLE = 0.0015;
    /** A given name that is not pinyin, or of three or more syllables. */
    static final double OTHER_GIVEN_NAME = 1e-5;

    private final Map<String, Double> surnames;
    private final Map<String, Double> syllables;
    private final Pinyin pinyin;

    NameModel(Map<String, Double> surnames, Map<String, Double> syllables, Pinyin pinyin) {
        this.surnames = Map.copyOf(surnames);
        this.syllables = Map.copyOf(syllables);
        this.pinyin = pinyin;
    }

    public static NameModel loadDefault() {
        Map<String, Double> surnames = TsvRows.loadResource("/org/w3id/cadregraph/identity/surname-shares.tsv",
                in -> shares(in, "surname-shares.tsv", List.of("surname", "percent"), 100));
        Map<String, Double> syllables = TsvRows.loadResource("/org/w3id/cadregraph/identity/given-name-syllables.tsv",
                in -> shares(in, "given-name-syllables.tsv", List.of("syllable", "per_thousand"), 1000));
        return new NameModel(surnames, syllables, Pinyin.loadDefault());
    }

    private static Map<String, Double> shares(InputStream in, String name, List<String> header, double per) throws IOException {
        Map<String, Double> out = new HashMap<>();
        for (String[] row : TsvRows.read(in, name, header)) {
            out.put(row[0].trim().toLowerCase(Locale.ROOT), Double.parseDouble(row[1].trim()) / per);
        }
        return out;
    }

    /** The share of people who bear this name (surname first, as the extractor writes it), in (0, 1). */
    public double share(String name) {
        List<String> words = words(name);
        if (words.size() < 2) {
            return NOT_A_SURNAME * OTHER_GIVEN_NAME;
        }
        String surname = words.get(0);
        double s = surnames.getOrDefault(surname, pinyin.isSurname(surname) ? UNLISTED_SURNAME : NOT_A_SURNAME);
        return s * givenShare(String.join("", words.subList(1, words.size())));
    }

    /** The same for an identity key, surname and given name run together ("liming"). */
    public double shareOfKey(String key) {
        for (int i = Math.min(key.length() - 1, 9); i >= 1; i--) {
            String surname = key.substring(0, i);
            if ((surnames.containsKey(surname) || pinyin.isSurname(surname)) && !syllablesOf(key.substring(i)).isEmpty()) {
                return share(surname + " " + key.substring(i));
            }
        }
        return NOT_A_SURNAME * OTHER_GIVEN_NAME;
    }

    private double givenShare(String given) {
        List<String> parts = syllablesOf(given);
        if (parts.size() == 1) {
            return ONE_SYLLABLE_SHARE * syllable(parts.get(0));
        }
        if (parts.size() == 2) {
            return Math.min(1, (1 - ONE_SYLLABLE_SHARE) * TWO_SYLLABLE_CLUSTERING * syllable(parts.get(0)) * syllable(parts.get(1)));
        }
        return OTHER_GIVEN_NAME;
    }

    private double syllable(String s) {
        return syllables.getOrDefault(s, UNLISTED_SYLLABLE);
    }

    /** The given name split into pinyin syllables, fewest first ("tiehui" → tie, hui); empty when it is not pinyin. */
    List<String> syllablesOf(String given) {
        int n = given.length();
        int[] best = new int[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int i = 0; i < n; i++) {
            if (best[i] == Integer.MAX_VALUE) {
                continue;
            }
            for (int j = i + 1; j <= Math.min(n, i + 6); j++) {
                if (pinyin.isSyllable(given.substring(i, j)) && best[i] + 1 < best[j]) {
                    best[j] = best[i] + 1;
                    from[j] = i;
                }
            }
        }
        if (n == 0 || best[n] == Integer.MAX_VALUE) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int j = n; j > 0; j = from[j]) {
            out.add(0, given.substring(from[j], j));
        }
        return out;
    }

    /** Lower-case ASCII words; an apostrophe or hyphen inside a word does not split it ("Yi'ou" → "yiou"). */
    static List<String> words(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String w : ascii.split("\\s+")) {
            String letters = w.replaceAll("[^a-z0-9]", "");
            if (!letters.isEmpty()) {
                out.add(letters);
            }
        }
        return out;
    }
}
