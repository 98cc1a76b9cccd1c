package org.w3id.cadregraph.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds the names that the other finders miss inside a list of names: "Ma Xingrui, Erkin Tuniyaz, Zumrat Obul, Li
 * Pengxin and Shohrat Zakir", "Losang Jamcan, Jigme Namgyal and Padma Choling also attended", "together with
 * Bagatur and Li Bingjun". Uyghur, Tibetan, Mongolian and foreign names are not pinyin, but in a list they stand
 * where names stand. An item is one to three capitalised words (hyphens inside allowed, "Tohti-Mamut"); a list is
 * anchored either by names already found in it or, when it has none, by a verb of attendance right after it.
 *
 * <pre>
 *   List&lt;Mention&gt; more = new ListNameFinder(placeNames::contains).names(tokens, foundSoFar);
 * </pre>
 */
public final class ListNameFinder implements NameFinder {
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)*");
    /** A Chinese name left in Chinese characters by the translation ("闫路平"). */
    private static final Pattern HAN_NAME = Pattern.compile("\\p{IsHan}{2,4}");
    /** What may end a list of names: punctuation, or a word in lower case (a verb: "attended", "were"). */
    private static final Pattern LIST_END = Pattern.compile("[.;:()\"“”]|\\p{Ll}.*");
    /** What a list of names follows: a separator, or a word in lower case ("were", "with") other than "of"/"the". */
    private static final Pattern LIST_START = Pattern.compile("[,;:(]|(?!of$|the$|and$)\\p{Ll}+");
    /** Words that open a sentence before a comma and are no names ("Finally, A and B signed"). */
    private static final Pattern ADVERB = Pattern.compile("\\p{Lu}\\p{Ll}+ly|Meanwhile|Afterwards?|Subsequently|Besides|"
            + "Moreover|Then|Later|Next|First|Second|Third|Lastly|However|Therefore|Furthermore|Yesterday|Today|Recently");
    /** A list without any known name still names people when attendance follows it. */
    private static final Pattern ATTENDANCE_AFTER = Pattern.compile("(?i)attended|attend|were|was|sat|also|took|"
            + "participated|presided|accompanied|and");
    private static final Set<String> NOT_NAME_WORDS = Set.of("The", "A", "An", "And", "Of", "In", "At", "On", "By", "With",
            "Ministry", "Department", "Province", "Provincial", "Municipal", "City", "County", "District", "Region",
            "Autonomous", "Committee", "Commission", "Bureau", "Office", "Government", "People's", "People’s", "Party",
            "Congress", "Council", "University", "College", "School", "Institute", "Center", "Centre", "Association",
            "Group", "Company", "China", "Chinese", "National", "Central", "State", "Education", "Comrade", "Comrades",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "Mr", "Ms", "Mrs", "Dr", "He", "She", "It", "They", "We", "This", "That", "Also", "Leaders", "Members",
            "Representatives", "CPC", "CPPCC", "NPC", "Standing", "Street", "Town", "Township", "Village", "Zone", "Area",
            "Hospital", "Bank", "Corporation", "Co", "Ltd", "Federation", "League", "Academy", "Foundation",
            "Radio", "Television", "TV", "Station", "News", "Agency", "Daily", "Newspaper", "Network", "Media", "Press",
            "Times", "Post", "Online", "Net", "Web");

    private final Predicate<String> isPlaceName;

    /** @param isPlaceName true for a place name ("Hohhot", "Lhasa"), which is never a person */
    public ListNameFinder(Predicate<String> isPlaceName) {
        this.isPlaceName = isPlaceName;
    }

    /** Without names found before, only lists followed by a verb of attendance. */
    @Override
    public List<Mention> names(String[] tokens) {
        return names(tokens, List.of());
    }

    /** The names that complete the lists of {@code tokens}, given the names {@code found} there already. */
    @Override
    public List<Mention> names(String[] tokens, List<Mention> found) {
        List<Mention> known = new ArrayList<>(found);
        known.sort(Comparator.comparingInt(Mention::startToken));
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            List<int[]> items = listAt(tokens, i, known);
            if (items.size() >= 2) {
                long anchors = items.stream().filter(it -> knownAt(known, it[0]) != null).count();
                int end = items.get(items.size() - 1)[1];
                boolean attendanceAfter = end < tokens.length && ATTENDANCE_AFTER.matcher(tokens[end]).matches();
                if (anchors >= 1 || (items.size() >= 3 && attendanceAfter)) {
                    for (int[] it : items) {
                        // without a known name to vouch for the list, a one-word item is too easily something else
                        if (knownAt(known, it[0]) == null && isName(tokens, it[0], it[1]) && (anchors >= 1 || it[1] - it[0] > 1)) {
                            out.add(new Mention(it[0], it[1], spelled(tokens, it[0], it[1]),
                                    anchors >= 1 ? 0.65 : 0.55));
                        }
                    }
                }
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * The items of a list of names starting at {@code start}: known names or runs of one to three capitalised words,
     * separated by commas and "and", ending where something else follows. Fewer than two items: no list.
     */
    private List<int[]> listAt(String[] t, int start, List<Mention> known) {
        List<int[]> items = new ArrayList<>();
        if (start > 0 && !LIST_START.matcher(t[start - 1]).matches()) {
            return items; // "the District Political Consultative Conference, and …": inside a name, not a list
        }
        int i = start;
        while (i < t.length) {
            int end = itemEnd(t, i, known);
            if (end == i) {
                break;
            }
            items.add(new int[] {i, end});
            i = end;
            if (i < t.length && t[i].equals(",")) {
                i++;
                if (i < t.length && t[i].equals("and")) {
                    i++;
                }
            } else if (i < t.length && t[i].equals("and")) {
                i++;
            } else {
                break;
            }
        }
        // the list must end cleanly: a capitalised word right after the last item means it was something else
        if (!items.isEmpty()) {
            int end = items.get(items.size() - 1)[1];
            if (end < t.length && !LIST_END.matcher(t[end]).matches() && !t[end].equals(",")) {
                return List.of();
            }
        }
        return items;
    }

    private static int itemEnd(String[] t, int i, List<Mention> known) {
        Mention m = knownAt(known, i);
        if (m != null) {
            return m.endToken();
        }
        if (HAN_NAME.matcher(t[i]).matches()) {
            return i + 1;
        }
        int end = i;
        int words = 0;
        while (end < t.length && words < 3 && knownAt(known, end) == null) {
            int next = wordEnd(t, end);
            if (next == end) {
                break;
            }
            end = next;
            words++;
        }
        return end;
    }

    /**
     * The end of one name word at {@code k}, a hyphenated one included however the tokenizer cut it ("Ao - Tegen",
     * "Niyaz- Ahmat", "Tumen -Ulzii", "Yusupjan-Memet"); {@code k} when no name word starts there.
     */
    private static int wordEnd(String[] t, int k) {
        if (!isNameWord(t[k])) {
            return k;
        }
        if (k + 2 < t.length && t[k + 1].equals("-") && isNameWord(t[k + 2]) && !t[k + 2].endsWith("-")) {
            return k + 3;
        }
        if (k + 1 < t.length && t[k + 1].startsWith("-") && isNameWord(t[k + 1].substring(1))) {
            return k + 2; // "Tumen -Ulzii"
        }
        if (t[k].endsWith("-")) {
            // "Niyaz-" is half a word: only with its other half
            return k + 1 < t.length && isNameWord(t[k + 1]) && !t[k + 1].endsWith("-") ? k + 2 : k;
        }
        return k + 1;
    }

    private static boolean isNameWord(String w) {
        String word = w.endsWith("-") && w.length() > 2 ? w.substring(0, w.length() - 1) : w;
        return NAME_WORD.matcher(word).matches() && !NOT_NAME_WORDS.contains(word) && !RoleWords.isRoleStart(word)
                && (!w.endsWith("-") || w.length() > 2);
    }

    /** The name an item's tokens spell, a hyphen closed up again: "Ao - Tegen" → "Ao-Tegen". */
    private static String spelled(String[] t, int start, int end) {
        return String.join(" ", java.util.Arrays.copyOfRange(t, start, end)).replaceAll("\\s*-\\s+|\\s+-\\s*", "-");
    }

    private static Mention knownAt(List<Mention> known, int token) {
        for (Mention m : known) {
            if (m.startToken() == token) {
                return m;
            }
        }
        return null;
    }

    /** A one-word item must look like a name of its own (four letters or more), and a place is never a person. */
    private boolean isName(String[] t, int start, int end) {
        String name = spelled(t, start, end);
        for (int i = start; i < end; i++) {
            if (isPlaceName.test(t[i])) {
                return false; // "Jiangxi Radio": a body of a place
            }
        }
        return (end - start > 1 || t[start].length() >= 4 && !ADVERB.matcher(t[start]).matches()
                || HAN_NAME.matcher(t[start]).matches()) && !isPlaceName.test(name);
    }
}
