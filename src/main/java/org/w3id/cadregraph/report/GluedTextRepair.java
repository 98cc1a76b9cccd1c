package org.w3id.cadregraph.report;

import java.util.regex.Pattern;

/**
 * Puts back the spaces that scraping and machine translation drop, so that sentences and names can be
 * found: "the candidates.Cao Huiquan, party secretary" (a sentence glued to the next), "Provincial People's
 * CongressLiu GuozhongAnnouncing the opening" (words glued at a line break of the original page),
 * "the 19thNational Congress", "meeting;11 members", and a syllable apostrophe set apart ("Wang Wei ‘an").
 *
 * <pre>
 *   String text = new GluedTextRepair().repair(line);
 * </pre>
 *
 * Only joins that real English does not write are split: "WeChat", "McDonald" and "iPhone" stay, because one part
 * has fewer than three letters or is not capitalised.
 */
final class GluedTextRepair {
    /** "candidates.Cao Huiquan": a full stop after a lower-case word, glued to a capitalised word. */
    private static final Pattern GLUED_SENTENCE = Pattern.compile("(?<=\\p{Ll}{2}[.!?;])(?=\\p{Lu}\\p{Ll})");
    /** "meeting;11 members", "people;Number": a semicolon glued to what follows. */
    private static final Pattern GLUED_SEMICOLON = Pattern.compile("(?<=\\p{L};)(?=[\\p{L}\\d])");
    /** "CongressLiu", "GuozhongAnnouncing": a capitalised word of three letters or more glued to another word. */
    private static final Pattern GLUED_WORDS = Pattern.compile("\\b(\\p{Lu}\\p{Ll}{2,})(?=\\p{Lu}\\p{Ll}+\\b)");
    /** "the 19thNational Congress": an ordinal glued to a word. */
    private static final Pattern GLUED_ORDINAL = Pattern.compile("(?<=\\b\\d{1,4}(?:st|nd|rd|th))(?=\\p{Lu}\\p{Ll})");
    /** "Tongzhou District2015-04-02": a date glued to the word before it. */
    private static final Pattern GLUED_DATE = Pattern.compile("(?<=\\p{L})(?=(?:19|20)\\d{2}[-./]\\d{1,2}[-./]\\d{1,2}\\b)");
    /** "Wang Wei ‘an", "Xi ’an": the apostrophe between pinyin syllables set apart from them. */
    private static final Pattern SPLIT_SYLLABLE = Pattern.compile("(?<=\\b\\p{Lu}\\p{Ll}{1,5})(?: ['‘’`] ?|['‘’`] )"
            + "(?=(?:ai|an|ang|ao|e|ei|en|eng|er|ou)\\b)");

    String repair(String line) {
        String out = GLUED_SENTENCE.matcher(line).replaceAll(" ");
        out = GLUED_SEMICOLON.matcher(out).replaceAll(" ");
        out = GLUED_WORDS.matcher(out).replaceAll("$1 ");
        out = GLUED_ORDINAL.matcher(out).replaceAll(" ");
        out = GLUED_DATE.matcher(out).replaceAll(" ");
        return SPLIT_SYLLABLE.matcher(out).replaceAll("'");
    }
}
