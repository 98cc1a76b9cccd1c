package org.w3id.cadregraph.nlp;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The words of official titles in this genre: the heads that name a post ("Secretary", "Deputy Mayor") and
 * the words that open or modify one ("Deputy", "Standing", "First-level"). Shared by name finding, which
 * uses them as context, and title parsing.
 */
public final class RoleWords {
    /** Words that end a role: the post itself. */
    public static final Set<String> HEADS = Set.of("secretary", "secretary-general", "minister", "director", "director-general",
            "chairman", "chairwoman", "chairperson", "president", "governor", "mayor", "member", "members", "inspector",
            "chief", "head", "leader", "principal", "dean", "commissioner", "premier", "vice-premier", "convener",
            "manager", "counsel", "officer", "deputy", "spokesperson", "chairmen", "secretaries", "directors",
            "commissar", "auditor", "procurator", "judge", "consul", "ambassador", "reporter",
            "correspondent", "editor", "photographer", "vice-chairman", "vice-president", "vice-governor", "vice-mayor",
            "vice-minister", "general", "councilor", "councillor", "envoy", "attache", "counsellor", "counselor", "charge", "magistrate", "engineer", "mayors", "governors", "academician", "academicians", "presidents", "vice-presidents",
            "ministers", "inspectors", "magistrates", "deans", "principals", "commissioners",
            "vice-chairmen", "vice-mayors", "vice-governors", "vice-ministers", "councilors", "councillors",
            "secretaries-general", "directors-general", "chairpersons", "vice-chairpersons", "chairwomen",
            "vice-chairwomen", "heads", "chiefs", "commander", "commanders", "managers", "engineers", "premiers", "vice-premiers", "commissars",
            "procurators", "judges", "ambassadors", "consuls", "procurator-general", "procurators-general",
            "commander-in-chief", "commanders-in-chief");
    /** The plural heads and their singulars: "Vice Presidents A and B" gives each "Vice President". */
    private static final Map<String, String> SINGULARS = Map.ofEntries(
            Map.entry("chairmen", "chairman"), Map.entry("vice-chairmen", "vice-chairman"),
            Map.entry("secretaries", "secretary"), Map.entry("members", "member"),
            Map.entry("directors", "director"), Map.entry("mayors", "mayor"),
            Map.entry("governors", "governor"), Map.entry("presidents", "president"),
            Map.entry("vice-presidents", "vice-president"), Map.entry("ministers", "minister"),
            Map.entry("inspectors", "inspector"), Map.entry("magistrates", "magistrate"),
            Map.entry("deans", "dean"), Map.entry("principals", "principal"),
            Map.entry("commissioners", "commissioner"),
            Map.entry("academicians", "academician"),
            Map.entry("vice-mayors", "vice-mayor"), Map.entry("vice-governors", "vice-governor"),
            Map.entry("vice-ministers", "vice-minister"), Map.entry("councilors", "councilor"),
            Map.entry("councillors", "councillor"), Map.entry("secretaries-general", "secretary-general"),
            Map.entry("directors-general", "director-general"), Map.entry("deputies", "deputy"),
            Map.entry("chairpersons", "chairperson"), Map.entry("vice-chairpersons", "vice-chairperson"),
            Map.entry("chairwomen", "chairwoman"), Map.entry("vice-chairwomen", "vice-chairwoman"),
            Map.entry("heads", "head"), Map.entry("chiefs", "chief"), Map.entry("commanders", "commander"),
            Map.entry("managers", "manager"), Map.entry("engineers", "engineer"), Map.entry("premiers", "premier"),
            Map.entry("vice-premiers", "vice-premier"), Map.entry("commissars", "commissar"),
            Map.entry("procurators", "procurator"), Map.entry("judges", "judge"), Map.entry("ambassadors", "ambassador"),
            Map.entry("consuls", "consul"), Map.entry("procurators-general", "procurator-general"),
            Map.entry("commanders-in-chief", "commander-in-chief"));
    /** The plural heads as a regular-expression alternation. */
    public static final String PLURAL_HEADS = String.join("|", new TreeSet<>(SINGULARS.keySet()).descendingSet());
    /**
     * Heads that name an office only with its court or country ("judge of the Intermediate People's Court", "Chinese
     * Ambassador to Laos"): alone, or with a common noun before them, they name a part in an event, a contest's
     * "judges" or a city's "tourism ambassadors".
     */
    private static final Set<String> OFFICES_ONLY_WITH_THEIR_BODY = Set.of("judge", "ambassador");

    /**
     * False for a role whose head needs its body to be an office and has none: no "of" or "to" and no proper word
     * ("tourism ambassador", "judge"); true for every other role.
     */
    public static boolean namesAnOffice(String role) {
        String[] words = role.strip().split("\\s+");
        String head = words[words.length - 1].toLowerCase(Locale.ROOT);
        return !OFFICES_ONLY_WITH_THEIR_BODY.contains(head) || role.matches("(?s).*\\b(?:of|to)\\b.*")
                || role.chars().anyMatch(Character::isUpperCase);
    }

    /** Words that may open or modify a role. */
    public static final Set<String> MODIFIERS = Set.of("deputy", "vice", "executive", "first-level", "second-level",
            "first", "second", "standing", "party", "committee", "section", "division", "general", "permanent",
            "assistant", "associate", "honorary", "acting", "former", "propaganda", "full-time", "senior", "chief",
            "level", "department", "provincial", "municipal", "county", "district", "prime", "foreign", "cabinet", "state", "team", "group", "person", "town", "township", "village");

    private RoleWords() {}

    /** The singular of a plural head in the case it was written ("Secretaries" → "Secretary"); other words as they are. */
    public static String singular(String word) {
        String one = SINGULARS.get(word.toLowerCase(Locale.ROOT));
        if (one == null) {
            return word;
        }
        // each part keeps its case: "Vice-Presidents" → "Vice-President"
        String[] written = word.split("-", -1);
        String[] parts = one.split("-", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            boolean upper = i < written.length && !written[i].isEmpty() && Character.isUpperCase(written[i].charAt(0));
            out.append(i > 0 ? "-" : "").append(upper ? Character.toUpperCase(parts[i].charAt(0)) + parts[i].substring(1) : parts[i]);
        }
        return out.toString();
    }

    /** True when the word can open a role ("Deputy", "member", "Secretary-General"). */
    public static boolean isRoleStart(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return HEADS.contains(w) || MODIFIERS.contains(w) || w.startsWith("vice-") || w.endsWith("-level") || isHead(w);
    }

    /** True when the word names a post ("Secretary", "Vice-Premier"). */
    public static boolean isHead(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[,.;:]$", "");
        // "Vice-Premier", "Under-Secretary-General"
        return HEADS.contains(w) || (w.startsWith("vice-") && HEADS.contains(w.substring(5)))
                || (w.startsWith("under-") && HEADS.contains(w.substring(6)));
    }
}
