package org.w3id.cadregraph.link;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Name comparison for linking: keys that ignore case, accents, spacing and punctuation, and distinctive words. */
final class NameLib {
    private NameLib() {}

    /**
     * Words too common in Chinese titles and body names to tell two posts apart: roles, kinds of body,
     * levels, and the country itself (every candidate is Chinese already).
     */
    private static final Set<String> GENERIC = Set.of(
            "the", "and", "for", "of", "in", "at", "on",
            "people", "peoples", "republic", "china", "chinese", "prc", "national", "central", "state",
            "provincial", "province", "municipal", "municipality", "city", "county", "district", "autonomous",
            "region", "regional", "prefecture", "prefectural", "zhuang", "hui", "uygur", "uyghur", "tibetan",
            "committee", "party", "communist", "cpc", "ccp", "government", "council", "congress", "standing",
            "member", "members", "secretary", "deputy", "vice", "director", "general", "chairman", "chairwoman",
            "chair", "president", "head", "leader", "minister", "ministry", "department", "bureau", "office",
            "commission", "administration", "governor", "mayor", "executive", "first", "political",
            "consultative", "conference", "affairs", "work", "leading", "group", "former", "acting", "senior",
            "official", "level", "division", "section", "chief");

    /** Lower case, accents removed, "the" dropped in front, runs of space made one. */
    static String key(String name) {
        return fold(name).replace('’', '\'').replaceAll("^the\\s+", "").replaceAll("\\s+", " ").trim();
    }

    /** Letters and digits only, lower case: "Huai Jin-peng" and "HuaiJinpeng" are one compact key. */
    static String compact(String name) {
        return fold(name).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** The words of a personal name in reverse order, compacted: "Huai Jinpeng" → "jinpenghuai". */
    static String reversed(String name) {
        List<String> words = Arrays.asList(fold(name).split("[^\\p{L}\\p{N}]+"));
        StringBuilder sb = new StringBuilder();
        for (int i = words.size() - 1; i >= 0; i--) {
            sb.append(words.get(i));
        }
        return sb.toString();
    }

    /** A place name without its kind: "Wujiang District" → "Wujiang". */
    static String bareRegionName(String name) {
        return name.replaceAll("(?i)\\s+(Autonomous County|Autonomous Prefecture|Autonomous Region|District|County|"
                + "City|Prefecture|Province|Municipality|Banner|League|New Area|Town|Township|Subdistrict)$", "").trim();
    }

    /** The words of a text that can tell posts apart: three letters or more, not {@link #GENERIC}. */
    static Set<String> distinctiveWords(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : fold(text).replace("'s", "").split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3 && !GENERIC.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
