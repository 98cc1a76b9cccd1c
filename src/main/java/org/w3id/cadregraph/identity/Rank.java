package org.w3id.cadregraph.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3id.cadregraph.gazetteer.RegionLevel;

/**
 * The grade of a post in the Chinese cadre system (级别), estimated from the role and the body it is held in, from
 * {@link #SECTION} (a township head, a county bureau chief, a school principal) up to {@link #STATE} (the Premier,
 * a Politburo member). It tells how many people could hold such a post ({@link #population}): the namesakes
 * that must be ruled out; and how far apart two posts are in a career ({@link #careerDistance}).
 *
 * <pre>
 *   Rank.of("Vice Governor", "", Optional.empty());                                   // VICE_MINISTERIAL
 *   Rank.of("Director", "Education Bureau", Optional.of(RegionLevel.CITY));         // DIVISION
 * </pre>
 */
public enum Rank {
    UNKNOWN(0, 1_000_000, 1),
    SECTION(1, 1_000_000, 1),
    VICE_DIVISION(2, 600_000, 1.5),
    DIVISION(3, 300_000, 2),
    VICE_BUREAU(4, 100_000, 5),
    BUREAU(5, 50_000, 10),
    VICE_MINISTERIAL(6, 5_000, 30),
    MINISTERIAL(7, 1_000, 100),
    STATE(8, 150, 1000);

    /** 0 for unknown, then 1 (section) to 8 (state leader). */
    public final int grade;
    /**
     * How many people hold a post of this grade over a decade of reports, in round numbers: about 2,500 serving
     * provincial-ministerial cadres, 40,000 bureau-level, 600,000 county-division-level at a time, with turnover;
     * the lower grades count only those who appear in reports. Unknown: anyone who appears in an official capacity.
     */
    public final int population;
    /**
     * How often one person of this grade is named in reports, relative to a section-level cadre: the higher the
     * post, the more reports. A mention that gives no post is most likely one of the often-named.
     */
    public final double exposure;

    Rank(int grade, int population, double exposure) {
        this.grade = grade;
        this.population = population;
        this.exposure = exposure;
    }

    /**
     * The people a mention without a post could be, counted by how often each is named: Σ population × exposure
     * over the known grades, divided by the exposure of the grade it is compared with.
     */
    public static double untitledPoolAgainst(Rank known) {
        double weighted = 0;
        for (Rank r : values()) {
            if (r.known()) {
                weighted += r.population * r.exposure;
            }
        }
        return weighted / known.exposure;
    }

    public boolean known() {
        return this != UNKNOWN;
    }

    /**
     * A deputy's grade (副职: vice-division, vice-bureau, vice-ministerial): no jurisdiction's head holds it. The
     * state grade has no vice grade above the ministerial one, and section grade counts as a head's.
     */
    public boolean isVice() {
        return this == VICE_DIVISION || this == VICE_BUREAU || this == VICE_MINISTERIAL;
    }

    /** Grades between two known ranks; 0 when either is unknown. */
    public int careerDistance(Rank other) {
        return known() && other.known() ? Math.abs(grade - other.grade) : 0;
    }

    static Rank ofGrade(int grade) {
        for (Rank r : values()) {
            if (r.grade == grade) {
                return r;
            }
        }
        return grade > STATE.grade ? STATE : grade < SECTION.grade ? SECTION : UNKNOWN;
    }

    private static final Pattern DEPUTY = Pattern.compile("\\b(vice|deputy|assistant|associate)\\b|^vice-");
    private static final Pattern MEMBER = Pattern.compile("\\bmember\\b");
    private static final Pattern SECRETARY_GENERAL = Pattern.compile("secretary[- ]general|inspector|counsel|researcher");
    private static final Pattern STATE_ROLE = Pattern.compile(
            "^(vice[- ])?premier$|^state councill?or$|^general secretary$");
    private static final Pattern STATE_BODY = Pattern.compile(
            "political bureau|politburo|^(the )?state council$|central military commission|"
                    + "^(the )?(cpc |communist party of china \\(cpc\\) |communist party of china )?central committee$|"
                    + "central committee of the (cpc|communist)|secretariat of the cpc|"
                    + "standing committee of (china's )?(the )?national people's congress|npc standing committee|"
                    + "national committee of the (cppcc|chinese people's political consultative conference)");
    private static final Pattern NATIONAL_BODY = Pattern.compile(
            "\\bministry\\b|\\bmoe\\b|^education$|^(the )?state (administration|commission|council)|\\bnational\\b|"
                    + "\\bcentral\\b|\\bnpc\\b|all-china|supreme people's");
    private static final Pattern PROVINCIAL = Pattern.compile("\\bprovinc|autonomous region");
    private static final Pattern MUNICIPAL = Pattern.compile("\\bmunicipal|\\bcity\\b|prefectur");
    private static final Pattern COUNTY = Pattern.compile("\\bcounty|\\bdistrict");
    private static final Pattern TOWNSHIP = Pattern.compile("\\btown|township|subdistrict|street|village");
    /**
     * A body inside a jurisdiction (its department, bureau, office), whose head is two grades below the head of the
     * jurisdiction. A party group or a standing committee is not one: it is the jurisdiction's own leadership.
     */
    private static final Pattern SUB_BODY = Pattern.compile(
            "department|bureau|commission|\\boffice\\b|working committee|work committee|\\bcent(er|re)\\b|"
                    + "association|federation|\\bcourt\\b|procuratorate");
    private static final Pattern NATIONAL_SUB_BODY = Pattern.compile("department|bureau|\\boffice\\b|division|\\bcent(er|re)\\b");
    private static final Pattern INSTITUTION = Pattern.compile("school|kindergarten|hospital|company|\\bgroup\\b(?! of)|"
            + "corporation|\\bbank\\b|college|academy|institute|university|presidium|conference|\\bbranch");
    private static final Pattern UNIVERSITY = Pattern.compile("university|academy of");

    /**
     * The grade of a post.
     *
     * @param role        the role as written ("Deputy Director")
     * @param org         the body's name as written, empty when the report names none
     * @param regionLevel the level of the region the body belongs to, when known
     */
    public static Rank of(String role, String org, Optional<RegionLevel> regionLevel) {
        String r = role.toLowerCase(Locale.ROOT).strip();
        String o = org.toLowerCase(Locale.ROOT).strip();
        if (STATE_ROLE.matcher(r).find()) {
            return STATE;
        }
        int below = SECRETARY_GENERAL.matcher(r).find() ? 2 : DEPUTY.matcher(r).find() || MEMBER.matcher(r).find() ? 1 : 0;
        return headGrade(r, o, regionLevel).map(h -> ofGrade(h - below)).orElse(UNKNOWN);
    }

    /** The grade of the head of the body, or of the jurisdiction a role names by itself ("Governor"). */
    private static Optional<Integer> headGrade(String role, String org, Optional<RegionLevel> level) {
        if (org.isEmpty()) {
            return roleAlone(role);
        }
        if (STATE_BODY.matcher(org).find()) {
            return Optional.of(STATE.grade);
        }
        if (INSTITUTION.matcher(org).find()) {
            return Optional.of(UNIVERSITY.matcher(org).find() ? BUREAU.grade : VICE_DIVISION.grade);
        }
        boolean local = level.map(l -> l != RegionLevel.COUNTRY).orElse(false) || PROVINCIAL.matcher(org).find()
                || MUNICIPAL.matcher(org).find() || COUNTY.matcher(org).find() || TOWNSHIP.matcher(org).find();
        if (!local && (level.isPresent() || NATIONAL_BODY.matcher(org).find())) {
            // a ministry of the State Council: its minister is grade 7, the head of one of its departments 5
            return Optional.of(MINISTERIAL.grade - (NATIONAL_SUB_BODY.matcher(org).find() ? 2 : 0));
        }
        int sub = SUB_BODY.matcher(org).find() ? 2 : 0;
        return jurisdiction(org, level).or(() -> roleAlone(role)).map(g -> g - sub);
    }

    /** The grade of the head of the region a local body belongs to: a province 7, a city 5, a county 3, a township 1. */
    private static Optional<Integer> jurisdiction(String org, Optional<RegionLevel> level) {
        if (level.isPresent() && level.get() != RegionLevel.COUNTRY) {
            return Optional.of(switch (level.get()) {
                case PROVINCE -> MINISTERIAL.grade;
                case CITY -> BUREAU.grade;
                case COUNTY -> DIVISION.grade;
                default -> SECTION.grade;
            });
        }
        if (TOWNSHIP.matcher(org).find()) {
            return Optional.of(SECTION.grade);
        }
        if (COUNTY.matcher(org).find()) {
            return Optional.of(DIVISION.grade);
        }
        if (MUNICIPAL.matcher(org).find()) {
            return Optional.of(BUREAU.grade);
        }
        if (PROVINCIAL.matcher(org).find()) {
            return Optional.of(MINISTERIAL.grade);
        }
        return Optional.empty();
    }

    /** Roles that name their jurisdiction's level by themselves ("Governor", "County Mayor"). */
    private static Optional<Integer> roleAlone(String role) {
        String r = role.replaceAll("\\b(vice|deputy|executive|acting|assistant|first)\\b", "").replaceAll("[- ]+", " ").strip();
        if (r.matches("(provincial )?governor|provincial party (secretary|chief)|minister|(provincial )?party committee secretary")) {
            return Optional.of(MINISTERIAL.grade);
        }
        if (r.matches("(city |municipal )?mayor|municipal party (secretary|chief)")) {
            return Optional.of(BUREAU.grade);
        }
        if (r.matches("(county|district) (mayor|governor|chief|magistrate|head|director)|county party (committee )?secretary")) {
            return Optional.of(DIVISION.grade);
        }
        if (r.matches("(township|town) (head|mayor)|section chief|principal")) {
            return Optional.of(SECTION.grade);
        }
        return Optional.empty();
    }
}
