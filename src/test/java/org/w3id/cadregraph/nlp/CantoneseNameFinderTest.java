package org.w3id.cadregraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CantoneseNameFinderTest {
    private final CantoneseNameFinder finder = CantoneseNameFinder.loadDefault(Pinyin.loadDefault(), s -> s.equals("Kam Tin Hoi"));

    /** The names in a sentence whose tokens are separated by spaces. */
    private List<String> names(String sentence) {
        return finder.names(sentence.split(" ")).stream().map(Mention::name).toList();
    }

    @Test
    void findsMacaoAndHongKongNamesInCantoneseSpelling() {
        assertThat(names("a delegation led by its President Lou Hoi In .")).containsExactly("Lou Hoi In");
        assertThat(names("Vice President of the Assembly Chui Kin Cheong and members were present .")).containsExactly("Chui Kin Cheong");
        assertThat(names("Ho Iat Wai , Chief Executive of the Region , said")).containsExactly("Ho Iat Wai");
    }

    @Test
    void readsAHyphenatedGivenNameHoweverItIsCut() {
        assertThat(names("the former Chief Executive Leung Chun-ying attended .")).containsExactly("Leung Chun-ying");
        assertThat(names("the former Chief Executive Tung Chee - hwa attended .")).containsExactly("Tung Chee-hwa");
        assertThat(names("a delegation led by Tang Wing- hong , Secretary for Justice .")).containsExactly("Tang Wing-hong");
    }

    @Test
    void readsADoubleSurnameBeforeTheGivenName() {
        assertThat(names("Members Au Ieong Wai Man and Chan Hoi Fan attended .")).containsExactly("Au Ieong Wai Man", "Chan Hoi Fan");
        // a surname then a three-word name is no double surname when a capitalised word follows the four
        assertThat(names("with Au Ieong Wai Man Kei attended .")).isEmpty();
    }

    @Test
    void leavesPinyinNamesPlacesAndCapitalisedRunsAlone() {
        assertThat(names("Tang Ping Sun attended .")).isEmpty();          // every word pinyin: the pinyin finder's
        assertThat(names("They visited Wong Tai Sin Temple .")).isEmpty(); // a capitalised word goes on after it
        assertThat(names("They went to Kam Tin Hoi .")).isEmpty();          // a place
        assertThat(names("Chan Kong said")).isEmpty();                     // a one-syllable given name is too little
    }
}
