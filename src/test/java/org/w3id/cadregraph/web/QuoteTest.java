package org.w3id.cadregraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteTest {
    @Test
    void marksEveryOccurrenceOfTheName() {
        Quote quote = Quote.of("Li Qiang met Chen Min. LI QIANG spoke.", "Li Qiang");

        assertThat(quote.parts()).containsExactly(new Quote.Part("Li Qiang", true), new Quote.Part(" met Chen Min. ", false),
                new Quote.Part("LI QIANG", true), new Quote.Part(" spoke.", false));
    }

    @Test
    void aSentenceWithoutTheNameIsOnePart() {
        assertThat(Quote.of("Nobody here.", "Li Qiang").parts()).containsExactly(new Quote.Part("Nobody here.", false));
        assertThat(Quote.of("Nobody here.", null).parts()).containsExactly(new Quote.Part("Nobody here.", false));
    }

    @Test
    void noSentenceIsAnEmptyQuote() {
        assertThat(Quote.of("", "Li Qiang").isEmpty()).isTrue();
        assertThat(Quote.of(null, "Li Qiang").isEmpty()).isTrue();
    }
}
