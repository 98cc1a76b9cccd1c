package org.w3id.cadregraph.report;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes GBK text that was decoded as Latin-1 somewhere on its way to us: "£º" becomes "：", "¼òÌåÖÐÎÄ"
 * becomes "简体中文". Only runs of Latin-1 letters that decode cleanly as GBK are replaced, so real
 * accented words ("café", "Müller") stay.
 */
final class MojibakeRepair {
    private static final Charset GBK = Charset.forName("GBK");
    // GB2312, the part of GBK news pages use, has lead and trail bytes in 0xA1-0xFE: as Latin-1, "¡".."þ".
    private static final Pattern HIGH_RUN = Pattern.compile("[\\u00A1-\\u00FE]{2,}");

    String repair(String text) {
        Matcher m = HIGH_RUN.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            String run = m.group();
            // An odd run is a pair sequence plus one stray byte (a truncated character): decode the pairs.
            String pairs = run.substring(0, run.length() & ~1);
            String fixed = decodeGbk(pairs);
            if (fixed != null && run.length() == 2 && isIdeograph(fixed.codePointAt(0))
                    && insideLatinWord(text, m.start(), m.end())) {
                fixed = null; // "Associação": accented letters, not a Chinese character glued into a word
            }
            out.append(text, last, m.start());
            out.append(fixed != null ? fixed + run.substring(pairs.length()) : run);
            last = m.end();
        }
        out.append(text, last, text.length());
        return out.toString();
    }

    /**
     * True when ASCII letters stand right before and after [start, end): where two accented letters sit inside
     * a word ("Associação" has "çã", which GBK reads as one ideograph), but Chinese mojibake seldom does.
     */
    private static boolean insideLatinWord(String text, int start, int end) {
        return start > 0 && end < text.length() && isAsciiLetter(text.charAt(start - 1)) && isAsciiLetter(text.charAt(end));
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isIdeograph(int cp) {
        return Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS;
    }

    /** The run decoded as GBK when it decodes to Chinese or full-width characters only; else null. */
    private static String decodeGbk(String run) {
        byte[] bytes = run.getBytes(StandardCharsets.ISO_8859_1);
        try {
            String s = GBK.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            // Every character must be a CJK ideograph or full-width/CJK punctuation: anything else means
            // the run was real Latin-1 text that happened to decode.
            return s.codePoints().allMatch(MojibakeRepair::isCjk) ? s : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isCjk(int cp) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
        return b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || b == Character.UnicodeBlock.GENERAL_PUNCTUATION
                || b == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS;
    }
}
