package org.w3id.cadregraph.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Scores Wikidata candidates against what the reports say, in points out of 100 (integer, so sums are
 * exact). A candidate that fails a type gate or contradicts the evidence gets no score at all, not a low
 * one. The name alone never reaches the default threshold of 80: some corroborating evidence (a post in
 * the report's region, an administrative code, the parent region, the Chinese name) is needed.
 *
 * <pre>
 *   OptionalInt points = scorer.official(facts, evidence, candidate, positions);
 * </pre>
 */
final class CandidateScorer {
    static final String HUMAN = "Q5";
    static final String CHINA = "Q148";

    /**
     * Wikidata classes of Chinese administrative divisions. An item of none of them passes only if it
     * has a P442 code. Sources (class id and label seen together): province of China Q1615742,
     * county of China Q1289426, county-level city Q1070990 and prefecture-level city Q748149 in two
     * public Wikidata class lists; autonomous county of China Q1336099 and district of China Q1065118
     * in one.
     */
    static final Set<String> DIVISION_CLASSES = Set.of("Q1615742", "Q748149", "Q1070990", "Q1289426", "Q1336099", "Q1065118");

    static final int NAME_LABEL = 60;
    static final int NAME_ALIAS = 50;
    static final int NAME_OTHER_FORM = 40;
    static final int CITIZEN = 10;
    static final int POSITION_EVIDENCE = 30;
    static final int NAME_ZH = 30;
    static final int ADMIN_CODE = 40;
    static final int PARENT = 30;
    static final int BODY_REGION = 30;
    static final int BODY_COUNTRY = 10;
    static final int CENTRAL_BODY_COUNTRY = 20;

    /** The evidence the reports give about an official, resolved to words and Wikidata ids. */
    record OfficialEvidence(Set<String> words, Set<String> regionQids, Optional<String> nameZh) {
        boolean isEmpty() {
            return words.isEmpty() && regionQids.isEmpty() && nameZh.isEmpty();
        }
    }

    private final Set<String> chineseJurisdictions;

    /** @param chineseJurisdictions China and the regions of China whose items are known */
    CandidateScorer(Set<String> chineseJurisdictions) {
        this.chineseJurisdictions = Set.copyOf(chineseJurisdictions);
    }

    /** The most an official can score; below the threshold there is no point in asking Wikidata. */
    static int officialCeiling(OfficialEvidence ev) {
        return NAME_LABEL + CITIZEN + (ev.words().isEmpty() && ev.regionQids().isEmpty() ? 0 : POSITION_EVIDENCE)
                + (ev.nameZh().isPresent() ? NAME_ZH : 0);
    }

    /** A human with PRC citizenship or a post in China, whose name is the official's. */
    OptionalInt official(String name, OfficialEvidence ev, WikidataEntity e, Map<String, WikidataEntity> positions) {
        int nameScore = personName(name, e);
        if (nameScore == 0 || !e.instanceOf().contains(HUMAN)) {
            return OptionalInt.empty();
        }
        List<WikidataEntity> held = held(e, positions);
        int points = nameScore;
        if (e.citizenship().contains(CHINA)) {
            points += CITIZEN;
        } else if (held.stream().noneMatch(this::inChina)) {
            return OptionalInt.empty();
        }
        if (ev.nameZh().isPresent()) {
            List<String> zh = zhNames(e);
            if (zh.contains(ev.nameZh().get())) {
                points += NAME_ZH;
            } else if (!zh.isEmpty()) {
                return OptionalInt.empty();
            }
        }
        boolean related = held.stream().anyMatch(p -> p.jurisdiction().stream().anyMatch(ev.regionQids()::contains)
                || p.labelEn().map(NameLib::distinctiveWords).orElse(Set.of()).stream().anyMatch(ev.words()::contains));
        if (related) {
            points += POSITION_EVIDENCE;
        }
        return OptionalInt.of(Math.min(100, points));
    }

    static int regionCeiling(Optional<String> code, Optional<String> parentQid) {
        return NAME_LABEL + (code.isPresent() ? ADMIN_CODE : 0) + (parentQid.isPresent() ? PARENT : 0);
    }

    /** An administrative division of that name, with the region's code and within its parent, when known. */
    OptionalInt region(LinkInputs.RegionFacts r, Optional<String> parentQid, WikidataEntity e) {
        if (e.instanceOf().stream().noneMatch(DIVISION_CLASSES::contains) && e.adminCodes().isEmpty()) {
            return OptionalInt.empty();
        }
        List<String> forms = new ArrayList<>(List.of(r.label()));
        forms.addAll(r.altLabels());
        int points = placeName(forms, e);
        if (points == 0) {
            return OptionalInt.empty();
        }
        if (r.code().isPresent()) {
            String code = NameLib.compact(r.code().get());
            if (e.adminCodes().stream().map(NameLib::compact).noneMatch(code::equals)) {
                return OptionalInt.empty();
            }
            points += ADMIN_CODE;
        }
        if (parentQid.isPresent()) {
            if (!e.locatedIn().contains(parentQid.get())) {
                return OptionalInt.empty();
            }
            points += PARENT;
        }
        return OptionalInt.of(Math.min(100, points));
    }

    static int organizationCeiling(Optional<String> regionQid) {
        return regionQid.map(q -> q.equals(CHINA) ? NAME_LABEL + CENTRAL_BODY_COUNTRY : NAME_LABEL + BODY_REGION + BODY_COUNTRY)
                .orElse(NAME_LABEL + BODY_COUNTRY);
    }

    /**
     * A body of that exact name in China: a local body must be located in its region (P131), a central
     * one must have China as its country (P17).
     */
    OptionalInt organization(String label, Optional<String> regionQid, WikidataEntity e) {
        String key = NameLib.key(label);
        int points = e.labelEn().map(NameLib::key).filter(key::equals).isPresent() ? NAME_LABEL
                : e.aliasesEn().stream().map(NameLib::key).anyMatch(key::equals) ? NAME_ALIAS : 0;
        if (points == 0) {
            return OptionalInt.empty();
        }
        boolean chinese = e.country().contains(CHINA);
        if (regionQid.isPresent() && !regionQid.get().equals(CHINA)) {
            if (!e.locatedIn().contains(regionQid.get())) {
                return OptionalInt.empty();
            }
            points += BODY_REGION + (chinese ? BODY_COUNTRY : 0);
        } else if (!chinese) {
            return OptionalInt.empty();
        } else {
            points += regionQid.isPresent() ? CENTRAL_BODY_COUNTRY : BODY_COUNTRY;
        }
        return OptionalInt.of(Math.min(100, points));
    }

    private boolean inChina(WikidataEntity position) {
        return position.country().contains(CHINA) || position.jurisdiction().stream().anyMatch(chineseJurisdictions::contains);
    }

    private static List<WikidataEntity> held(WikidataEntity person, Map<String, WikidataEntity> positions) {
        return person.positions().stream().map(positions::get).filter(java.util.Objects::nonNull).toList();
    }

    private static List<String> zhNames(WikidataEntity e) {
        List<String> out = new ArrayList<>();
        e.labelZh().ifPresent(out::add);
        out.addAll(e.aliasesZh());
        return out;
    }

    /** A personal name: as the label, as an alias, or with its words reversed ("Jinpeng Huai"). */
    private static int personName(String name, WikidataEntity e) {
        String c = NameLib.compact(name);
        String r = NameLib.reversed(name);
        if (e.labelEn().map(NameLib::compact).filter(c::equals).isPresent()) {
            return NAME_LABEL;
        }
        if (e.aliasesEn().stream().map(NameLib::compact).anyMatch(c::equals)) {
            return NAME_ALIAS;
        }
        return englishNames(e).stream().map(NameLib::compact).anyMatch(r::equals) ? NAME_OTHER_FORM : 0;
    }

    /** A place name: as the label, as an alias, or bare ("Wujiang" for "Wujiang District"). */
    private static int placeName(Collection<String> forms, WikidataEntity e) {
        List<String> keys = forms.stream().map(NameLib::compact).toList();
        if (e.labelEn().map(NameLib::compact).filter(keys::contains).isPresent()) {
            return NAME_LABEL;
        }
        if (e.aliasesEn().stream().map(NameLib::compact).anyMatch(keys::contains)) {
            return NAME_ALIAS;
        }
        List<String> bare = forms.stream().map(NameLib::bareRegionName).map(NameLib::compact).toList();
        return englishNames(e).stream().map(NameLib::bareRegionName).map(NameLib::compact).anyMatch(bare::contains)
                ? NAME_OTHER_FORM : 0;
    }

    private static List<String> englishNames(WikidataEntity e) {
        List<String> out = new ArrayList<>();
        e.labelEn().ifPresent(out::add);
        out.addAll(e.aliasesEn());
        return out;
    }
}
