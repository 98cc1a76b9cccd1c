package org.w3id.cadregraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListNameFinderTest {
    private final Pinyin pinyin = Pinyin.loadDefault();
    private final PinyinNameFinder pinyinNames = new PinyinNameFinder(pinyin, s -> false);
    private final ListNameFinder finder = new ListNameFinder(s -> s.equals("Hohhot") || s.equals("Qinghai"));

    /** The names the list finder adds to the pinyin names, in a sentence with tokens separated by spaces. */
    private List<String> added(String sentence) {
        String[] tokens = sentence.split(" ");
        return finder.names(tokens, pinyinNames.names(tokens)).stream().map(Mention::name).toList();
    }

    @Test
    void completesAListOfPinyinNamesWithTheNamesThatAreNotPinyin() {
        assertThat(added("Seated on the rostrum were Li Wenhua , Aygul Kasim , Zhou Ping and Tursun Niyaz-Ahmat ( listed by strokes of surnames ) ."))
                .containsExactly("Aygul Kasim", "Tursun Niyaz-Ahmat");
        assertThat(added("attended together with Batu and Song Lin ."))
                .containsExactly("Batu");
    }

    @Test
    void takesAHyphenatedNameHoweverTheTokenizerCutIt() {
        assertThat(added("Regional leaders Song Lin , Zhou Ping and Bata - Erdene attended the meeting ."))
                .containsExactly("Bata-Erdene");
        assertThat(added("Members of the presidium Aygul Kasim , Li Wenhua , Tursun Niyaz- Ahmat and others took seats ."))
                .containsExactly("Aygul Kasim", "Tursun Niyaz-Ahmat");
        assertThat(added("including Batu , Song Lin , and Oyun -Erdene , attended the meeting ."))
                .containsExactly("Batu", "Oyun-Erdene");
        // a dash between two parts of a sentence is no hyphen in a name
        assertThat(added("Song Lin , Zhou Ping - Party chiefs - attended .")).isEmpty();
    }

    @Test
    void takesANameLeftInChineseCharactersInAList() {
        assertThat(added("vice chairmen Song Lin , 王小平 , Zhou Ping attended .")).containsExactly("王小平");
    }

    @Test
    void findsAListOfNamesWithoutPinyinWhenAttendanceFollows() {
        assertThat(added("Dorje Tsering , Pema Wangdu and Norbu Dondrub also attended ."))
                .containsExactly("Dorje Tsering", "Pema Wangdu", "Norbu Dondrub");
    }

    @Test
    void leavesBodiesPlacesAndOpeningWordsAlone() {
        assertThat(added("Chairman of the District Political Consultative Conference , and Song Lin attended .")).isEmpty();
        assertThat(added("Finally , Song Lin and Zhou Ping signed .")).isEmpty();
        assertThat(added("reporters of Qinghai Radio , Qinghai Daily and Hohhot Evening News attended .")).isEmpty();
        assertThat(added("Song Lin , Vice Governor , and Zhou Ping attended .")).isEmpty();
    }
}
