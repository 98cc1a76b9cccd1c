package org.w3id.cadregraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds romanised Chinese person names, surname first, in the spellings real pages have:
 * "Huai Jinpeng", "ZHENG Limin", "WengTiehui", "Xing Kong Zheng", "Feng Li jian", "Hu nianfang".
 * A name is a known surname followed by a given name that is valid pinyin of one or two syllables.
 * It plugs into OpenNLP as a {@link TokenNameFinder} of type {@code person}.
 *
 * <pre>
 *   PinyinNameFinder finder = new PinyinNameFinder(Pinyin.loadDefault(), placeNames::contains);
 *   Span[] persons = finder.find(tokens);
 * </pre>
 */
public final class PinyinNameFinder implements NameFinder {
    private static final Pattern CAPITALISED = Pattern.compile("[A-Z][a-z]+(?:['’][a-z]+)?");
    private static final Pattern UPPER = Pattern.compile("[A-Z]{2,}");
    private static final Pattern LOWER = Pattern.compile("[a-z]+(?:['’][a-z]+)?");

    /** English words that are also pinyin: as a lower-case "given name" they are far likelier English. */
    private static final Set<String> ENGLISH_PINYIN = Set.of("china", "change", "hang", "long", "bang", "man", "men",
            "pan", "tan", "fan", "can", "ban", "gang", "sang", "den", "ran", "pin", "ping", "tang", "shanghai",
            "hen", "she", "he", "an", "a", "in", "on", "bin", "zen", "sun", "yang", "wan", "nan", "gun", "fun",
            // verbs and nouns of English that spell as pinyin: "General Secretary Xi made important instructions"
            "made", "die", "died", "tie", "lie", "pie", "here", "mine", "line", "nine", "pine", "dine", "bone", "lone",
            "dune", "tune", "rune", "rude", "nude", "fade", "wade", "sane", "pane", "lane", "mane", "gene", "pole",
            "mole", "dole", "hue", "due", "sue", "anger", "hunger", "range", "tango", "mango", "bingo",
            "lingo", "hanged", "banned", "panned", "tanned", "manned", "dinner", "banner", "manner", "tanner", "pen",
            "ten", "rang", "pang", "tong", "dong", "song", "ding",
            "ling", "lang", "zone", "wen", "guns", "dense", "tense", "sense", "hence", "fence", "lance", "dance");

    /** Words that, right after a pinyin pair, show it names a body or place rather than a person. */
    private static final Set<String> ORGANIZATION_WORDS = Set.of("Secondary", "Vocational", "School", "College", "University",
            "Kindergarten", "Middle", "Primary", "High", "Hospital", "Company", "Group", "Center", "Centre", "Institute",
            "Street", "Road", "Town", "Township", "Village", "County", "District", "City", "Province", "Campus", "Park",
            "Bureau", "Department", "Committee", "Museum", "Library", "Hotel", "Square", "Lake", "River", "Mountain",
            "Experimental", "Normal", "Polytechnic", "Technical", "Academy", "Foundation", "Association", "Co.", "Ltd");

    private final Pinyin pinyin;
    private final Predicate<String> isPlaceName;

    /**
     * @param pinyin      syllables and surnames
     * @param isPlaceName true for a place name ("Liuzhou", "Hua Nan"), which is never a person
     */
    public PinyinNameFinder(Pinyin pinyin, Predicate<String> isPlaceName) {
        this.pinyin = pinyin;
        this.isPlaceName = isPlaceName;
    }

    /** The names in a token sequence, with their canonical spelling. */
    @Override
    public List<Mention> names(String[] tokens) {
        return NameFinder.scan(tokens, this::nameAt);
    }

    private Mention nameAt(String[] tokens, int i) {
        String t = tokens[i];
        var runTogether = pinyin.splitRunTogether(t);
        if (runTogether.isPresent()) {
            String[] parts = runTogether.get();
            String name = Pinyin.canonical(parts[0], List.of(parts[1]));
            return isPlace(name, t) ? null : new Mention(i, i + 1, name, 0.75);
        }
        Casing surnameCase = casing(t);
        if (surnameCase == Casing.OTHER || !pinyin.isSurname(t) || i + 1 >= tokens.length) {
            return null;
        }
        String g1 = tokens[i + 1];
        // "Party Secretary Zheng E,": a one-letter given name, where a list or a clause goes on after it
        boolean oneLetter = g1.matches("[EO]") && (i + 2 == tokens.length || tokens[i + 2].matches("[,.;:)]|and"));
        Casing givenCase = oneLetter ? Casing.CAPITALISED : casing(g1);
        int n1 = pinyin.syllableCount(g1);
        if (n1 < 1 || n1 > 2 || givenCase == Casing.OTHER) {
            return null;
        }
        List<String> given = new ArrayList<>(List.of(g1));
        int end = i + 2;
        double p = n1 == 2 ? 0.9 : 0.8;
        if (n1 == 1 && end < tokens.length && pinyin.syllableCount(tokens[end]) == 1 && casing(tokens[end]) != Casing.OTHER
                && !startsAnotherName(tokens, end) && !isEnglishWord(tokens[end])) {
            // "Xing Kong Zheng", "Feng Li jian": a two-syllable given name written as two words
            given.add(tokens[end]);
            end++;
            p = 0.7;
        }
        if (surnameCase == Casing.LOWER || givenCase == Casing.LOWER) {
            // Lower case is where English words hide: demand a two-syllable given name that is not an English
            // word, and a list boundary after it.
            String lastGiven = given.get(given.size() - 1);
            boolean twoSyllables = given.size() == 2 || n1 == 2;
            // a list boundary, or an English word ("liang guoqiang attended")
            boolean boundaryAfter = end >= tokens.length || tokens[end].matches("[,.;:)]|and")
                    || (tokens[end].matches("[a-z]+") && pinyin.syllableCount(tokens[end]) == 0);
            if (!twoSyllables || !boundaryAfter || isEnglishWord(lastGiven) || given.stream().anyMatch(this::isEnglishWord)) {
                return null;
            }
            // "…, zhang heping, …" in a list, or "deputy mayor zhang heping" after a title
            if (surnameCase == Casing.LOWER && !(i == 0 || tokens[i - 1].matches("[,;:(]|and") || RoleWords.isHead(tokens[i - 1]))) {
                return null;
            }
            // "the Lao side", "Hong Kong are": a capitalised word that an article or another capitalised word opens is
            // part of a longer proper noun or a nationality, and the lower-case word after it English
            if (i > 0 && (tokens[i - 1].matches("(?i)the|a|an|this|that|its|their")
                    || casing(tokens[i - 1]) == Casing.CAPITALISED && !RoleWords.isRoleStart(tokens[i - 1]))) {
                return null;
            }
            p = 0.6;
        }
        if (end < tokens.length && ORGANIZATION_WORDS.contains(tokens[end])) {
            return null; // "Ping Nan Secondary Vocational School": the name of a body
        }
        String name = Pinyin.canonical(t, given);
        String written = t + " " + String.join(" ", given);
        if (isPlace(name, written)) {
            return null;
        }
        return new Mention(i, end, name, p);
    }

    /** A place in any of its spellings: as written ("LiuZhou"), canonical ("Liu Zhou") or as one word ("Liuzhou"). */
    private boolean isPlace(String canonicalName, String written) {
        String oneWord = Pinyin.capitalise(canonicalName.replace(" ", ""));
        return isPlaceName.test(canonicalName) || isPlaceName.test(written)
                || isPlaceName.test(canonicalName.replace(" ", "")) || isPlaceName.test(oneWord);
    }

    /** A surname followed by a capitalised pinyin word: the start of the next name in a run-on list. */
    private boolean startsAnotherName(String[] tokens, int i) {
        return pinyin.isSurname(tokens[i]) && casing(tokens[i]) == Casing.CAPITALISED && i + 1 < tokens.length
                && casing(tokens[i + 1]) == Casing.CAPITALISED && pinyin.syllableCount(tokens[i + 1]) >= 1;
    }

    private boolean isEnglishWord(String w) {
        return ENGLISH_PINYIN.contains(w.toLowerCase(Locale.ROOT));
    }

    private enum Casing { CAPITALISED, UPPER, LOWER, OTHER }

    private static Casing casing(String w) {
        // a syllable apostrophe may stand inside a given name: "Wei'an", "Yi'ou"
        if (CAPITALISED.matcher(w).matches()) {
            return Casing.CAPITALISED;
        }
        if (UPPER.matcher(w).matches()) {
            return Casing.UPPER;
        }
        if (LOWER.matcher(w).matches()) {
            return Casing.LOWER;
        }
        return Casing.OTHER;
    }
}
