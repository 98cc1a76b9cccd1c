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
 * <pre>
 *   IdentityBenchmark.World w = new IdentityBenchmark(42).write(dir);
 *   w.truth().get("r0007").get("liming");   // the person id of the Li Ming that report r0007 names
 * </pre>
 */
final class IdentityBenchmark {
    record City(String name, String province, List<String> counties) {}

    record Person(String id, String name, String variant, String home) {}

    /** Who each report names: report id → name key → person id. */
    record World(Map<String, Map<String, String>> truth, int reports, int people) {}

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
        this.random = new Random(seed);
        this.namesakesShareCities = namesakesShareCities;
        this.regionless = regionless;
    }

    World write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, Map<String, String>> truth = new LinkedHashMap<>();
        int n = 0;
        for (int year = 2014; year <= 2024; year++) {
            if ((year - 2014) % 3 == 0) {
                reappoint();
            }
            for (City c : CITIES) {
                for (int k = 0; k < 2; k++) {
                    n = cityReport(dir, truth, n, c, year);
                }
            }
            for (String province : CITIES.stream().map(City::province).distinct().toList()) {
                n = provinceReport(dir, truth, n, province, year);
            }
        }
        return new World(truth, n, people.size());
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
        }
    }

    /** Gives a post to its holder again (half the time), to someone from a post below, or to a newcomer. */
    private void fill(String post, String province, List<String> below, boolean acrossProvinces) {
        if (holder.containsKey(post) && random.nextDouble() < 0.5) {
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
            holder.put(post, holder.remove(from));
        } else {
            holder.put(post, newcomer(post.substring(0, post.indexOf('|'))));
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
        named.add(new Named(holder.get(p + "secretary"), "Secretary of the CPC " + c.name() + " Municipal Committee", "presided"));
        named.add(new Named(holder.get(p + "mayor"), "Mayor of " + c.name(), "spoke"));
        named.add(new Named(holder.get(p + (random.nextBoolean() ? "vicemayor1" : "vicemayor2")), "Vice Mayor of " + c.name(), ""));
        if (random.nextBoolean()) {
            named.add(new Named(holder.get(p + "education"), "Director of the " + c.name() + " Municipal Education Bureau", ""));
        }
        int county = random.nextInt(2);
        named.add(new Named(holder.get(p + "county" + county), "Secretary of the CPC " + c.counties().get(county) + " County Committee", ""));
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
        String kind = KINDS[random.nextInt(KINDS.length)];
        return write(dir, truth, n, "City holds " + kind, undated ? null : "News Centre", "the city " + kind, year, named);
    }

    private int provinceReport(Path dir, Map<String, Map<String, String>> truth, int n, String province, int year) throws IOException {
        List<Named> named = new ArrayList<>();
        String bare = province.replace(" Province", "");
        named.add(new Named(holder.get(province + "|governor"), "Governor of " + province, "presided"));
        named.add(new Named(holder.get(province + "|vicegov1"), "Vice Governor of " + province, "spoke"));
        named.add(new Named(holder.get(province + "|vicegov2"), "Vice Governor of " + province, ""));
        for (City c : CITIES) {
            if (c.province().equals(province)) {
                named.add(new Named(holder.get(c.name() + "|secretary"), "Secretary of the CPC " + c.name() + " Municipal Committee", ""));
            }
        }
        return write(dir, truth, n, bare + " holds a provincial work conference", bare + " Daily",
                "the " + bare + " provincial work conference", year, named);
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
