package org.w3id.cadregraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3id.cadregraph.extract.TitleParser.Post;

class TitleParserTest {
    private final TitleParser parser = new TitleParser();

    private List<String> labels(String phrase) {
        return parser.parse(phrase).stream().map(Post::label).toList();
    }

    @Test
    void givesASubBodyTheOrganizationOfTheFollowingPost() {
        List<Post> posts = parser.parse("Secretary of the Party Group and Minister of the Ministry of Education");

        assertThat(posts).containsExactly(
                new Post("Secretary of the Party Group of the Ministry of Education", "Secretary",
                        Optional.of("the Party Group of the Ministry of Education")),
                new Post("Minister of the Ministry of Education", "Minister", Optional.of("the Ministry of Education")));
    }

    @Test
    void endsAPersonsTitleWhereThePostsOfAGroupOfOthersBegin() {
        assertThat(labels("secretary of the township discipline inspection committee, secretaries of village branches, "
                + "directors of schools")).containsExactly("secretary of the township discipline inspection committee");
        assertThat(labels("secretary of the party leading group and director of the county education bureau"))
                .containsExactly("secretary of the party leading group of the county education bureau",
                        "director of the county education bureau");
    }

    @Test
    void aRoleOfBodiesCountedOrQuantifiedInThePluralIsNoPost() {
        assertThat(labels("heads of all offices and stations")).isEmpty();
        assertThat(labels("directors of the various township schools")).isEmpty();
        assertThat(labels("secretaries of the 12 village branches")).isEmpty();
        assertThat(labels("director of all-round development office")).isNotEmpty();
    }

    @Test
    void readsProcuratorsGeneralAndCommandersInChiefAsRoles() {
        assertThat(labels("procurator-general of the Municipal People's Procuratorate"))
                .containsExactly("procurator-general of the Municipal People's Procuratorate");
        assertThat(labels("vice mayor and commander-in-chief of the municipal flood control and drought relief headquarters"))
                .containsExactly("vice mayor", "commander-in-chief of the municipal flood control and drought relief headquarters");
    }

    @Test
    void readsABodyBeforeTheRoleAsItsOrganization() {
        assertThat(labels("county party committee secretary")).containsExactly("secretary of the county party committee");
        assertThat(labels("Standing Committee member")).containsExactly("member of the Standing Committee");
        assertThat(labels("Nanning Deputy Mayor")).containsExactly("Deputy Mayor of Nanning");
        assertThat(labels("Executive Deputy County Magistrate")).containsExactly("Executive Deputy County Magistrate");
        assertThat(labels("Provincial Party Secretary")).containsExactly("Provincial Party Secretary");
    }

    @Test
    void givesBareRolesInAListTheOrganizationAtItsEnd() {
        List<Post> posts = parser.parse("Deputy Secretary of the Party Leadership Group of the Department of Education "
                + "of X Province, Deputy Director, and First-level Inspector of the Department of Education of X Province");

        assertThat(posts).extracting(Post::label).containsExactly(
                "Deputy Secretary of the Party Leadership Group of the Department of Education of X Province",
                "Deputy Director of the Department of Education of X Province",
                "First-level Inspector of the Department of Education of X Province");
        assertThat(posts).extracting(Post::role).containsExactly("Deputy Secretary", "Deputy Director", "First-level Inspector");
        assertThat(posts).allSatisfy(p -> assertThat(p.organization()).hasValueSatisfying(
                org -> assertThat(org).endsWith("the Department of Education of X Province")));
    }

    @Test
    void keepsANationalityAsWrittenAndEndsATitleWhereItIsDated() {
        assertThat(labels("Kenyan Foreign Minister")).containsExactly("Kenyan Foreign Minister");
        // every country's adjective, from the gazetteer, not only those met so far
        assertThat(labels("Lithuanian Foreign Minister")).containsExactly("Lithuanian Foreign Minister");
        assertThat(labels("South African Trade Minister")).containsExactly("South African Trade Minister");
        assertThat(labels("visiting Malagasy Prime Minister")).containsExactly("Malagasy Prime Minister");
        assertThat(labels("Chinese Vice Premier")).containsExactly("Vice Premier");
        assertThat(labels("Sichuan Deputy Governor")).containsExactly("Deputy Governor of Sichuan");
        assertThat(labels("mayor of the city until last year")).containsExactly("mayor of the city");
        assertThat(labels("director of the municipal commerce bureau since 2019"))
                .containsExactly("director of the municipal commerce bureau");
        assertThat(labels("director of the county water bureau during his term")).containsExactly("director of the county water bureau");
        // "during" dates a post only before a time word: a headquarters for a season is the body's name
        assertThat(labels("Commander of the Headquarters during the Flood Season"))
                .containsExactly("Commander of the Headquarters during the Flood Season");
    }

    @Test
    void givesABareHeadBeforeAPartyGroupPostTheBodyNotTheGroup() {
        assertThat(labels("Chairman and Secretary of the Party Leadership Group of the Northern Power Corporation"))
                .containsExactly("Chairman of the Northern Power Corporation",
                        "Secretary of the Party Leadership Group of the Northern Power Corporation");
        assertThat(labels("President and Deputy Secretary of the Party Committee of Hill Normal University"))
                .containsExactly("President of Hill Normal University",
                        "Deputy Secretary of the Party Committee of Hill Normal University");
        // a standing committee's director is a post of its own; a party member shares the group
        assertThat(labels("Director and Party Secretary of the Standing Committee of the County People's Congress"))
                .containsExactly("Director of the Standing Committee of the County People's Congress",
                        "Party Secretary of the Standing Committee of the County People's Congress");
        assertThat(labels("Secretary and member of the Party Group of the Bureau"))
                .containsExactly("Secretary of the Party Group of the Bureau", "member of the Party Group of the Bureau");
    }

    @Test
    void leavesAMayorWithoutTheOrganizationOfThePartyPostBeforeIt() {
        List<Post> posts = parser.parse("deputy secretary of the municipal party committee and mayor");

        assertThat(posts).containsExactly(
                new Post("deputy secretary of the municipal party committee", "deputy secretary",
                        Optional.of("the municipal party committee")),
                new Post("mayor", "mayor", Optional.empty()));
    }

    @Test
    void completesAStandingCommitteeWithTheBodyOfTheNextPost() {
        List<Post> posts = parser.parse(
                "member of the Standing Committee of the Party Committee and Secretary-General of the Autonomous Region");

        assertThat(posts).extracting(Post::label).containsExactly(
                "member of the Standing Committee of the Party Committee of the Autonomous Region",
                "Secretary-General of the Autonomous Region");
    }

    @Test
    void givesADepartmentRoleTheMainBodyOfThePreviousPost() {
        List<Post> posts = parser.parse(
                "member of the Party Leadership Group of the Provincial Department of Education, and deputy director");

        assertThat(posts).extracting(Post::label).containsExactly(
                "member of the Party Leadership Group of the Provincial Department of Education",
                "deputy director of the Provincial Department of Education");
        assertThat(posts.get(1).organization()).contains("the Provincial Department of Education");
    }

    @Test
    void endsTheTitleWhereSomethingThatIsNoRoleFollows() {
        assertThat(labels("President of LVTC, and other leaders of LVTC")).containsExactly("President of LVTC");
    }

    @Test
    void readsARoleWithoutOrganization() {
        assertThat(parser.parse("Provincial Party Secretary")).containsExactly(
                new Post("Provincial Party Secretary", "Provincial Party Secretary", Optional.empty()));
    }

    @Test
    void takesANamedPrefixAsTheOrganization() {
        assertThat(parser.parse("Liuzhou Deputy Mayor")).containsExactly(
                new Post("Deputy Mayor of Liuzhou", "Deputy Mayor", Optional.of("Liuzhou")));
    }

    @Test
    void closesASpacedHyphen() {
        assertThat(parser.parse("Secretary -General of the Provincial Government")).containsExactly(
                new Post("Secretary-General of the Provincial Government", "Secretary-General",
                        Optional.of("the Provincial Government")));
        assertThat(labels("Secretary - General of the Provincial Government"))
                .containsExactly("Secretary-General of the Provincial Government");
    }

    @Test
    void keepsTheConnectorAsWritten() {
        assertThat(parser.parse("Director for International Cooperation")).containsExactly(
                new Post("Director for International Cooperation", "Director", Optional.of("International Cooperation")));
    }

    @Test
    void makesAPluralRoleSingular() {
        assertThat(labels("executive chairmen of the conference")).containsExactly("executive chairman of the conference");
    }

    @Test
    void ignoresTrailingPunctuationAndSpaces() {
        assertThat(labels("  Minister of  Education ,")).containsExactly("Minister of Education");
    }

    @Test
    void findsNoPostInAPhraseThatDoesNotStartWithARole() {
        assertThat(parser.parse("the students of the school")).isEmpty();
        assertThat(parser.parse("")).isEmpty();
    }

    @Test
    void knowsWhichWordsOpenAndEndARole() {
        assertThat(TitleParser.isRoleStart("Deputy")).isTrue();
        assertThat(TitleParser.isRoleStart("Second-level")).isTrue();
        assertThat(TitleParser.isRoleStart("students")).isFalse();
        assertThat(TitleParser.isHead("Secretary-General,")).isTrue();
        assertThat(TitleParser.isHead("vice-chairman")).isTrue();
        assertThat(TitleParser.isHead("Deputy")).isTrue();
        assertThat(TitleParser.isHead("Education")).isFalse();
    }

    @Test
    void keepsACommaThatListsWordsOfOneBodysName() {
        assertThat(labels("Director-General of the Department of Culture, Tourism and Sports of the Ministry of Education"))
                .containsExactly("Director-General of the Department of Culture, Tourism and Sports of the Ministry of Education");
        assertThat(labels("Minister of Higher Education, Research and Innovation of the Republic of Kenya, and Vice President"))
                .containsExactly("Minister of Higher Education, Research and Innovation of the Republic of Kenya", "Vice President");
        assertThat(labels("Director of the Education Bureau, and other leaders")).containsExactly("Director of the Education Bureau");
    }

    @Test
    void makesAPluralHeadSingularInTheCaseItWasWritten() {
        assertThat(TitleParser.singular("Vice Secretaries of the University Party Committee"))
                .isEqualTo("Vice Secretary of the University Party Committee");
        assertThat(TitleParser.singular("vice presidents")).isEqualTo("vice president");
        assertThat(TitleParser.singular("Members of the Presidium and Executive Chairmen"))
                .isEqualTo("Member of the Presidium and Executive Chairman");
        assertThat(TitleParser.singular("heads of departments")).isEqualTo("heads of departments");
        assertThat(TitleParser.singular("Vice-Presidents")).isEqualTo("Vice-President");
        assertThat(TitleParser.singular("Deputy Secretaries-General of the Provincial Government"))
                .isEqualTo("Deputy Secretary-General of the Provincial Government");
        assertThat(TitleParser.singular("State Councilors")).isEqualTo("State Councilor");
    }

    @Test
    void dropsTheWordsThatOnlyDateAPostAndMarksItDated() {
        // the annotation guide drops "then", "former" and the translated "time as"; the mark tells the hosts it is past
        assertThat(labels("time as Director of the Regional Water Bureau")).containsExactly("Director of the Regional Water Bureau");
        assertThat(labels("former Chairman of the Autonomous Region")).containsExactly("Chairman of the Autonomous Region");
        assertThat(labels("former deputy commander of the Bingtuan")).containsExactly("deputy commander of the Bingtuan");
        assertThat(TitleParser.isDated("former Chairman of the Autonomous Region")).isTrue();
    }

    @Test
    void aLowerCaseWordBeforeARoleWordOpensAnotherPost() {
        assertThat(labels("secretary of the Party Committee and political commissar of the Hetian Reclamation Division"))
                .containsExactly("secretary of the Party Committee of the Hetian Reclamation Division",
                        "political commissar of the Hetian Reclamation Division");
        // a function word before a role word opens none, and a capitalised one is part of a body's name
        assertThat(labels("in charge of transport")).isEmpty();
        assertThat(labels("Director of the Bureau of Culture and Tourism")).containsExactly("Director of the Bureau of Culture and Tourism");
    }

    @Test
    void aCommaMayListTheWordsOfOneBodysNameInLowerCaseToo() {
        assertThat(labels("minister of agriculture, fisheries and food of the Republic of Ruritania"))
                .containsExactly("minister of agriculture, fisheries and food of the Republic of Ruritania");
        assertThat(labels("Secretary for Transport, Housing and Lands"))
                .containsExactly("Secretary for Transport, Housing and Lands");
        // a comma before another role still ends the post
        assertThat(labels("director of finance, deputy secretary of the county")).hasSize(2);
    }

    @Test
    void aBodyInLowerCaseBeforeARoleIsPartOfIt() {
        assertThat(labels("the health bureau director of Hanzhong")).containsExactly("health bureau director of Hanzhong");
        assertThat(labels("under-secretary-general of the league")).containsExactly("under-secretary-general of the league");
        assertThat(TitleParser.singular("Vice premiers")).isEqualTo("Vice premier");
    }

    @Test
    void theOwnerOfAPossessiveRoleIsItsBody() {
        assertThat(labels("the Corporation’s chairman")).containsExactly("chairman of the Corporation");
        assertThat(labels("Yichang's vice mayor")).containsExactly("vice mayor of Yichang");
        // a possessive before something that is no role is no title
        assertThat(labels("the Corporation's new plant")).isEmpty();
    }

    @Test
    void itsInALaterPostIsTheBodyOfThePostBefore() {
        assertThat(labels("judge of the Wuxi Maritime Court and member of its judicial committee"))
                .containsExactly("judge of the Wuxi Maritime Court", "member of the judicial committee of the Wuxi Maritime Court");
    }

    @Test
    void aRoleOfBodiesCountedInThePluralIsNoPostOfOne() {
        assertThat(labels("Party secretary of the 14 villages of the township")).isEmpty();
        // a capitalised number word begins the name of one body
        assertThat(labels("Chairman of the Three Gorges Group")).containsExactly("Chairman of the Three Gorges Group");
        assertThat(labels("Director of the Two Rivers New Area Administration"))
                .containsExactly("Director of the Two Rivers New Area Administration");
        assertThat(labels("Vice chairman of the two municipal CPPCCs")).isEmpty();
        assertThat(labels("Director of the three county hospitals")).isEmpty();
        // a number that is part of one body's name is no count
        assertThat(labels("principal of Wuhu No. 3 Middle School")).containsExactly("principal of Wuhu No. 3 Middle School");
        assertThat(labels("secretary of the 20th Central Committee")).containsExactly("secretary of the 20th Central Committee");
    }

    @Test
    void neitherADelegationsMemberNorACongressDeputyHoldsAPost() {
        assertThat(labels("members of the provincial delegation")).isEmpty();
        assertThat(labels("Member of the delegation")).isEmpty();
        assertThat(labels("head of the provincial delegation")).containsExactly("head of the provincial delegation");
        assertThat(labels("deputies")).isEmpty();
        assertThat(labels("Deputy Director")).containsExactly("Deputy Director");
    }

    @Test
    void thenDatesAPostOutsideItsLabel() {
        assertThat(labels("then Mayor of the City of Jiujiang")).containsExactly("Mayor of the City of Jiujiang");
        assertThat(TitleParser.isDated("then Mayor of the City of Jiujiang")).isTrue();
        assertThat(TitleParser.isDated("Mayor of the City of Jiujiang")).isFalse();
    }

    @Test
    void givesEachOfAListTheSingularOfAPluralManagerOrCommander() {
        assertThat(labels("Deputy general managers")).containsExactly("Deputy general manager");
        assertThat(labels("commander of the Production and Construction Corps"))
                .containsExactly("commander of the Production and Construction Corps");
    }
}
