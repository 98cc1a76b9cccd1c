package org.w3id.cadregraph.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes a world of invented officials and the short reports about them, with the truth of who is who.
 *
 * <p>Every city has a Party secretary, a mayor, two vice mayors, an education bureau director and two county
 * secretaries; every province a governor and two vice governors. Terms last three years; at each change a post
 * goes to someone promoted from below (the same city or province, sometimes another province for provincial
 * posts) or to a newcomer. Newcomers draw names from a pool of very common names (so different people share
 * them: Li Ming, Wang Wei, Zhang Jun …) or get a name of their own; a few spell their names two ways
 * ("Wang Yi'ou"/"Wang Yiou", "WengTiehui"/"Weng Tiehui"). Each city and province holds meetings every year;
 * a report names the holders of its posts that day, one in ten of them without a post (as rostrum lists do).
 * With {@code regionless}, a quarter of the city reports are written as a city's own paper writes them: "the city
 * work conference", "Mayor X", "Secretary of the Municipal Party Committee Y", no city named, and half of those
 * with no year either; a promotion then links a post whose place the text never gives to a later one whose place
 * it does, and namesakes can meet in two such reports (the shape of "Wang Yubo" in the annotated sets).
 *
 * <p>With {@code richCareers} (off in the older worlds, whose reports stay byte-identical), careers have what the
 * plain world lacks (the frequencies and why: {@link RichCareers}): <b>concurrent posts</b> (in half the cities the
 * Party secretary chairs the people's congress standing committee, and the congress's session reports name him by
 * that chair alone; a governor is the province's Party deputy secretary and the first vice governor a member of its
 * standing committee, named by the Party post alone in the standing committee's reports; the organization department
 * head is the civil service bureau's director, named by either), <b>returns</b> (a mayor or vice mayor goes to the
 * province as director of its department of commerce and comes back, years later, as a city's mayor or Party
 * secretary, often his own city's, sometimes his own old chair), and <b>moves down and aside</b> (a secretary or
 * mayor who leaves without promotion goes to the city's CPPCC or people's congress, or, after an investigation, to a
 * deputy director's post in the statistics bureau; a vice mayor to a CPPCC vice chair).
 *
 * <pre>
 *   IdentityBenchmark.World w = new IdentityBenchmark(42).write(dir);
 *   w.truth().get("r0007").get("liming");   // the person id of the Li Ming that report r0007 names
 * </pre>
 */
final class IdentityBenchmark {
    record City(String name, String province, List<String> counties) {}

    record Person(String id, String name, String variant, String home) {}

    /**
     * Who each report names: report id → name key → person id; {@code careers}: how often each rich-career event
     * happened (empty in the plain worlds).
     */
    record World(Map<String, Map<String, String>> truth, int reports, int people, Map<String, Integer> careers) {}

    /**
     * How often the rich careers' events happen, chosen to be about as common as in the careers of prefecture
     * leaders in the 2010s, rounded up where life's rate would give too few cases in 300 reports to measure.
     */
    static final class RichCareers {
        /**
         * Cities whose Party secretary also chairs the people's congress standing committee: practice differs by
         * province and period (common before 2003, then mostly separated, and again in many places since 2016); half.
         */
        static final double SECRETARY_CHAIRS_CONGRESS = 0.5;
        /** Ordinary reports that give such a secretary both titles ("Secretary … and Chairman of the Standing Committee …"). */
        static final double DOUBLE_TITLE = 0.3;
        /** Provincial reports that give the first vice governor his Party post too. */
        static final double VICE_GOVERNOR_DOUBLE_TITLE = 0.4;
        /**
         * A city secretary's or mayor's post goes to the province's director of commerce (of a term's standing at
         * least), when the post changes hands: a spell in a provincial department between two local posts is a
         * common path (上调, then 下派), and the director was a mayor or vice mayor of the province's cities.
         */
        static final double FROM_THE_PROVINCE = 0.35;
        /** A secretary or mayor who leaves without promotion goes to chair the city's CPPCC (the "second line"). */
        static final double TO_CPPCC = 0.35;
        /** … or to chair the city's people's congress standing committee, where the secretary does not. */
        static final double TO_CONGRESS = 0.10;
        /**
         * … or, after an investigation, down to a deputy director's post (vice-division grade, three below): a few in
         * a hundred in the anti-corruption years, when several percent of prefecture leaders were investigated;
         * doubled here, so that a world of 300 reports has a case or two.
         */
        static final double DEMOTED = 0.10;
        /** A vice mayor who leaves without promotion goes to a CPPCC vice chair (the same grade). */
        static final double VICE_MAYOR_TO_CPPCC = 0.3;
        /** The holders of those posts named at a city's meetings: the four sets of leaders (四套班子) attend often. */
        static final double SECOND_LINE_ATTENDS = 0.3;
        static final double ORGANIZATION_HEAD_ATTENDS = 0.3;
        /** The demoted are seldom in the news. */
        static final double DEMOTED_ATTENDS = 0.15;
        static final double COMMERCE_ATTENDS = 0.5;
    }

    private static final List<City> CITIES = List.of(
            new City("Wuxi", "Jiangsu Province", List.of("Jiangyin", "Yixing")),
            new City("Anshan", "Liaoning Province", List.of("Haicheng", "Taian")),
            new City("Ningbo", "Zhejiang Province", List.of("Yuyao", "Cixi")),
            new City("Wenzhou", "Zhejiang Province", List.of("Ruian", "Yueqing")),
            new City("Zhuzhou", "Hunan Province", List.of("Liling", "Youxian")),
            new City("Changde", "Hunan Province", List.of("Taoyuan", "Lixian")),
            new City("Mianyang", "Sichuan Province", List.of("Jiangyou", "Santai")),
            new City("Yibin", "Sichuan Province", List.of("Nanxi", "Jiangan")),
            new City("Tianshui", "Gansu Province", List.of("Qinan", "Gangu")),
            new City("Pingliang", "Gansu Province", List.of("Jingchuan", "Lingtai")),
            new City("Xianning", "Hubei Province", List.of("Chibi", "Jiayu")));
    private static final List<String> COMMON = List.of("Li Ming", "Wang Wei", "Zhang Jun", "Liu Yang", "Chen Gang", "Wang Jun",
            "Li Jun", "Zhang Wei", "Liu Bo", "Yang Bin", "Li Jianguo", "Wang Jianhua", "Zhang Hua", "Chen Jie", "Liu Tao");
    private static final List<String[]> VARIANTS = List.of(new String[] {"Wang Yi'ou", "Wang Yiou"},
            new String[] {"Weng Tiehui", "WengTiehui"}, new String[] {"Lü Xin'an", "Lu Xinan"}, new String[] {"Qin Ruqing", "QinRuqing"});
    private static final List<String> SURNAMES = List.of("Qiao", "Fan", "Gu", "Kong", "Duan", "Lei", "Shao", "Meng", "Tan", "Xiong",
            "Jin", "Hao", "Cui", "Kang", "Mao", "Qiu", "Hou", "Wan", "Yin", "Geng", "Pang", "Niu", "Yue", "Zhuang", "Yan");
    private static final List<String> SYLLABLES = List.of("ding", "yuan", "shu", "kai", "lan", "song", "he", "quan", "zheng", "rui",
            "mu", "qiu", "ran", "xuan", "ce", "lu", "tong", "weng", "nian", "chuan", "gao", "pei", "ke", "sen");
    private static final String[] KINDS = {"work conference", "education work conference", "promotion meeting", "symposium"};
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("yyyy.MM.dd");
    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH);

    private final Random random;
    private final Map<String, Person> holder = new HashMap<>();
    private final List<Person> people = new ArrayList<>();
    private final java.util.Set<String> ownNames = new java.util.HashSet<>();
    private int variantsUsed;

    private final boolean namesakesShareCities;
    private final boolean regionless;
    private final boolean rich;
    /** Rich careers only: each person's posts in order, the year each post was last given, the cities whose
     * secretary chairs the congress, who left a post this reappointment without a promotion, and what happened. */
    private final Map<String, List<String>> history = new HashMap<>();
    private final Map<String, Integer> since = new HashMap<>();
    private final java.util.Set<String> secretaryChairsCongress = new java.util.HashSet<>();
    private final List<Map.Entry<String, Person>> leftWithoutPromotion = new ArrayList<>();
    private final Map<String, Integer> careers = new java.util.TreeMap<>();
    private int year;

    /**
     * @param namesakesShareCities false: a common name goes to a newcomer only if no one of that name has worked in
     *                             the same city (or, for a provincial post, province) — namesakes live in different
     *                             regions, as a name borne by one in 1,600 people does; true: any city, far denser
     *                             than life, to see what the model does when place evidence misleads
     */
    IdentityBenchmark(long seed, boolean namesakesShareCities) {
        this(seed, namesakesShareCities, false);
    }

    /**
     * @param regionless true: a quarter of the city reports name no region and half of those no year (see above);
     *                   false: every report names its city or province and is dated, the world of the default figures
     */
    IdentityBenchmark(long seed, boolean namesakesShareCities, boolean regionless) {
        this(seed, namesakesShareCities, regionless, false);
    }

    /** @param richCareers true: concurrent posts, returns, moves down and aside (see above); false: the older worlds */
    IdentityBenchmark(long seed, boolean namesakesShareCities, boolean regionless, boolean richCareers) {
        this.random = new Random(seed);
        this.namesakesShareCities = namesakesShareCities;
        this.regionless = regionless;
        this.rich = richCareers;
    }

    World write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, Map<String, String>> truth = new LinkedHashMap<>();
        int n = 0;
        if (rich) {
            for (City c : CITIES) {
                if (random.nextDouble() < RichCareers.SECRETARY_CHAIRS_CONGRESS) {
                    secretaryChairsCongress.add(c.name());
                }
            }
        }
        for (int year = 2014; year <= 2024; year++) {
            this.year = year;
            if ((year - 2014) % 3 == 0) {
                reappoint();
            }
            for (City c : CITIES) {
                for (int k = 0; k < 2; k++) {
                    n = cityReport(dir, truth, n, c, year);
                }
                if (rich) {
                    n = congressReport(dir, truth, n, c, year);
                }
            }
            for (String province : CITIES.stream().map(City::province).distinct().toList()) {
                n = provinceReport(dir, truth, n, province, year);
                if (rich) {
                    n = standingCommitteeReport(dir, truth, n, province, year);
                }
            }
        }
        return new World(truth, n, people.size(), careers);
    }

    // ---- the world

    private void reappoint() {
        // from the top down, so a promotion empties a lower post that is then filled in turn
        for (String province : CITIES.stream().map(City::province).distinct().toList()) {
            fill(province + "|governor", province, List.of(province + "|vicegov1", province + "|vicegov2"), true);
            for (String vg : List.of("|vicegov1", "|vicegov2")) {
                List<String> below = new ArrayList<>();
                CITIES.stream().filter(c -> c.province().equals(province)).forEach(c -> below.add(c.name() + "|secretary"));
                fill(province + vg, province, below, true);
            }
        }
        for (City c : CITIES) {
            String p = c.name() + "|";
            fill(p + "secretary", c.province(), List.of(p + "mayor"), false);
            fill(p + "mayor", c.province(), List.of(p + "vicemayor1", p + "vicemayor2"), false);
            fill(p + "vicemayor1", c.province(), List.of(p + "county0", p + "education"), false);
            fill(p + "vicemayor2", c.province(), List.of(p + "county1", p + "education"), false);
            fill(p + "education", c.province(), List.of(), false);
            fill(p + "county0", c.province(), List.of(), false);
            fill(p + "county1", c.province(), List.of(), false);
            if (rich) {
                fill(p + "orgdept", c.province(), List.of(p + "county0", p + "county1", p + "education"), false);
            }
        }
        if (rich) {
            reappointRich();
        }
    }

    /**
     * The province's department of commerce takes a mayor or vice mayor of its cities (whose posts are filled again
     * from below); those who left a post without promotion go to the second line or down; the second line's posts
     * left empty go to newcomers.
     */
    private void reappointRich() {
        for (String province : CITIES.stream().map(City::province).distinct().toList()) {
            List<City> cities = CITIES.stream().filter(c -> c.province().equals(province)).toList();
            List<String> below = new ArrayList<>();
            cities.forEach(c -> below.addAll(List.of(c.name() + "|mayor", c.name() + "|vicemayor1", c.name() + "|vicemayor2")));
            fill(province + "|commerce", province, below, false);
            for (City c : cities) {
                String p = c.name() + "|";
                for (String post : List.of("secretary", "mayor", "vicemayor1", "vicemayor2", "education", "county0", "county1", "orgdept")) {
                    if (!holder.containsKey(p + post)) {
                        fill(p + post, c.province(), switch (post) {
                            case "secretary" -> List.of(p + "mayor");
                            case "mayor" -> List.of(p + "vicemayor1", p + "vicemayor2", p + "orgdept");
                            case "vicemayor1" -> List.of(p + "county0", p + "education");
                            case "vicemayor2" -> List.of(p + "county1", p + "education");
                            case "orgdept" -> List.of(p + "county0", p + "county1", p + "education");
                            default -> List.<String>of();
                        }, false);
                    }
                }
            }
        }
        for (City c : CITIES) {
            String p = c.name() + "|";
            for (String post : List.of("cppcc", "cppccvice", "congress")) {
                if (holder.containsKey(p + post) && random.nextDouble() < 0.5) {
                    holder.remove(p + post); // retires
                }
            }
            holder.remove(p + "demoted");
        }
        for (Map.Entry<String, Person> left : leftWithoutPromotion) {
            String city = left.getKey().substring(0, left.getKey().indexOf('|'));
            String post = left.getKey().substring(city.length() + 1);
            double r = random.nextDouble();
            String to = null;
            if (post.equals("secretary") || post.equals("mayor")) {
                to = r < RichCareers.TO_CPPCC ? "cppcc"
                        : r < RichCareers.TO_CPPCC + RichCareers.TO_CONGRESS ? (secretaryChairsCongress.contains(city) ? null : "congress")
                        : r < RichCareers.TO_CPPCC + RichCareers.TO_CONGRESS + RichCareers.DEMOTED ? "demoted" : null;
            } else if (post.startsWith("vicemayor") && r < RichCareers.VICE_MAYOR_TO_CPPCC) {
                to = "cppccvice";
            }
            if (to != null) {
                // the incumbent retires: second-line posts change hands with the leadership's terms
                assign(city + "|" + to, left.getValue());
                careers.merge((to.equals("demoted") ? "demoted from " : "aside from ") + post + " to " + to, 1, Integer::sum);
            }
        }
        leftWithoutPromotion.clear();
        for (City c : CITIES) {
            String p = c.name() + "|";
            for (String post : List.of("cppcc", "cppccvice", "congress")) {
                if (!holder.containsKey(p + post) && !(post.equals("congress") && secretaryChairsCongress.contains(c.name()))) {
                    assign(p + post, newcomer(c.name()));
                }
            }
        }
    }

    private void assign(String post, Person p) {
        holder.put(post, p);
        since.put(post, year);
        if (rich) {
            history.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(post);
        }
    }

    /** Gives a post to its holder again (half the time), to someone from a post below, or to a newcomer. */
    private void fill(String post, String province, List<String> below, boolean acrossProvinces) {
        if (holder.containsKey(post) && random.nextDouble() < 0.5) {
            return;
        }
        Person leaving = holder.get(post);
        if (rich && leaving != null && !post.endsWith("|commerce")) {
            leftWithoutPromotion.add(Map.entry(post, leaving));
        }
        String commerce = province + "|commerce";
        if (rich && (post.endsWith("|secretary") || post.endsWith("|mayor")) && !post.startsWith(province)
                && holder.containsKey(commerce) && since.get(commerce) < year
                && random.nextDouble() < RichCareers.FROM_THE_PROVINCE) {
            Person back = holder.remove(commerce);
            String city = post.substring(0, post.indexOf('|'));
            List<String> before = history.getOrDefault(back.id(), List.of());
            careers.merge(before.contains(post) ? "returns to the same post"
                    : before.stream().anyMatch(x -> x.startsWith(city + "|")) ? "returns to the same city" : "from the province to another city",
                    1, Integer::sum);
            assign(post, back);
            return;
        }
        List<String> candidates = below.stream().filter(holder::containsKey).toList();
        if (acrossProvinces && random.nextDouble() < 0.3) {
            // a provincial leader from another province's cities
            List<String> others = new ArrayList<>();
            CITIES.stream().filter(c -> !c.province().equals(province)).forEach(c -> others.add(c.name() + "|secretary"));
            candidates = others.stream().filter(holder::containsKey).toList();
        }
        if (!candidates.isEmpty() && random.nextDouble() < 0.7) {
            String from = candidates.get(random.nextInt(candidates.size()));
            assign(post, holder.remove(from));
        } else {
            assign(post, newcomer(post.substring(0, post.indexOf('|'))));
        }
    }

    private Person newcomer(String home) {
        String id = "p" + people.size();
        Person p;
        double r = random.nextDouble();
        String common = COMMON.get(random.nextInt(COMMON.size()));
        boolean free = namesakesShareCities
                || people.stream().noneMatch(x -> x.name().equals(common) && (x.home().equals(home) || provinceOf(x.home()).equals(provinceOf(home))
                && (home.endsWith("Province") || x.home().endsWith("Province"))));
        if (r < commonNameRate(home) && free) {
            p = new Person(id, common, null, home);
        } else if (r < 0.40 && variantsUsed < VARIANTS.size()) {
            String[] v = VARIANTS.get(variantsUsed++);
            p = new Person(id, v[0], v[1], home);
        } else {
            String name;
            do {
                String given = SYLLABLES.get(random.nextInt(SYLLABLES.size())) + SYLLABLES.get(random.nextInt(SYLLABLES.size()));
                name = SURNAMES.get(random.nextInt(SURNAMES.size())) + " " + Character.toUpperCase(given.charAt(0)) + given.substring(1);
            } while (!ownNames.add(name));
            p = new Person(id, name, null, home);
        }
        people.add(p);
        return p;
    }

    /**
     * How often a newcomer bears one of the common names: far more often than in life (where these fifteen names
     * are about one person in two hundred), so that namesakes abound, and less often the higher the post, as in
     * life, where the few hundred provincial leaders seldom share a name.
     */
    private static double commonNameRate(String home) {
        return home.endsWith("Province") ? 0.05 : 0.35;
    }

    private static String provinceOf(String home) {
        return home.endsWith("Province") ? home
                : CITIES.stream().filter(c -> c.name().equals(home)).map(City::province).findFirst().orElse(home);
    }

    // ---- the reports

    private record Named(Person person, String title, String role) {}

    private int cityReport(Path dir, Map<String, Map<String, String>> truth, int n, City c, int year) throws IOException {
        if (regionless && random.nextDouble() < 0.25) {
            return regionlessCityReport(dir, truth, n, c, year, random.nextBoolean());
        }
        String p = c.name() + "|";
        List<Named> named = new ArrayList<>();
        String secretary = "Secretary of the CPC " + c.name() + " Municipal Committee";
        if (rich && secretaryChairsCongress.contains(c.name()) && random.nextDouble() < RichCareers.DOUBLE_TITLE) {
            secretary += " and " + title(c, "congress", false);
        }
        named.add(new Named(holder.get(p + "secretary"), secretary, "presided"));
        named.add(new Named(holder.get(p + "mayor"), "Mayor of " + c.name(), "spoke"));
        named.add(new Named(holder.get(p + (random.nextBoolean() ? "vicemayor1" : "vicemayor2")), "Vice Mayor of " + c.name(), ""));
        if (random.nextBoolean()) {
            named.add(new Named(holder.get(p + "education"), "Director of the " + c.name() + " Municipal Education Bureau", ""));
        }
        int county = random.nextInt(2);
        named.add(new Named(holder.get(p + "county" + county), "Secretary of the CPC " + c.counties().get(county) + " County Committee", ""));
        if (rich) {
            richAttendance(named, c, false);
        }
        String kind = KINDS[random.nextInt(KINDS.length)];
        return write(dir, truth, n, c.name() + " holds " + kind, c.name() + " Daily", "the " + c.name() + " " + kind, year, named);
    }

    /** A city report as the city's own paper writes it: no region named, and, when {@code undated}, no year. */
    private int regionlessCityReport(Path dir, Map<String, Map<String, String>> truth, int n, City c, int year, boolean undated)
            throws IOException {
        String p = c.name() + "|";
        List<Named> named = new ArrayList<>();
        named.add(new Named(holder.get(p + "secretary"), "Secretary of the Municipal Party Committee", "presided"));
        named.add(new Named(holder.get(p + "mayor"), "Mayor", "spoke"));
        named.add(new Named(holder.get(p + (random.nextBoolean() ? "vicemayor1" : "vicemayor2")), "Vice Mayor", ""));
        if (random.nextBoolean()) {
            named.add(new Named(holder.get(p + "education"), "Director of the Municipal Education Bureau", ""));
        }
        named.add(new Named(holder.get(p + "county" + random.nextInt(2)), "Secretary of the County Party Committee", ""));
        if (rich) {
            richAttendance(named, c, true);
        }
        String kind = KINDS[random.nextInt(KINDS.length)];
        return write(dir, truth, n, "City holds " + kind, undated ? null : "News Centre", "the city " + kind, year, named);
    }

    private int provinceReport(Path dir, Map<String, Map<String, String>> truth, int n, String province, int year) throws IOException {
        List<Named> named = new ArrayList<>();
        String bare = province.replace(" Province", "");
        named.add(new Named(holder.get(province + "|governor"), "Governor of " + province, "presided"));
        String first = "Vice Governor of " + province;
        if (rich && random.nextDouble() < RichCareers.VICE_GOVERNOR_DOUBLE_TITLE) {
            first = "Member of the Standing Committee of the CPC " + bare + " Provincial Committee and " + first;
        }
        named.add(new Named(holder.get(province + "|vicegov1"), first, "spoke"));
        named.add(new Named(holder.get(province + "|vicegov2"), "Vice Governor of " + province, ""));
        if (rich && random.nextDouble() < RichCareers.COMMERCE_ATTENDS) {
            named.add(new Named(holder.get(province + "|commerce"), "Director of the " + bare + " Provincial Department of Commerce", ""));
        }
        for (City c : CITIES) {
            if (c.province().equals(province)) {
                named.add(new Named(holder.get(c.name() + "|secretary"), "Secretary of the CPC " + c.name() + " Municipal Committee", ""));
            }
        }
        return write(dir, truth, n, bare + " holds a provincial work conference", bare + " Daily",
                "the " + bare + " provincial work conference", year, named);
    }

    /** The titles of the rich careers' city posts, with the city named or, as a city's own paper writes, not. */
    private static String title(City c, String post, boolean regionless) {
        String city = regionless ? "" : c.name() + " ";
        return switch (post) {
            case "congress" -> "Chairman of the Standing Committee of the " + city + "Municipal People's Congress";
            case "cppcc" -> "Chairman of the " + city + "Municipal Committee of the CPPCC";
            case "cppccvice" -> "Vice Chairman of the " + city + "Municipal Committee of the CPPCC";
            case "orgdept" -> "Head of the Organization Department of the " + (regionless ? "Municipal Party Committee" : "CPC " + c.name() + " Municipal Committee");
            case "civilservice" -> "Director of the " + city + "Municipal Civil Service Bureau";
            case "demoted" -> "Deputy Director of the " + city + "Municipal Bureau of Statistics";
            default -> throw new IllegalArgumentException(post);
        };
    }

    /** Rich careers: the city's other leaders a city report names (the second line, the organization head, the demoted). */
    private void richAttendance(List<Named> named, City c, boolean regionless) {
        String p = c.name() + "|";
        for (String post : List.of("congress", "cppcc", "cppccvice")) {
            if (random.nextDouble() < RichCareers.SECOND_LINE_ATTENDS) {
                named.add(new Named(holder.get(p + post), title(c, post, regionless), ""));
            }
        }
        if (random.nextDouble() < RichCareers.ORGANIZATION_HEAD_ATTENDS) {
            named.add(new Named(holder.get(p + "orgdept"), title(c, random.nextBoolean() ? "orgdept" : "civilservice", regionless), ""));
        }
        if (random.nextDouble() < RichCareers.DEMOTED_ATTENDS) {
            named.add(new Named(holder.get(p + "demoted"), title(c, "demoted", regionless), ""));
        }
    }

    /**
     * Rich careers: the annual session of a city's people's congress, whose standing committee's chair presides: in
     * a city whose Party secretary holds that chair, he is named by it alone.
     */
    private int congressReport(Path dir, Map<String, Map<String, String>> truth, int n, City c, int year) throws IOException {
        boolean bare = regionless && random.nextDouble() < 0.25;
        String p = c.name() + "|";
        List<Named> named = new ArrayList<>();
        Person chair = holder.get(p + (secretaryChairsCongress.contains(c.name()) ? "secretary" : "congress"));
        named.add(new Named(chair, title(c, "congress", bare), "presided"));
        named.add(new Named(holder.get(p + "mayor"), bare ? "Mayor" : "Mayor of " + c.name(), "spoke"));
        named.add(new Named(holder.get(p + "secretary"), bare ? "Secretary of the Municipal Party Committee"
                : "Secretary of the CPC " + c.name() + " Municipal Committee", ""));
        named.add(new Named(holder.get(p + "cppcc"), title(c, "cppcc", bare), ""));
        if (random.nextBoolean()) {
            named.add(new Named(holder.get(p + "cppccvice"), title(c, "cppccvice", bare), ""));
        }
        String where = bare ? "the Municipal People's Congress" : "the " + c.name() + " Municipal People's Congress";
        return write(dir, truth, n, (bare ? "City" : c.name()) + " opens the annual session of its people's congress",
                bare && random.nextBoolean() ? null : (bare ? "News Centre" : c.name() + " Daily"), "the annual session of " + where, year, named);
    }

    /**
     * Rich careers: an enlarged meeting of a province's Party standing committee, which names the governor as the
     * committee's deputy secretary and the first vice governor as a member, by those posts alone.
     */
    private int standingCommitteeReport(Path dir, Map<String, Map<String, String>> truth, int n, String province, int year)
            throws IOException {
        String bare = province.replace(" Province", "");
        String committee = "the CPC " + bare + " Provincial Committee";
        List<Named> named = new ArrayList<>();
        named.add(new Named(holder.get(province + "|governor"), "Deputy Secretary of " + committee, "presided"));
        named.add(new Named(holder.get(province + "|vicegov1"), "Member of the Standing Committee of " + committee, "spoke"));
        if (random.nextDouble() < RichCareers.COMMERCE_ATTENDS) {
            named.add(new Named(holder.get(province + "|commerce"), "Director of the " + bare + " Provincial Department of Commerce", ""));
        }
        for (City c : CITIES) {
            if (c.province().equals(province)) {
                named.add(new Named(holder.get(c.name() + "|secretary"), "Secretary of the CPC " + c.name() + " Municipal Committee", ""));
            }
        }
        return write(dir, truth, n, bare + " provincial Party standing committee holds an enlarged meeting", bare + " Daily",
                "the enlarged meeting of the Standing Committee of " + committee, year, named);
    }

    private int write(Path dir, Map<String, Map<String, String>> truth, int n, String headline, String source, String meeting,
                      int year, List<Named> named) throws IOException {
        LocalDate date = LocalDate.of(year, 1 + random.nextInt(11), 1 + random.nextInt(27));
        String id = String.format(Locale.ROOT, "r%04d", n);
        Map<String, String> who = new LinkedHashMap<>();
        StringBuilder body = new StringBuilder();
        body.append("On ").append(date.format(SPOKEN)).append(", ").append(meeting).append(" was held. ");
        List<String> untitled = new ArrayList<>();
        List<String> attended = new ArrayList<>();
        for (Named x : named) {
            if (x.person() == null || who.containsKey(NameKey.of(x.person().name()))) {
                continue;
            }
            String name = x.person().variant() != null && random.nextBoolean() ? x.person().variant() : x.person().name();
            who.put(NameKey.of(name), x.person().id());
            if (x.role().isEmpty() && random.nextDouble() < 0.1) {
                untitled.add(name);
            } else if (x.role().equals("presided")) {
                body.append(name).append(", ").append(x.title()).append(", presided over the meeting. ");
            } else if (x.role().equals("spoke")) {
                body.append(name).append(", ").append(x.title()).append(", attended the meeting and delivered a speech. ");
            } else {
                attended.add(name + ", " + x.title());
            }
        }
        if (!attended.isEmpty()) {
            body.append(String.join("; ", attended)).append(", attended the meeting. ");
        }
        if (!untitled.isEmpty()) {
            body.append("City leaders ").append(String.join(" and ", untitled)).append(" also attended the meeting. ");
        }
        body.append("The meeting called for solid work to implement the arrangements of the year.");
        // no source line: the report gives only a month and a day, as scraped pages often do
        String text = headline + (source == null ? "" : "\n\nSource: " + source + "   Time:" + date.plusDays(1).format(DOTTED))
                + "\n\n" + body + "\n";
        Files.writeString(dir.resolve(id + ".txt"), text, StandardCharsets.UTF_8);
        truth.put(id, who);
        return n + 1;
    }
}
