package org.w3id.cadregraph.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3id.cadregraph.gazetteer.RegionLevel;

class EvidenceScorerTest {
    private static final EvidenceScorer SCORER = new EvidenceScorer(NameModel.loadDefault());
    private static final Place WUXI = new Place("wuxi", "Wuxi", RegionLevel.CITY, List.of("jiangsu-province"));
    private static final Place JIANGSU = new Place("jiangsu-province", "Jiangsu Province", RegionLevel.PROVINCE, List.of());

    private static Mention mention(String report, String name, LocalDate date, Post... posts) {
        return new Mention("graph/" + report, "official/" + report, name, NameKey.of(name), report, Optional.ofNullable(date),
                List.of(posts), List.of(), Map.of(), Set.of());
    }

    private static Mention withOthers(Mention m, Map<String, String> othersInPosts) {
        return new Mention(m.graph(), m.node(), m.name(), m.key(), m.anchor(), m.date(), m.posts(), m.seen(), m.coNamed(), m.qids(),
                othersInPosts);
    }

    private static Post secretaryOfWuxi() {
        return new Post("secretary", "org/cpc-wuxi-municipal-committee", "CPC Wuxi Municipal Committee", Optional.of(WUXI), Rank.BUREAU);
    }

    private static final Place JIANGYIN = new Place("wuxi-jiangyin", "Jiangyin County", RegionLevel.COUNTY, List.of("wuxi", "jiangsu-province"));

    private static Post countySecretary() {
        return new Post("secretary", "org/cpc-jiangyin-county-committee", "CPC Jiangyin County Committee", Optional.of(JIANGYIN),
                Rank.DIVISION);
    }

    private static Post educationDirector() {
        return new Post("director", "org/wuxi-municipal-education-bureau", "Wuxi Municipal Education Bureau", Optional.of(WUXI),
                Rank.DIVISION);
    }

    private static Post viceMayorOfWuxi() {
        return new Post("vice mayor", "org/wuxi-municipal-government", "Wuxi Municipal People's Government", Optional.of(WUXI),
                Rank.VICE_BUREAU);
    }

    private static Post mayorOfWuxi() {
        return new Post("mayor", "org/wuxi-municipal-government", "Wuxi Municipal People's Government", Optional.of(WUXI), Rank.BUREAU);
    }

    private static Post viceGovernorOfJiangsu() {
        return new Post("vice governor", "org/jiangsu-provincial-government", "Jiangsu Provincial People's Government",
                Optional.of(JIANGSU), Rank.VICE_MINISTERIAL);
    }

    @Test
    void aLowerPostBeforeAHigherOneIsACareerAndTheReverseIsLikelierTwoPeople() {
        Mention mayor2015 = mention("r1", "Li Jun", LocalDate.of(2015, 5, 1), mayorOfWuxi());
        Mention viceGovernor2019 = mention("r2", "Li Jun", LocalDate.of(2019, 5, 1), viceGovernorOfJiangsu());
        Mention mayor2022 = mention("r3", "Li Jun", LocalDate.of(2022, 5, 1), mayorOfWuxi());
        Mention mayorUndated = mention("r4", "Li Jun", null, mayorOfWuxi());

        double rise = SCORER.score(List.of(mayor2015), List.of(viceGovernor2019)).logOdds();
        double fall = SCORER.score(List.of(viceGovernor2019), List.of(mayor2022)).logOdds();
        double unordered = SCORER.score(List.of(mayorUndated), List.of(viceGovernor2019)).logOdds();

        // the same posts, the same places: only the order in time differs, by ln(0.9 / 0.5) and ln(0.1 / 0.5)
        assertThat(rise - unordered).isCloseTo(Math.log(1.8), within(1e-9));
        assertThat(fall - unordered).isCloseTo(Math.log(0.2), within(1e-9));
        assertThat(SCORER.score(List.of(mayor2015), List.of(viceGovernor2019)).reasons())
                .anyMatch(r -> r.text().contains("the lower post first"));
    }

    @Test
    void postsOfOneGradeHaveNoOrder() {
        Mention a = mention("r1", "Li Jun", LocalDate.of(2015, 5, 1), mayorOfWuxi());
        Mention b = mention("r2", "Li Jun", LocalDate.of(2019, 5, 1), mayorOfWuxi());
        assertThat(EvidenceScorer.order(Rank.BUREAU, Rank.BUREAU, a.date(), b.date())).isEqualTo(1.0);
        assertThat(SCORER.score(List.of(a), List.of(b)).reasons()).noneMatch(r -> r.text().contains("post first"));
    }

    @Test
    void aLocalBodyWithoutItsRegionIsNotOneBodyButANationalOneIs() {
        Post unplacedCommittee = new Post("secretary", "org/municipal-party-committee", "Municipal Party Committee", Optional.empty(),
                Rank.BUREAU);
        Mention a = mention("r1", "Li Jianguo", LocalDate.of(2016, 5, 1), unplacedCommittee);
        Mention b = mention("r2", "Li Jianguo", LocalDate.of(2017, 5, 1), unplacedCommittee);
        assertThat(SCORER.score(List.of(a), List.of(b)).reasons()).extracting(EvidenceScorer.Reason::kind).doesNotContain("same-body");

        Post ministry = new Post("vice minister", "org/ministry-of-education", "Ministry of Education", Optional.empty(),
                Rank.VICE_MINISTERIAL);
        Mention c = mention("r3", "Sun Yao", LocalDate.of(2016, 5, 1), ministry);
        Mention d = mention("r4", "Sun Yao", LocalDate.of(2017, 5, 1), ministry);
        assertThat(SCORER.score(List.of(c), List.of(d)).reasons()).extracting(EvidenceScorer.Reason::kind).contains("same-body");
    }

    /**
     * "Wang Yubo" of the annotated sets: Governor of Yunnan in one report; in the other no post the extractor finds,
     * no region, no year, no colleague in common. The name is the only evidence, and it is borne by about one
     * other person such a mention could be: a coin toss, kept apart (as {@code cg:possiblySame}).
     */
    @Test
    void aNameWithoutPostPlaceOrDateIsJudgedOnTheNameAlone() {
        Place yunnan = new Place("yunnan-province", "Yunnan Province", RegionLevel.PROVINCE, List.of());
        Mention governor = mention("moe01", "Wang Yubo", LocalDate.of(2024, 9, 10),
                new Post("governor", "org/yunnan-province", "Yunnan Province", Optional.of(yunnan), Rank.MINISTERIAL));
        Mention bare = mention("d2o21", "Wang Yubo", null);

        EvidenceScorer.Score s = SCORER.score(List.of(governor), List.of(bare));

        double namesakes = NameModel.loadDefault().share("Wang Yubo") * Rank.untitledPoolAgainst(Rank.MINISTERIAL);
        assertThat(s.reasons()).extracting(EvidenceScorer.Reason::kind).containsExactly("name");
        assertThat(s.logOdds()).isCloseTo(-Math.log(namesakes), within(1e-9));
        assertThat(namesakes).isBetween(1.0, 2.0);
        assertThat(s.logOdds()).isNegative();
    }

    @Test
    void onlyTheHeadOfABodyTheReportPlacesHoldsASolePost() {
        assertThat(secretaryOfWuxi().soleKey()).contains("org/cpc-wuxi-municipal-committee secretary");
        assertThat(mayorOfWuxi().soleKey()).isPresent();
        assertThat(viceMayorOfWuxi().soleKey()).isEmpty();
        assertThat(new Post("secretary", "org/municipal-party-committee", "Municipal Party Committee", Optional.empty(), Rank.BUREAU)
                .soleKey()).isEmpty();
    }

    /**
     * Li Jun, Party secretary of Wuxi in 2016 and in 2022; a report of the name of 2019 (Li Jun is mayor then)
     * gives the secretary's chair to Zhou Kai. One person would have handed the chair on and taken it back.
     */
    @Test
    void aHeadPostTakenBackAfterASuccessorIsEvidenceOfTwoPeople() {
        Mention secretary2016 = mention("r1", "Li Jun", LocalDate.of(2016, 5, 1), secretaryOfWuxi());
        Mention mayor2019 = withOthers(mention("r2", "Li Jun", LocalDate.of(2019, 5, 1), mayorOfWuxi()),
                Map.of(secretaryOfWuxi().soleKey().orElseThrow(), "zhoukai"));
        Mention secretary2022 = mention("r3", "Li Jun", LocalDate.of(2022, 5, 1), secretaryOfWuxi());

        EvidenceScorer.Score alone = SCORER.score(List.of(secretary2016), List.of(secretary2022));
        EvidenceScorer.Score withSuccessor = SCORER.score(List.of(secretary2016), List.of(secretary2022),
                Succession.of(List.of(secretary2016, mayor2019, secretary2022)));

        assertThat(alone.reasons()).extracting(EvidenceScorer.Reason::kind).doesNotContain("successor");
        assertThat(withSuccessor.reasons()).filteredOn(r -> r.kind().equals("successor")).singleElement()
                .satisfies(r -> {
                    assertThat(r.weight()).isCloseTo(Math.log(EvidenceScorer.RETURNS_TO_POST), within(1e-9));
                    assertThat(r.text()).contains("zhoukai", "2019-05-01");
                });
        assertThat(withSuccessor.logOdds() - alone.logOdds()).isCloseTo(Math.log(EvidenceScorer.RETURNS_TO_POST), within(1e-9));
        // the successor's report after both dates says nothing about a return
        Mention later = withOthers(mention("r4", "Li Jun", LocalDate.of(2023, 5, 1), mayorOfWuxi()),
                Map.of(secretaryOfWuxi().soleKey().orElseThrow(), "zhoukai"));
        assertThat(SCORER.score(List.of(secretary2016), List.of(secretary2022), Succession.of(List.of(secretary2016, secretary2022, later)))
                .reasons()).extracting(EvidenceScorer.Reason::kind).doesNotContain("successor");
    }

    @Test
    void aCitysPartySecretaryStandsAboveItsMayor() {
        assertThat(secretaryOfWuxi().standing()).isGreaterThan(mayorOfWuxi().standing());
        assertThat(mayorOfWuxi().standing()).isEqualTo(Rank.BUREAU.grade * 2);
        Mention mayor2015 = mention("r1", "Li Jun", LocalDate.of(2015, 5, 1), mayorOfWuxi());
        Mention secretary2018 = mention("r2", "Li Jun", LocalDate.of(2018, 5, 1), secretaryOfWuxi());
        Mention mayor2021 = mention("r3", "Li Jun", LocalDate.of(2021, 5, 1), mayorOfWuxi());

        double rise = SCORER.score(List.of(mayor2015), List.of(secretary2018)).logOdds();
        double fall = SCORER.score(List.of(secretary2018), List.of(mayor2021)).logOdds();

        assertThat(rise - fall).isCloseTo(Math.log(0.9 / 0.1), within(1e-9));
    }

    /**
     * Party secretary of Wuxi in 2016; a namesake county secretary in Wuxi in 2017 and vice mayor in 2020. The vice
     * mayor alone is a grade below the secretary, but the career the two would make falls two grades at its seam.
     */
    @Test
    void theSeamOfTheJoinedCareerCountsNotOnlyTheBestFittingPair() {
        Mention secretary2016 = mention("r1", "Li Jun", LocalDate.of(2016, 11, 10), secretaryOfWuxi());
        Mention county2017 = mention("r2", "Li Jun", LocalDate.of(2017, 3, 14), countySecretary());
        Mention viceMayor2020 = mention("r3", "Li Jun", LocalDate.of(2020, 4, 28), viceMayorOfWuxi());

        EvidenceScorer.Score s = SCORER.score(List.of(secretary2016), List.of(county2017, viceMayor2020));

        double seam = Math.log(EvidenceScorer.careerStep(Rank.BUREAU, Rank.DIVISION, Optional.empty(), Optional.empty())
                * EvidenceScorer.order(secretary2016.standing(), county2017.standing(), secretary2016.date(), county2017.date()));
        double bestPair = Math.log(EvidenceScorer.careerStep(Rank.BUREAU, Rank.VICE_BUREAU, secretary2016.date(), viceMayor2020.date())
                * EvidenceScorer.order(secretary2016.standing(), viceMayor2020.standing(), secretary2016.date(), viceMayor2020.date()));
        assertThat(s.reasons()).filteredOn(r -> r.kind().equals("seam")).singleElement()
                .satisfies(r -> assertThat(r.weight()).isCloseTo(seam - bestPair, within(1e-9)));
        // a career that only rises has no bad seam
        Mention secretary2023 = mention("r4", "Li Jun", LocalDate.of(2023, 5, 1), secretaryOfWuxi());
        assertThat(SCORER.score(List.of(county2017, secretary2023), List.of(viceMayor2020)).reasons())
                .extracting(EvidenceScorer.Reason::kind).doesNotContain("seam");
        // nor a rise whose last report at the lower post is months before the first at the higher: the rise is
        // measured from the first report at the lower post (six years here)
        Mention mayor2014 = mention("r5", "Li Jun", LocalDate.of(2014, 5, 1), mayorOfWuxi());
        Mention mayor2019 = mention("r6", "Li Jun", LocalDate.of(2019, 9, 1), mayorOfWuxi());
        Place gansu = new Place("gansu-province", "Gansu Province", RegionLevel.PROVINCE, List.of());
        Mention governor2020 = mention("r7", "Li Jun", LocalDate.of(2020, 1, 4),
                new Post("governor", "org/gansu-province", "Gansu Province", Optional.of(gansu), Rank.MINISTERIAL));
        assertThat(SCORER.score(List.of(mayor2014, mayor2019), List.of(governor2020)).reasons())
                .extracting(EvidenceScorer.Reason::kind).doesNotContain("seam");
    }

    @Test
    void twoHeadsOfBodiesAtOnceAreTwoPeopleUnlessOneChairIsTheOthersByCustom() {
        Mention director2014 = mention("r1", "Zhang Hua", LocalDate.of(2014, 3, 1), educationDirector());
        Mention director2016 = mention("r2", "Zhang Hua", LocalDate.of(2016, 3, 1), educationDirector());
        Mention county2015 = mention("r3", "Zhang Hua", LocalDate.of(2015, 6, 1), countySecretary());
        Mention county2017 = mention("r4", "Zhang Hua", LocalDate.of(2017, 6, 1), countySecretary());

        assertThat(SCORER.score(List.of(director2014, director2016), List.of(county2015)).reasons())
                .filteredOn(r -> r.kind().equals("two-heads")).singleElement()
                .satisfies(r -> assertThat(r.weight()).isCloseTo(Math.log(EvidenceScorer.TWO_HEADS_AT_ONCE), within(1e-9)));
        // a move from one chair to the other, however soon after the last report of the first: no evidence
        assertThat(SCORER.score(List.of(director2014, director2016), List.of(county2017)).reasons())
                .extracting(EvidenceScorer.Reason::kind).doesNotContain("two-heads");
        // the Party secretary of a city chairs its people's congress standing committee by custom
        Post congress = new Post("director", "org/standing-committee-of-the-wuxi-municipal-people-s-congress",
                "Standing Committee of the Wuxi Municipal People's Congress", Optional.of(WUXI), Rank.BUREAU);
        Mention secretary2015 = mention("r5", "Li Jun", LocalDate.of(2015, 6, 1), secretaryOfWuxi());
        Mention chair2015 = mention("r6", "Li Jun", LocalDate.of(2015, 6, 1), congress);
        assertThat(SCORER.score(List.of(secretary2015), List.of(chair2015)).reasons())
                .extracting(EvidenceScorer.Reason::kind).doesNotContain("two-heads");
        // … the city's, not one of its counties': the city's congress chair and a county's secretary at once are two
        Mention county2015b = mention("r7", "Li Jun", LocalDate.of(2015, 6, 1), countySecretary());
        assertThat(kinds(SCORER.score(List.of(county2015b), List.of(chair2015)))).contains("two-heads");
        // the chair of a CPPCC committee is a post of its own, where secretaries go; its vice chairs are held by custom
        Post cppccChair = post("Chairman", "org/wuxi-municipal-committee-of-the-cppcc", "Wuxi Municipal Committee of the CPPCC",
                Optional.of(WUXI));
        assertThat(cppccChair.concurrentByCustom()).isFalse();
        assertThat(post("Vice Chairman", "org/wuxi-municipal-committee-of-the-cppcc", "Wuxi Municipal Committee of the CPPCC",
                Optional.of(WUXI)).concurrentByCustom()).isTrue();
        assertThat(kinds(SCORER.score(List.of(secretary2015), List.of(mention("r8", "Li Jun", LocalDate.of(2015, 6, 1), cppccChair)))))
                .contains("two-heads");
    }

    /**
     * A county's own paper writes "Secretary of the County Party Committee" and names no county; another report
     * names the county. Nothing says where, but both are a county's Party secretary, a post few of the name's
     * division-grade namesakes hold.
     */
    @Test
    void theSameKindOfJurisdictionHeadCountsWhereNoPlaceIsSaid() {
        Post unplaced = new Post("secretary", "org/county-party-committee", "County Party Committee", Optional.empty(), Rank.DIVISION);
        Mention own = mention("r1", "Zhang Wei", LocalDate.of(2018, 5, 1), unplaced);
        Mention placed = mention("r2", "Zhang Wei", LocalDate.of(2017, 5, 1), countySecretary());

        assertThat(unplaced.jurisdictionHeadKind()).isEqualTo(countySecretary().jurisdictionHeadKind()).isPresent();
        assertThat(SCORER.score(List.of(own), List.of(placed)).reasons()).filteredOn(r -> r.kind().equals("same-kind"))
                .singleElement().satisfies(r -> assertThat(r.weight())
                        .isCloseTo(Math.log(EvidenceScorer.STAY_IN_BODY * Rank.DIVISION.population / 2_850), within(1e-9)));
        // a county's Party secretary and a city's bureau director of the same grade are not one kind
        assertThat(educationDirector().jurisdictionHeadKind()).isEmpty();
        assertThat(viceMayorOfWuxi().jurisdictionHeadKind()).isEmpty();
        assertThat(secretaryOfWuxi().jurisdictionHeadKind()).isNotEqualTo(mayorOfWuxi().jurisdictionHeadKind());
        // where the places say something, they speak instead
        Mention placed2019 = mention("r3", "Zhang Wei", LocalDate.of(2019, 5, 1), countySecretary());
        assertThat(SCORER.score(List.of(placed2019), List.of(placed)).reasons()).extracting(EvidenceScorer.Reason::kind)
                .doesNotContain("same-kind");
    }

    /** A post as the extractor gives it: the role lower-cased, the grade from the role, the body and its region's level. */
    private static Post post(String role, String orgKey, String orgLabel, Optional<Place> place) {
        return new Post(role.toLowerCase(java.util.Locale.ROOT), orgKey, orgLabel, place,
                Rank.of(role, orgLabel, place.map(Place::level)));
    }

    private static List<String> kinds(EvidenceScorer.Score s) {
        return s.reasons().stream().map(EvidenceScorer.Reason::kind).toList();
    }

    /**
     * A city's Party secretary is, by custom, the secretary of the Party working committee (党工委) of the new area
     * the city hosts: the same man, 2015–2017 in one chair and 2016 in the other, is neither two heads at once nor a
     * career that falls two grades and rises again.
     */
    @Test
    void aCitysSecretaryWhoHeadsTheWorkingCommitteeOfItsNewAreaIsOnePerson() {
        Post city = post("Secretary", "org/cpc-wuxi-municipal-committee", "CPC Wuxi Municipal Committee", Optional.of(WUXI));
        Post newArea = post("Secretary", "org/party-working-committee-of-wuxi-new-district",
                "Party Working Committee of Wuxi New District", Optional.of(WUXI));
        Post zone = post("Director", "org/administrative-committee-of-wuxi-high-tech-industrial-development-zone",
                "Administrative Committee of Wuxi High-tech Industrial Development Zone", Optional.of(WUXI));
        assertThat(newArea.rank()).isEqualTo(Rank.DIVISION); // two grades below the city's secretary, as the extractor grades it
        Mention city2015 = mention("r1", "Li Xiaoming", LocalDate.of(2015, 3, 1), city);
        Mention city2017 = mention("r2", "Li Xiaoming", LocalDate.of(2017, 3, 1), city);
        Mention newArea2016 = mention("r3", "Li Xiaoming", LocalDate.of(2016, 5, 1), newArea);
        Mention zone2016 = mention("r4", "Li Xiaoming", LocalDate.of(2016, 9, 1), zone);

        EvidenceScorer.Score s = SCORER.score(List.of(city2015, city2017), List.of(newArea2016));
        assertThat(kinds(s)).doesNotContain("two-heads", "seam");
        // nor do the name's namesakes count a career that spans two grades in a year
        assertThat(s.reasons().get(0).text()).doesNotContain("careers spanning");
        assertThat(s.logOdds()).isPositive();
        assertThat(kinds(SCORER.score(List.of(city2015, city2017), List.of(zone2016)))).doesNotContain("two-heads", "seam");
        // a body of the zone that is not its leadership is no one's by custom: the zone's education bureau
        Post zoneBureau = post("Director", "org/wuxi-new-district-education-bureau", "Wuxi New District Education Bureau",
                Optional.of(WUXI));
        assertThat(kinds(SCORER.score(List.of(city2015, city2017), List.of(mention("r5", "Li Xiaoming",
                LocalDate.of(2016, 5, 1), zoneBureau))))).contains("two-heads");
    }

    /** 一个机构两块牌子: one office with a Party name and a state name, and one head of both. */
    @Test
    void theHeadOfOneOfficeWithTwoNamesIsOnePerson() {
        Post taiwanWork = post("Director", "org/taiwan-work-office-of-the-cpc-central-committee",
                "Taiwan Work Office of the CPC Central Committee", Optional.empty());
        Post taiwanAffairs = post("Director", "org/taiwan-affairs-office-of-the-state-council",
                "Taiwan Affairs Office of the State Council", Optional.empty());
        LocalDate day = LocalDate.of(2016, 5, 1);
        assertThat(kinds(SCORER.score(List.of(mention("r1", "Zhang Zhijun", day, taiwanWork)),
                List.of(mention("r2", "Zhang Zhijun", day, taiwanAffairs))))).doesNotContain("two-heads");

        Post organization = post("Head", "org/organization-department-of-cpc-wuxi-municipal-committee",
                "Organization Department of CPC Wuxi Municipal Committee", Optional.of(WUXI));
        Post civilService = post("Director", "org/wuxi-municipal-civil-service-bureau", "Wuxi Municipal Civil Service Bureau",
                Optional.of(WUXI));
        EvidenceScorer.Score s = SCORER.score(List.of(mention("r3", "Li Xiaoming", day, organization)),
                List.of(mention("r4", "Li Xiaoming", day, civilService)));
        assertThat(kinds(s)).doesNotContain("two-heads");
        assertThat(s.logOdds()).isPositive();

        Post foreignParty = post("Director", "org/foreign-affairs-committee-office-of-cpc-wuxi-municipal-committee",
                "Foreign Affairs Committee Office of CPC Wuxi Municipal Committee", Optional.of(WUXI));
        Post foreignState = post("Director", "org/foreign-affairs-office-of-wuxi-municipal-people-s-government",
                "Foreign Affairs Office of Wuxi Municipal People's Government", Optional.of(WUXI));
        assertThat(foreignParty.sameOfficeAs(foreignState)).isTrue();
        Post discipline = post("Secretary", "org/wuxi-municipal-commission-for-discipline-inspection",
                "CPC Wuxi Municipal Commission for Discipline Inspection", Optional.of(WUXI));
        Post supervisory = post("Director", "org/wuxi-municipal-supervisory-commission", "Wuxi Municipal Supervisory Commission",
                Optional.of(WUXI));
        assertThat(discipline.sameOfficeAs(supervisory)).isTrue();

        // a city's Party committee and its government are two chairs; so are one field's bodies of two jurisdictions,
        // and two state bodies of one field
        assertThat(secretaryOfWuxi().sameOfficeAs(mayorOfWuxi())).isFalse();
        Post jiangyinEducation = post("Secretary", "org/education-working-committee-of-cpc-jiangyin-county-committee",
                "Education Working Committee of CPC Jiangyin County Committee", Optional.of(JIANGYIN));
        assertThat(jiangyinEducation.sameOfficeAs(educationDirector())).isFalse();
        Post wuxiEducation = post("Secretary", "org/education-working-committee-of-cpc-wuxi-municipal-committee",
                "Education Working Committee of CPC Wuxi Municipal Committee", Optional.of(WUXI));
        assertThat(wuxiEducation.sameOfficeAs(educationDirector())).isTrue();
        Post sportsBureau = post("Director", "org/wuxi-municipal-education-and-sports-center", "Wuxi Municipal Education Center",
                Optional.of(WUXI));
        assertThat(sportsBureau.sameOfficeAs(educationDirector())).isFalse();
        assertThat(kinds(SCORER.score(List.of(mention("r5", "Li Xiaoming", day, educationDirector())),
                List.of(mention("r6", "Li Xiaoming", day, organization))))).contains("two-heads");
    }

    /**
     * A Party secretary chairs the committee's leading groups and its decision and coordination commissions, and is
     * first secretary of the military subdistrict's Party committee; the directors of those commissions' offices and
     * the secretary of its discipline inspection commission are others.
     */
    @Test
    void theSecretaryChairsTheCommitteesOwnCommissionsAndLeadingGroups() {
        LocalDate day = LocalDate.of(2019, 5, 1);
        Mention secretary = mention("r1", "Li Xiaoming", day, secretaryOfWuxi());
        for (String body : List.of("Committee for Comprehensive Law-based Governance of CPC Wuxi Municipal Committee",
                "Commission for Comprehensively Deepening Reform of CPC Wuxi Municipal Committee",
                "Leading Small Group on Financial and Economic Affairs of CPC Wuxi Municipal Committee",
                "Party Committee of Wuxi Military Subdistrict")) {
            for (String role : List.of("Director", "Head", "First Secretary")) {
                Mention chair = mention("r2", "Li Xiaoming", day, post(role, "org/" + body.toLowerCase(java.util.Locale.ROOT)
                        .replace(' ', '-'), body, Optional.of(WUXI)));
                assertThat(kinds(SCORER.score(List.of(secretary), List.of(chair)))).as(role + " of " + body)
                        .doesNotContain("two-heads");
            }
        }
        for (String body : List.of("Office of the Committee for Comprehensive Law-based Governance of CPC Wuxi Municipal Committee",
                "CPC Wuxi Municipal Commission for Discipline Inspection",
                "Commission for Political and Legal Affairs of CPC Wuxi Municipal Committee")) {
            Mention other = mention("r2", "Li Xiaoming", day, post("Secretary", "org/" + body.toLowerCase(java.util.Locale.ROOT)
                    .replace(' ', '-'), body, Optional.of(WUXI)));
            assertThat(kinds(SCORER.score(List.of(secretary), List.of(other)))).as(body).contains("two-heads");
        }
    }

    @Test
    void onlyTheDeputysGradesAreVice() {
        assertThat(java.util.Arrays.stream(Rank.values()).filter(Rank::isVice))
                .containsExactly(Rank.VICE_DIVISION, Rank.VICE_BUREAU, Rank.VICE_MINISTERIAL);
        assertThat(new Post("governor", "org/yunnan", "Yunnan Province", Optional.empty(), Rank.VICE_MINISTERIAL)
                .jurisdictionHeadKind()).isEmpty();
        assertThat(new Post("secretary", "org/cpc-central-committee", "CPC Central Committee", Optional.empty(), Rank.STATE)
                .jurisdictionHeadKind()).isPresent();
    }

    /**
     * The chairs and vice chairs of a people's congress and of a CPPCC are where careers end (二线): a Party or
     * government post after one is rare in one person's career, and ordinary in two namesakes'. The chair a city's
     * Party secretary holds by custom is no end.
     */
    @Test
    void aPostAfterTheSecondLineIsLikelierANamesakes() {
        Post cppccChair = post("Chairman", "org/wuxi-municipal-committee-of-the-cppcc", "Wuxi Municipal Committee of the CPPCC",
                Optional.of(WUXI));
        Mention chair2015 = mention("r1", "Chen Jie", LocalDate.of(2015, 5, 1), cppccChair);
        Mention secretary2020 = mention("r2", "Chen Jie", LocalDate.of(2020, 5, 1), secretaryOfWuxi());
        assertThat(SCORER.score(List.of(chair2015), List.of(secretary2020)).reasons()).filteredOn(r -> r.kind().equals("second-line"))
                .singleElement().satisfies(r -> assertThat(r.weight())
                        .isCloseTo(Math.log(EvidenceScorer.BACK_FROM_THE_SECOND_LINE / 0.5), within(1e-9)));
        // the usual order: the secretary goes to the second line
        Mention secretary2012 = mention("r3", "Chen Jie", LocalDate.of(2012, 5, 1), secretaryOfWuxi());
        assertThat(kinds(SCORER.score(List.of(secretary2012), List.of(chair2015)))).doesNotContain("second-line");
        // the secretary named by the congress chair he holds by custom, then a vice governor elsewhere: no return from the
        // second line; the chair alone, held by no one of the other group's posts, is
        Post congress = post("Chairman", "org/standing-committee-of-the-wuxi-municipal-people-s-congress",
                "Standing Committee of the Wuxi Municipal People's Congress", Optional.of(WUXI));
        Mention chair2016 = mention("r4", "Chen Jie", LocalDate.of(2016, 5, 1), congress);
        Mention secretary2016 = mention("r5", "Chen Jie", LocalDate.of(2016, 3, 1), secretaryOfWuxi());
        Place zhejiang = new Place("zhejiang-province", "Zhejiang Province", RegionLevel.PROVINCE, List.of());
        Mention viceGovernor2018 = mention("r6", "Chen Jie", LocalDate.of(2018, 5, 1), post("Vice Governor",
                "org/zhejiang-provincial-government", "Zhejiang Provincial People's Government", Optional.of(zhejiang)));
        assertThat(kinds(SCORER.score(List.of(secretary2016, chair2016), List.of(viceGovernor2018)))).doesNotContain("second-line");
        assertThat(kinds(SCORER.score(List.of(chair2016), List.of(viceGovernor2018)))).contains("second-line");
    }

    /**
     * A county's Party secretary of 2015–2017 and a vice mayor of the city in 2016: one person seldom holds both, two
     * namesakes simply do. A vice mayor who directs a bureau of his own government at once is the custom (副市长兼公安局长).
     */
    @Test
    void aHeadAndADeputyElsewhereAtOnceAreLikelierTwoPeople() {
        Mention county2015 = mention("r1", "Liu Tao", LocalDate.of(2015, 5, 1), countySecretary());
        Mention county2017 = mention("r2", "Liu Tao", LocalDate.of(2017, 5, 1), countySecretary());
        Mention vice2016 = mention("r3", "Liu Tao", LocalDate.of(2016, 5, 1), viceMayorOfWuxi());
        assertThat(SCORER.score(List.of(county2015, county2017), List.of(vice2016)).reasons()).filteredOn(r -> r.kind().equals("two-posts"))
                .singleElement().satisfies(r -> assertThat(r.weight())
                        .isCloseTo(Math.log(EvidenceScorer.HEAD_AND_DEPUTY_AT_ONCE), within(1e-9)));
        // before and after, not at once: a career
        Mention vice2019 = mention("r4", "Liu Tao", LocalDate.of(2019, 5, 1), viceMayorOfWuxi());
        assertThat(kinds(SCORER.score(List.of(county2015, county2017), List.of(vice2019)))).doesNotContain("two-posts", "two-heads");
        Post police = post("Director", "org/wuxi-municipal-public-security-bureau", "Wuxi Municipal Public Security Bureau",
                Optional.of(WUXI));
        Mention police2015 = mention("r5", "Liu Tao", LocalDate.of(2015, 5, 1), police);
        Mention police2017 = mention("r6", "Liu Tao", LocalDate.of(2017, 5, 1), police);
        assertThat(kinds(SCORER.score(List.of(police2015, police2017), List.of(vice2016)))).doesNotContain("two-posts", "two-heads");
    }

    /** A city's own paper names its bureau without the city: the same bureau as the one named with it, not a second chair. */
    @Test
    void aBodyNamedWithoutItsRegionMayBeTheOneNamedWithIt() {
        Post placed = post("Director", "org/anshan-municipal-civil-service-bureau", "Anshan Municipal Civil Service Bureau",
                Optional.of(new Place("anshan", "Anshan", RegionLevel.CITY, List.of("liaoning-province"))));
        Post unplaced = post("Director", "org/municipal-civil-service-bureau", "Municipal Civil Service Bureau", Optional.empty());
        assertThat(unplaced.mayBeTheSameBodyAs(placed)).isTrue();
        assertThat(placed.mayBeTheSameBodyAs(educationDirector())).isFalse();
        Mention a2021 = mention("r1", "Chen Gang", LocalDate.of(2021, 2, 1), placed);
        Mention a2024 = mention("r2", "Chen Gang", LocalDate.of(2024, 7, 1), placed);
        Mention own2022 = mention("r3", "Chen Gang", LocalDate.of(2022, 6, 1), unplaced);
        assertThat(kinds(SCORER.score(List.of(a2021, a2024), List.of(own2022)))).doesNotContain("two-heads");
    }

    /**
     * Wuxi's Party secretary last named in 2016; a report of 2017 gives the chair to Zhou Kai, and the name's next post,
     * a vice governor of Jiangsu from 2017, begins after it: one career moving on. Not for a fall, not when the new
     * post began before the old one ended, not without a successor, not when the second post comes years later.
     */
    @Test
    void aHeadWhoseChairPassesToASuccessorAndWhoIsNextNamedHigherMovedOn() {
        Mention secretary2015 = mention("r1", "Wang Wei", LocalDate.of(2015, 5, 1), secretaryOfWuxi());
        Mention secretary2016 = mention("r2", "Wang Wei", LocalDate.of(2016, 9, 1), secretaryOfWuxi());
        Mention successor = withOthers(mention("r3", "Wang Wei", LocalDate.of(2017, 3, 1), viceGovernorOfJiangsu()),
                Map.of(secretaryOfWuxi().soleKey().orElseThrow(), "zhoukai"));
        Mention vice2018 = mention("r4", "Wang Wei", LocalDate.of(2018, 3, 1), viceGovernorOfJiangsu());
        List<Mention> city = List.of(secretary2015, secretary2016);
        List<Mention> province = List.of(successor, vice2018);

        EvidenceScorer.Score s = SCORER.score(city, province, Succession.of(List.of(secretary2015, secretary2016, successor, vice2018)));
        assertThat(s.reasons()).filteredOn(r -> r.kind().equals("handover")).singleElement().satisfies(r -> {
            assertThat(r.weight()).isCloseTo(Math.log(EvidenceScorer.HANDOVER), within(1e-9));
            assertThat(r.text()).contains("zhoukai", "2016-09-01", "2017-03-01");
        });
        // either group first: the same
        assertThat(kinds(SCORER.score(province, city, Succession.of(List.of(secretary2015, secretary2016, successor, vice2018)))))
                .contains("handover");
        // no report gives the chair to anyone else: nothing says he left it
        Mention vice2017 = mention("r5", "Wang Wei", LocalDate.of(2017, 3, 1), viceGovernorOfJiangsu());
        assertThat(kinds(SCORER.score(city, List.of(vice2017, vice2018)))).doesNotContain("handover");
        // the vice governor was named before the secretary's last report: two careers at once
        Mention vice2016 = mention("r6", "Wang Wei", LocalDate.of(2016, 3, 1), viceGovernorOfJiangsu());
        assertThat(kinds(SCORER.score(city, List.of(vice2016, successor), Succession.of(List.of(secretary2015, secretary2016,
                vice2016, successor))))).doesNotContain("handover");
        // a city's secretary next named as a county's: a fall is no moving on
        Mention county2017 = withOthers(mention("r7", "Wang Wei", LocalDate.of(2017, 3, 1), countySecretary()),
                Map.of(secretaryOfWuxi().soleKey().orElseThrow(), "zhoukai"));
        assertThat(kinds(SCORER.score(city, List.of(county2017)))).doesNotContain("handover");
        // first named years after he left
        Mention vice2020 = withOthers(mention("r8", "Wang Wei", LocalDate.of(2020, 3, 1), viceGovernorOfJiangsu()),
                Map.of(secretaryOfWuxi().soleKey().orElseThrow(), "zhoukai"));
        assertThat(kinds(SCORER.score(city, List.of(vice2020)))).doesNotContain("handover");
    }

    /** Where no place is said, a report of 2018 is likelier the secretary of 2018 than the namesake secretary of 2014. */
    @Test
    void theSameKindOfHeadCountsLessTheFurtherApartTheReports() {
        Post unplaced = new Post("secretary", "org/municipal-party-committee", "Municipal Party Committee", Optional.empty(), Rank.BUREAU);
        Mention own = mention("r1", "Chen Jie", LocalDate.of(2020, 5, 1), unplaced);
        Mention near = mention("r2", "Chen Jie", LocalDate.of(2020, 1, 1), secretaryOfWuxi());
        Mention far = mention("r3", "Chen Jie", LocalDate.of(2014, 5, 1), secretaryOfWuxi());
        Mention undated = new Mention("graph/r4", "official/r4", "Chen Jie", "chenjie", "r4", Optional.empty(), List.of(unplaced),
                List.of(), Map.of(), Set.of());
        double nearWeight = sameKind(SCORER.score(List.of(own), List.of(near)));
        double farWeight = sameKind(SCORER.score(List.of(own), List.of(far)));
        assertThat(nearWeight).isCloseTo(Math.log(EvidenceScorer.STAY_IN_BODY * Rank.BUREAU.population / 333), within(1e-9));
        // six years apart (2,192 days): five past the first, the odds halved five thirds of a time
        assertThat(nearWeight - farWeight).isCloseTo((2192 / 365.25 - 1) / 3 * Math.log(2), within(1e-9));
        // the nearest pair of the two groups counts; an undated report keeps the full weight
        assertThat(sameKind(SCORER.score(List.of(own), List.of(far, near)))).isCloseTo(nearWeight, within(1e-9));
        assertThat(sameKind(SCORER.score(List.of(undated), List.of(far)))).isCloseTo(nearWeight, within(1e-9));
    }

    private static double sameKind(EvidenceScorer.Score s) {
        return s.reasons().stream().filter(r -> r.kind().equals("same-kind")).mapToDouble(EvidenceScorer.Reason::weight).sum();
    }
}

