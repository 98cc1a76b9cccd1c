package org.w3id.cadregraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds the names of Hong Kong and Macao officials, which are written in Cantonese romanisation, not pinyin: "Kou Hoi
 * In", "Chui Sai Cheong", "Ho Iat Seng", "Leung Chun-ying". A name is a Cantonese surname and a two-syllable given
 * name, each syllable Cantonese ("Hoi" "In", or hyphenated "Chun-ying"), at least one word of it no pinyin (pinyin
 * names are {@link PinyinNameFinder}'s), and no capitalised word right after it ("Wong Tai Sin Temple" is a place).
 *
 * <pre>
 *   List&lt;Mention&gt; names = CantoneseNameFinder.loadDefault(pinyin, placeNames::contains).names(tokens);
 * </pre>
 */
public final class CantoneseNameFinder implements NameFinder {
    private static final Pattern CAPITALISED = Pattern.compile("[A-Z][a-z]+");
    private static final Pattern HYPHENATED = Pattern.compile("([A-Z][a-z]+)-([a-z]+)");

    private final Set<String> surnames;
    private final Set<String> syllables;
    private final Pinyin pinyin;
    private final Predicate<String> isPlaceName;

    public CantoneseNameFinder(Set<String> surnames, Set<String> syllables, Pinyin pinyin, Predicate<String> isPlaceName) {
        this.surnames = Set.copyOf(surnames);
        this.syllables = Set.copyOf(syllables);
        this.pinyin = pinyin;
        this.isPlaceName = isPlaceName;
    }

    public static CantoneseNameFinder loadDefault(Pinyin pinyin, Predicate<String> isPlaceName) {
        return new CantoneseNameFinder(Pinyin.readList("cantonese-surnames.txt"), Pinyin.readList("cantonese-syllables.txt"), pinyin,
                isPlaceName);
    }

    @Override
    public List<Mention> names(String[] tokens) {
        return NameFinder.scan(tokens, this::nameAt);
    }

    private Mention nameAt(String[] t, int i) {
        if (!CAPITALISED.matcher(t[i]).matches() || !surnames.contains(lower(t[i]))) {
            return null;
        }
        // a double surname ("Au Ieong Chi Kin", "Szeto Wah Ming" written "Sze To …"): two surnames before the given name
        boolean doubled = i + 1 < t.length && CAPITALISED.matcher(t[i + 1]).matches() && surnames.contains(lower(t[i + 1]));
        List<String> given = new ArrayList<>();
        int end = doubled ? givenName(t, i + 2, given) : -1;
        if (end < 0 || end < t.length && CAPITALISED.matcher(t[end]).matches()) {
            doubled = false;
            given.clear();
            end = givenName(t, i + 1, given);
        }
        if (end < 0 || end < t.length && CAPITALISED.matcher(t[end]).matches()) {
            return null;
        }
        List<String> words = new ArrayList<>(doubled ? List.of(t[i], t[i + 1]) : List.of(t[i]));
        words.addAll(given);
        if (words.stream().allMatch(w -> pinyin.isSyllable(w) || pinyin.isSurname(w))) {
            return null; // "Li Ping An": pinyin, or not a name
        }
        String name = String.join(" ", words.subList(0, doubled ? 2 : 1)) + " " + String.join(" ", given.size() == 2 && given.get(1).equals(lower(given.get(1)))
                ? List.of(given.get(0) + "-" + given.get(1)) : given);
        return isPlaceName.test(name) ? null : new Mention(i, end, name, 0.7);
    }

    /**
     * The given name from {@code k}: two capitalised syllables ("Hoi In"), or one hyphenated word however the tokenizer
     * cut it ("Chun-ying", "Chun - ying", "Chun- ying"). Its syllables go to {@code given} (a lower-case second one after a hyphen);
     * -1 when there is none.
     */
    private int givenName(String[] t, int k, List<String> given) {
        if (k < t.length) {
            var h = HYPHENATED.matcher(t[k]);
            if (h.matches() && isSyllable(h.group(1)) && isSyllable(h.group(2))) {
                given.addAll(List.of(h.group(1), h.group(2)));
                return k + 1;
            }
        }
        if (k + 2 < t.length && CAPITALISED.matcher(t[k]).matches() && isSyllable(t[k]) && t[k + 1].equals("-")
                && t[k + 2].matches("[a-z]+") && isSyllable(t[k + 2])) {
            given.addAll(List.of(t[k], t[k + 2]));
            return k + 3;
        }
        if (k + 1 < t.length && t[k].matches("[A-Z][a-z]+-") && t[k + 1].matches("[a-z]+")
                && isSyllable(t[k].substring(0, t[k].length() - 1)) && isSyllable(t[k + 1])) {
            given.addAll(List.of(t[k].substring(0, t[k].length() - 1), t[k + 1])); // "Kwok- ki"
            return k + 2;
        }
        if (k + 1 < t.length && CAPITALISED.matcher(t[k]).matches() && CAPITALISED.matcher(t[k + 1]).matches()
                && isSyllable(t[k]) && isSyllable(t[k + 1])) {
            given.addAll(List.of(t[k], t[k + 1]));
            return k + 2;
        }
        return -1;
    }

    private boolean isSyllable(String w) {
        return syllables.contains(lower(w));
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
