package org.w3id.cadregraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitledNameFinderTest {
    private final TitledNameFinder finder = new TitledNameFinder(s -> s.equals("Inner Mongolia"), Pinyin.loadDefault());

    private List<String> names(String sentence) {
        return finder.names(sentence.split(" ")).stream().map(Mention::name).toList();
    }

    @Test
    void findsANameWithAnAppositiveTitle() {
        assertThat(names("Sun Yao and Ezekiel Machogu , Cabinet Secretary for Education of Kenya , signed it"))
                .containsExactly("Ezekiel Machogu");
    }

    @Test
    void findsANameAfterATitle() {
        assertThat(names("Ambassador Peter Mathuki attended the ceremony")).containsExactly("Peter Mathuki");
    }

    @Test
    void findsANameAfterATitlePhraseAndAComma() {
        assertThat(names("? The mayor of Springfield County , Edna Krabappel , said it"))
                .containsExactly("Edna Krabappel");
        assertThat(names("welcomed a delegation led by his Lisbon counterpart Carlos Moedas")).containsExactly("Carlos Moedas");
    }

    @Test
    void findsANameWhoseOtherFormInBracketsStandsBeforeItsPost() {
        assertThat(names("and Dawa Yangzom ( Dawa Yangdzom ) , chairwoman of the municipal CPPCC , attended"))
                .containsExactly("Dawa Yangzom");
        assertThat(names("and Dawa Yangzom ( retired ) , said")).isEmpty();
    }

    @Test
    void findsAOneWordNameAfterTheInitialOfAPatronymic() {
        assertThat(names("met a delegation led by Ts . Dorjsuren , Governor of Khentii Province of Mongolia , in Hohhot"))
                .containsExactly("Dorjsuren");
        assertThat(names("B . Enkhbold , chairman of the Khural of the province , attended")).containsExactly("Enkhbold");
        assertThat(names("the letter of Mr . Dorjsuren , governor")).isEmpty();
    }

    @Test
    void findsAOneWordNameThatOpensASentenceOrAClauseWithItsPostAfterIt() {
        assertThat(names("Buyantogtokh , Vice Chairman of the Autonomous Region , chaired it")).containsExactly("Buyantogtokh");
        assertThat(names("he spoke , and Dashnyam , Director of the Regional Bureau , reported")).containsExactly("Dashnyam");
        assertThat(names("Yesterday , Governor Li met them")).isEmpty();
        assertThat(names("Subsequently , Secretary Wang spoke")).isEmpty();
        // an adverb the list does not know, before a titled person: the post is not set off on both sides
        assertThat(names("Again , Secretary Sun Shaocheng spoke")).containsExactly("Sun Shaocheng");
        assertThat(names("Together , Vice Chairman Wang Lixia and others attended")).containsExactly("Wang Lixia");
        assertThat(names("Overall , Secretary Li stressed that the work was done")).isEmpty();
    }

    @Test
    void findsANameAfterComradesOrARoleToAPlaceAndBeforeAnOwnersRole() {
        assertThat(names("The old comrades Aliya Kasimova , former deputy commander of the Corps , spoke"))
                .containsExactly("Aliya Kasimova");
        assertThat(names("Thai Ambassador to China Somchai Wongsawat was present")).containsExactly("Somchai Wongsawat");
        assertThat(names("Amina Diallo , UN under -secretary - general , spoke")).containsExactly("Amina Diallo");
        assertThat(names("Pierre Dubois , French Minister for Trade , spoke")).containsExactly("Pierre Dubois");
        // a name with a particle is four name words and the particle
        assertThat(names("and Ana Paula de Lima Castro , director of the Tourism Office , signed"))
                .containsExactly("Ana Paula de Lima Castro");
        // two capitalised words and no role after them: no title
        assertThat(names("Pierre Dubois , French Riviera Tours , spoke")).isEmpty();
    }

    @Test
    void aOneWordNamesPostSetOffAfterItMayBeWrittenInLowerCase() {
        assertThat(names("Erdenbat , deputy secretary of the Party Committee of the League and head of the League , spoke"))
                .containsExactly("Erdenbat");
        assertThat(names("Liu Yang , chairman , and Dolkar , vice chairwoman of the Standing Committee of the Regional People's Congress , attended"))
                .contains("Dolkar");
        // a post that runs on into a name is not set off
        assertThat(names("Dawa , vice governor Zhou Ping and others attended")).isEmpty();
    }

    @Test
    void keepsParticlesInsideNames() {
        assertThat(names("and Ana de Souza , Minister of Health , spoke")).containsExactly("Ana de Souza");
    }

    @Test
    void leavesUntitledCapitalisedWordsAlone() {
        assertThat(names("The Annual Working Conference was held in Hangzhou Shanghai World School")).isEmpty();
        assertThat(names("Peter Mathuki said that the talks went well")).isEmpty();
    }

    @Test
    void neverTakesBodiesOrPlacesForPeople() {
        assertThat(names("the Ministry of Education , Secretary of the Party Group")).isEmpty();
        assertThat(names("in Inner Mongolia , Vice Governor Li")).isEmpty();
    }

    @Test
    void takesAOneWordNameWithItsPostSetOffAfterItAndNeverAChineseSurnameAlone() {
        assertThat(names("Li Ming , Mayor , Temur , member of the Standing Committee , and Xu Na attended"))
                .contains("Temur");
        assertThat(names("In his speech , Zhang , Secretary of the District Party Committee , stressed it")).isEmpty();
        assertThat(names("Zhang , Secretary of the District Party Committee , stressed it")).isEmpty();
        assertThat(names("Temur , member of the Standing Committee , attended")).containsExactly("Temur");
        assertThat(names("Temur attended")).isEmpty();
    }

    @Test
    void findsANameWhosePostIsDatedByTimeAs() {
        assertThat(names("and Dorje Namgyal , time as Chairman of the Regional Congress , spoke about the railway"))
                .containsExactly("Dorje Namgyal");
    }
}
