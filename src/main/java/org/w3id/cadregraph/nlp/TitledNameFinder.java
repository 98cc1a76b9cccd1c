package org.w3id.cadregraph.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds names that are not romanised Chinese ("Antony Blinken", "Carrie Lam", "Ana María Pérez") by the
 * company they keep in this genre: a title right before them ("Ambassador Jane Smith") or an appositive
 * title right after them ("Jane Smith, Minister of Education of Kenya,"). Capitalised words of bodies and
 * places ("Ministry", "Province", "China") are never part of such a name.
 */
public final class TitledNameFinder implements NameFinder {
    private static final Set<String> NOT_NAME_WORDS = Set.of("Ministry", "Department", "Province", "Provincial",
            "Municipal", "City", "County", "District", "Region", "Autonomous", "Committee", "Commission", "Bureau",
            "Office", "Government", "People's", "Party", "Congress", "Council", "University", "College", "School",
            "Institute", "Center", "Centre", "Association", "Group", "Company", "China", "Chinese", "National",
            "Central", "State", "Education", "The", "A", "An", "On", "In", "At", "Also", "And", "Of", "By", "With",
            "During", "After", "Before", "Meanwhile", "Representatives", "Leaders", "Comrade", "Comrades",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "Xi", "Mr", "Ms", "Mrs", "Dr", "He", "She", "It", "They", "We", "This", "That", "Conference", "Meeting",
            "Forum", "Symposium", "Ceremony", "Embassy", "Consulate", "Republic", "Kingdom", "Union", "Station");
    /** "his Chicago counterpart Richard Daley": a title by reference to another person's. */
    private static final Set<String> COUNTERPART = Set.of("counterpart", "equivalent");
    private static final Set<String> PARTICLES = Set.of("de", "da", "van", "von", "der", "bin", "binti", "al", "el", "la", "le", "di", "du");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{Ll}'’-]*\\p{Ll}(?:-\\p{Lu}\\p{Ll}+)?");

    /** Words that open a sentence before a comma and are no names ("Yesterday, Governor X …"). */
    private static final Pattern ADVERB = Pattern.compile("\\p{Lu}\\p{Ll}+ly|Meanwhile|Afterwards?|Subsequently|Besides|"
            + "Moreover|Then|Later|Next|First|Second|Third|Lastly|However|Therefore|Furthermore|Yesterday|Today|Tonight|"
            + "Recently|Earlier|Previously|Currently|Now|Here|There|Thus|Hence|Also|Still|Since|Similarly|Additionally");

    private final Predicate<String> isPlaceName;
    private final Pinyin pinyin;

    /**
     * @param isPlaceName true for a place name, which is never a person
     * @param pinyin      to tell a Chinese surname said alone ("Zhang, Secretary of …") from a one-word name
     */
    public TitledNameFinder(Predicate<String> isPlaceName, Pinyin pinyin) {
        this.isPlaceName = isPlaceName;
        this.pinyin = pinyin;
    }

    /** The initial of a Mongolian patronymic ("Ts.", "B."): a capital, or a capital and a small letter no title abbreviates. */
    private static final Pattern INITIAL = Pattern.compile("(?!Mr|Ms|Dr|St|Jr|No|Co|Mt)\\p{Lu}\\p{Ll}?\\.");

    @Override
    public List<Mention> names(String[] tokens) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            int end = nameEnd(tokens, i);
            // one-word names (Mongolian, Tibetan: "Bayar") only as an item of a list of officials: ", Bayar, member of …,"
            // or opening a sentence or a clause with its post set off after it: "Bagatur, Vice Chairman of …, made …",
            // "… and Sodnamjamts, Director of the … Bureau, gave …"
            boolean opensClause = i == 0 || tokens[i - 1].equals("and");
            // "led by Ts. Batjargal, Governor of …": the initial of a patronymic vouches for the name after it
            boolean afterInitial = afterInitial(tokens, i);
            boolean oneWordInList = end - i == 1 && (opensClause || afterInitial || tokens[i - 1].equals(","))
                    && tokens[i].length() >= 4 && !ADVERB.matcher(tokens[i]).matches()
                    && (!opensClause || closedAppositive(tokens, end + 1))
                    && !pinyin.isSurname(tokens[i]) && !pinyin.isSyllable(tokens[i])
                    && end + 1 < tokens.length && tokens[end].equals(",") && RoleWords.isRoleStart(tokens[end + 1]);
            if ((end - i >= 2 || oneWordInList) && titled(tokens, i, end)) {
                String name = String.join(" ", Arrays.copyOfRange(tokens, i, end));
                if (!isPlaceName.test(name)) {
                    out.add(new Mention(i, end, name, 0.7));
                    i = end;
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    /**
     * The post after a name that opens a clause is set off on both sides, and is a post, not a post and a name:
     * "Bagatur , Vice Chairman of the Autonomous Region , made" but not "Again , Secretary Sun Shaocheng spoke" or
     * "Together , Vice Chairman Wang Lixia and others attended" (an adverb before a titled person).
     */
    private boolean closedAppositive(String[] t, int roleStart) {
        for (int k = roleStart + 1; k < t.length && k - roleStart <= 15; k++) {
            if (t[k].equals(",")) {
                return true;
            }
            // role words in lower case too: "Bayar, deputy secretary of the Party Committee of the League, made …"
            boolean titleWord = t[k].matches("of|the|and|for|'s|’s|-") || RoleWords.isRoleStart(t[k]) || RoleWords.isHead(t[k])
                    || Character.isUpperCase(t[k].charAt(0)) && !pinyin.isSyllable(t[k]);
            if (!titleWord) {
                return false;
            }
        }
        return false;
    }

    /** "The mayor of Washington DC, Anthony Williams, said": a title phrase, a comma, then the name. */
    private static boolean titleThenComma(String[] t, int start) {
        if (start < 2 || !t[start - 1].equals(",")) {
            return false;
        }
        int k = start - 2;
        while (k > 0 && start - k < 10 && !RoleWords.isHead(t[k])
                && (Character.isUpperCase(t[k].charAt(0)) || t[k].equals("of") || t[k].equals("the"))) {
            k--;
        }
        return RoleWords.isHead(t[k]) && (k == 0 || t[k - 1].matches("(?i)\\W*(?:the|his|her|its|their|a|an)|[,;:(]"));
    }

    /** The end of a run of 2-4 capitalised name words starting at i (particles allowed inside, and not counted). */
    /**
     * "Gesang Quzhen ( Kelsang Chodron ) , chairwoman of …": where the name's other form in brackets ends, so that the
     * post after it is the name's; {@code end} when no such bracket follows.
     */
    public static int afterOtherForm(String[] t, int end) {
        if (end >= t.length || !t[end].equals("(")) {
            return end;
        }
        int close = end + 1;
        while (close < t.length && close - end <= 5 && isNameWord(t[close])) {
            close++;
        }
        return close > end + 1 && close < t.length && t[close].equals(")") ? close + 1 : end;
    }

    /** "Ts . Batjargal", "B. Altangerel": the initial of a patronymic right before the word at {@code i}. */
    private static boolean afterInitial(String[] t, int i) {
        return i >= 1 && INITIAL.matcher(t[i - 1]).matches()
                || i >= 2 && t[i - 1].equals(".") && INITIAL.matcher(t[i - 2] + ".").matches();
    }

    private static int nameEnd(String[] t, int i) {
        if (!isNameWord(t[i])) {
            return i;
        }
        int end = i + 1;
        int words = 1;
        // particles do not count: "Maria Helena de Senna Fernandes" is four name words
        while (end < t.length && words < 4 && (isNameWord(t[end])
                || (PARTICLES.contains(t[end]) && end + 1 < t.length && isNameWord(t[end + 1])))) {
            words += PARTICLES.contains(t[end]) ? 0 : 1;
            end++;
        }
        return end;
    }

    private static boolean isNameWord(String w) {
        return NAME_WORD.matcher(w).matches() && !NOT_NAME_WORDS.contains(w)
                && !RoleWords.isRoleStart(w);
    }

    /** A title before ("Ambassador Jane Smith") or an appositive title after ("Jane Smith, Minister of …"). */
    private static boolean titled(String[] t, int start, int end) {
        boolean before = start > 0 && (RoleWords.isHead(t[start - 1]) && Character.isUpperCase(t[start - 1].charAt(0))
                || COUNTERPART.contains(t[start - 1].toLowerCase(java.util.Locale.ROOT)) || titleThenComma(t, start)
                || roleToPlaceBefore(t, start));
        // "The old comrades A, B …": a name after the word that this genre puts before officials' names
        boolean boundaryBefore = start == 0 || t[start - 1].matches("[,;:(]|and|by|with|from|including|were|was|(?i)comrades?")
                || before || afterInitial(t, start);
        int k = afterOtherForm(t, end);
        boolean after = false;
        if (k < t.length && t[k].equals(",")) {
            k++;
            // ", also Minister of …", ", time as Chairman of …" (时任, "then serving as")
            while (k < t.length && (t[k].matches("(?i)a|an|the|also|then")
                    || t[k].equalsIgnoreCase("time") && k + 1 < t.length && t[k + 1].equals("as"))) {
                k += t[k].equalsIgnoreCase("time") ? 2 : 1;
            }
            // ", UN under-secretary-general", ", French Minister Delegate for …": a country or a body's short name
            // before the role
            int ownerWords = 0;
            while (ownerWords < 2 && k + 1 < t.length && t[k].matches("\\p{Lu}[\\p{L}]*") && !RoleWords.isRoleStart(t[k])
                    && !NOT_NAME_WORDS.contains(t[k])) {
                k++;
                ownerWords++;
            }
            after = k < t.length && RoleWords.isRoleStart(hyphenated(t, k));
        }
        return boundaryBefore && (before || after);
    }

    /** The word at {@code k} with the hyphenated parts the tokenizer cut off: "under", "-secretary", "-", "general". */
    private static String hyphenated(String[] t, int k) {
        StringBuilder w = new StringBuilder(t[k]);
        int j = k + 1;
        while (j < t.length && j - k <= 4 && (t[j].startsWith("-") || w.charAt(w.length() - 1) == '-')) {
            w.append(t[j]);
            j++;
        }
        return w.toString();
    }

    /** "Lao Ambassador to China Khamphao Ernthavanh", "Commissioner for Trade X": a role, to or for, one or two place words. */
    private static boolean roleToPlaceBefore(String[] t, int start) {
        for (int places = 1; places <= 2; places++) {
            int connector = start - places - 1;
            if (connector < 1 || !t[connector].matches("to|for") || !RoleWords.isHead(t[connector - 1])) {
                continue;
            }
            boolean placeWords = true;
            for (int k = connector + 1; k < start; k++) {
                placeWords &= t[k].matches("\\p{Lu}\\p{Ll}+");
            }
            if (placeWords) {
                return true;
            }
        }
        return false;
    }
}
