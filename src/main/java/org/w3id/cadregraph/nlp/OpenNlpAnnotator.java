package org.w3id.cadregraph.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.w3id.cadregraph.report.Report;

/**
 * OpenNLP sentence detection, tokenisation and POS tagging, plus person names from {@link NameFinder}s (the first
 * finder that claims a token wins).
 * Each line of the cleaned text is a paragraph: sentences never cross lines, because page lines
 * (headlines, captions) are not sentences of the next paragraph.
 *
 * <p>Not thread-safe (the {@code *ME} objects are not): make one per thread.
 */
public final class OpenNlpAnnotator implements Annotator {
    /** A longer "sentence" is a list or a run-on page fragment; it is cut into pieces of this many tokens. */
    static final int MAX_TOKENS_PER_SENTENCE = 300;
    /** Hostile input: a "sentence" longer than this many characters is cut, so no rule ever sees a huge string. */
    static final int MAX_CHARS_PER_SENTENCE = 2000;

    private static final Pattern ENDS_WITH_ABBREVIATION = Pattern.compile(
            "\\b(?:Co|Ltd|Inc|Corp|No|Nos|St|Dr|Prof|Mr|Mrs|Ms|Jr|vs|etc|approx)\\.$");
    /**
     * "led by Ts. Batjargal", "B. Altangerel, chairman of …": the initial of a Mongolian patronymic before a name (one
     * capital, or a capital and a small letter that no title abbreviates).
     */
    private static final Pattern ENDS_WITH_INITIAL = Pattern.compile("(?:^|[\\s(])(?!Mr|Ms|Dr|St|Jr|No|Co|Mt)\\p{Lu}\\p{Ll}?\\.$");
    private static final Pattern INITIAL = Pattern.compile("(?!Mr|Ms|Dr|St|Jr|No|Co|Mt)\\p{Lu}\\p{Ll}?\\.?");
    /** "was held on Jan. 13": a month's abbreviation before the day. */
    private static final Pattern ENDS_WITH_MONTH = Pattern.compile("\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.$");
    /** A region's kind right after a name: "the Cao Bang Provincial Party Committee", "Lang Son Province". */
    private static final Pattern REGION_KIND_AFTER = Pattern.compile("\\s+(?:Province|Provincial|Municipality|Municipal|City|"
            + "County|Prefecture|Prefectural|District|Autonomous)\\b");
    /** The capitalised words that end a stretch of text, standing alone (a word boundary before the first). */
    private static final Pattern CAPITALISED_RUN = Pattern.compile("(?:^|(?<=[^\\p{L}'-]))(?:\\p{Lu}[\\p{L}'-]*\\s+)*\\p{Lu}[\\p{L}'-]*$");
    private final SentenceDetectorME sentenceDetector;
    private final CachingTokenizer tokenizer;
    private final POSTaggerME tagger;
    private final List<NameFinder> names;

    public OpenNlpAnnotator(NlpModels models, List<NameFinder> names) {
        this.sentenceDetector = new SentenceDetectorME(models.sentences());
        this.tokenizer = new CachingTokenizer(new TokenizerME(models.tokens()));
        this.tagger = new POSTaggerME(models.pos());
        this.names = List.copyOf(names);
    }

    @Override
    public AnnotatedReport annotate(Report report) {
        String text = report.text();
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            for (Span s : joinAbbreviations(line, sentenceDetector.sentPosDetect(line))) {
                for (int from = s.getStart(); from < s.getEnd(); from += MAX_CHARS_PER_SENTENCE) {
                    addSentence(text, lineStart + from, lineStart + Math.min(s.getEnd(), from + MAX_CHARS_PER_SENTENCE), sentences);
                }
            }
            lineStart = lineEnd + 1;
        }
        return new AnnotatedReport(report, withoutPlaceNames(text, sentences));
    }

    /**
     * A "name" the report writes anywhere, standing alone, as the name of a region ("the Cao Bang Provincial Party
     * Committee") is that region wherever it stands ("the provinces of Lang Son, Cao Bang and Ha Giang"), never a
     * person: foreign places romanised like pinyin are in no gazetteer, but the report itself says what they are.
     * A name the report also gives a title ("Secretary Han Jun", "Wei Hong, vice governor") is a person, and only its
     * mentions right before a region's kind ("Han Jun County officials") are the place.
     */
    static List<Sentence> withoutPlaceNames(String text, List<Sentence> sentences) {
        Set<String> places = namesBeforeRegionKind(text);
        if (places.isEmpty()) {
            return sentences;
        }
        Set<String> titled = new HashSet<>();
        for (Sentence s : sentences) {
            for (Mention m : s.persons()) {
                String written = written(s, m);
                if (places.contains(written) && titled(s, m)) {
                    titled.add(written);
                }
            }
        }
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            List<Mention> persons = s.persons().stream().filter(m -> !places.contains(written(s, m))
                    || titled.contains(written(s, m)) && !REGION_KIND_AFTER.matcher(after(s, m)).lookingAt()).toList();
            out.add(persons.size() == s.persons().size() ? s
                    : new Sentence(s.index(), s.start(), s.end(), s.text(), s.tokens(), persons));
        }
        return out;
    }

    /** Every run of capitalised words (and each of its tails) that stands right before a region's kind: one scan. */
    private static Set<String> namesBeforeRegionKind(String text) {
        Set<String> names = new HashSet<>();
        Matcher k = REGION_KIND_AFTER.matcher(text);
        while (k.find()) {
            Matcher w = CAPITALISED_RUN.matcher(text.substring(Math.max(0, k.start() - 60), k.start()));
            if (w.find()) {
                String[] words = w.group().trim().split("\\s+");
                for (int i = Math.max(0, words.length - 4); i < words.length; i++) {
                    names.add(String.join(" ", Arrays.asList(words).subList(i, words.length)));
                }
            }
        }
        return names;
    }

    /**
     * A post right before the name ("Secretary Han Jun", "vice governor Wei Hong") or right after its comma ("Wei Hong,
     * vice governor", "Zhou Ning, Party secretary of Guilin"): the role words the title grammar reads.
     */
    private static boolean titled(Sentence s, Mention m) {
        List<Token> t = s.tokens();
        int before = m.startToken() - 1;
        if (before >= 0 && (RoleWords.isHead(t.get(before).text()) || t.get(before).text().equalsIgnoreCase("comrade"))) {
            return true;
        }
        int after = m.endToken();
        if (after >= t.size() || !t.get(after).text().equals(",")) {
            return false;
        }
        int next = after + 1 < t.size() && t.get(after + 1).text().equalsIgnoreCase("the") ? after + 2 : after + 1;
        return next < t.size() && RoleWords.isRoleStart(t.get(next).text());
    }

    private static String after(Sentence s, Mention m) {
        return s.text().substring(s.tokens().get(m.endToken() - 1).end() - s.start());
    }

    private static String written(Sentence s, Mention m) {
        return s.text().substring(s.tokens().get(m.startToken()).start() - s.start(),
                s.tokens().get(m.endToken() - 1).end() - s.start());
    }

    /**
     * The models end a sentence at "Co., Ltd." even when "held a ceremony" follows in lower case: a sentence that
     * ends with an abbreviation and is followed by a lower-case word goes on.
     */
    static List<Span> joinAbbreviations(String line, Span[] spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            String lastText = last == null ? "" : line.substring(last.getStart(), last.getEnd());
            char next = line.charAt(s.getStart());
            if (last != null && (ENDS_WITH_ABBREVIATION.matcher(lastText).find() && Character.isLowerCase(next)
                    || ENDS_WITH_MONTH.matcher(lastText).find() && Character.isDigit(next)
                    || ENDS_WITH_INITIAL.matcher(lastText).find() && Character.isUpperCase(next))) {
                out.set(out.size() - 1, new Span(last.getStart(), s.getEnd()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private void addSentence(String text, int start, int end, List<Sentence> out) {
        String sentenceText = text.substring(start, end);
        Span[] spans = tokenizer.tokenizePos(sentenceText);
        if (spans.length == 0) {
            return;
        }
        for (int from = 0; from < spans.length; from += MAX_TOKENS_PER_SENTENCE) {
            int to = Math.min(spans.length, from + MAX_TOKENS_PER_SENTENCE);
            int pieceStart = start + spans[from].getStart();
            int pieceEnd = start + spans[to - 1].getEnd();
            String[] words = new String[to - from];
            for (int i = from; i < to; i++) {
                words[i - from] = spans[i].getCoveredText(sentenceText).toString();
            }
            String[] tags = tagger.tag(words);
            List<Token> tokens = new ArrayList<>(words.length);
            for (int i = from; i < to; i++) {
                tokens.add(new Token(words[i - from], start + spans[i].getStart(), start + spans[i].getEnd(), tags[i - from]));
            }
            out.add(new Sentence(out.size(), pieceStart, pieceEnd, text.substring(pieceStart, pieceEnd), tokens,
                    persons(words)));
        }
    }

    private List<Mention> persons(String[] words) {
        List<Mention> found = new ArrayList<>();
        for (NameFinder finder : names) {
            for (Mention m : finder.names(words, List.copyOf(found))) {
                if (found.stream().noneMatch(f -> f.startToken() < m.endToken() && m.startToken() < f.endToken())) {
                    found.add(m);
                }
            }
        }
        found.sort(Comparator.comparingInt(Mention::startToken));
        return withInitials(words, found);
    }

    /** "Ts. Batjargal": a one-word name keeps the initial written before it, which tells it from another of that name. */
    static List<Mention> withInitials(String[] words, List<Mention> found) {
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            int at = m.startToken();
            boolean oneWord = !m.name().contains(" ");
            if (oneWord && at >= 1 && words[at - 1].endsWith(".") && INITIAL.matcher(words[at - 1]).matches()) {
                out.add(new Mention(at - 1, m.endToken(), words[at - 1] + " " + m.name(), m.probability()));
            } else if (oneWord && at >= 2 && words[at - 1].equals(".") && INITIAL.matcher(words[at - 2]).matches()
                    && !words[at - 2].endsWith(".")) {
                out.add(new Mention(at - 2, m.endToken(), words[at - 2] + ". " + m.name(), m.probability()));
            } else {
                out.add(m);
            }
        }
        return out;
    }
}
