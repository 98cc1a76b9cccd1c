package org.w3id.cadregraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes synthetic news reports about officials and meetings, from templates of this class (no real report is
 * copied): invented names from pinyin syllables, real provinces and cities, the titles, meetings, roles and page
 * furniture of the genre. Report {@code i} depends only on the seed and {@code i}, so a corpus of 1,000 is the
 * first 1,000 reports of a corpus of 100,000. About one report in five is a saved web page; one in 200 is
 * empty, to keep the rejection path in the measurement.
 *
 * <pre>
 *   new CorpusGenerator(42).write(Path.of("corpus"), 100_000);   // corpus/r000/000000.txt …
 * </pre>
 */
public final class CorpusGenerator {
    private static final String[] SURNAMES = {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu",
            "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Gao", "Lin", "Luo", "Zheng", "Liang", "Xie", "Song",
            "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang",
            "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren", "Shen", "Yao", "Fang", "Qin"};
    private static final String[] GIVEN = {"wei", "jian", "ming", "hua", "qiang", "jun", "ping", "hong", "lin", "bo",
            "tao", "hao", "yu", "xin", "zhi", "guo", "qing", "hai", "dong", "yong", "feng", "li", "jie", "chun", "xiao",
            "yan", "hui", "jing", "lei", "kai", "rong", "sheng", "peng", "wen", "bin", "gang", "fei", "liang", "chao",
            "min", "xia", "yun", "mei", "lan", "song", "tian", "shan", "cheng", "zhong", "an"};
    /** Province, its kind, and two of its cities. */
    private static final String[][] PROVINCES = {
            {"Guizhou", "Province", "Guiyang", "Zunyi"}, {"Yunnan", "Province", "Kunming", "Qujing"},
            {"Sichuan", "Province", "Chengdu", "Mianyang"}, {"Hunan", "Province", "Changsha", "Zhuzhou"},
            {"Hubei", "Province", "Wuhan", "Yichang"}, {"Jiangxi", "Province", "Nanchang", "Ganzhou"},
            {"Anhui", "Province", "Hefei", "Wuhu"}, {"Henan", "Province", "Zhengzhou", "Luoyang"},
            {"Shandong", "Province", "Jinan", "Qingdao"}, {"Jiangsu", "Province", "Nanjing", "Suzhou"},
            {"Zhejiang", "Province", "Hangzhou", "Ningbo"}, {"Fujian", "Province", "Fuzhou", "Xiamen"},
            {"Guangdong", "Province", "Guangzhou", "Shenzhen"}, {"Hebei", "Province", "Shijiazhuang", "Baoding"},
            {"Shanxi", "Province", "Taiyuan", "Datong"}, {"Gansu", "Province", "Lanzhou", "Tianshui"},
            {"Liaoning", "Province", "Shenyang", "Dalian"}, {"Heilongjiang", "Province", "Harbin", "Qiqihar"},
            {"Hainan", "Province", "Haikou", "Sanya"}, {"Qinghai", "Province", "Xining", "Haidong"}};
    private static final String[] PROVINCIAL_TITLES = {"Governor of the %s Provincial People's Government",
            "Vice Governor of %s Province", "Secretary of the %s Provincial Party Committee",
            "Deputy Secretary of the %s Provincial Party Committee", "Director of the %s Provincial Department of Education",
            "Deputy Director of the %s Provincial Development and Reform Commission",
            "Secretary-General of the %s Provincial People's Government",
            "Director of the %s Provincial Department of Human Resources and Social Security"};
    private static final String[] CITY_TITLES = {"Mayor of %s", "Secretary of the %s Municipal Party Committee",
            "Vice Mayor of %s", "Director of the %s Municipal Bureau of Education",
            "Chairman of the %s Municipal Committee of the CPPCC", "Deputy Secretary-General of the %s Municipal Government"};
    private static final String[] CENTRAL_TITLES = {"Vice Minister of Education", "Minister of Education",
            "Deputy Director of the General Office of the Ministry of Education", "Vice Minister of Agriculture and Rural Affairs",
            "Director of the Department of Vocational Education of the Ministry of Education"};
    private static final String[] TOPICS = {"vocational education", "rural revitalization", "high-quality development",
            "ecological protection", "teacher team building", "flood prevention", "safe production",
            "the digital economy", "employment of college graduates", "urban renewal", "science and technology innovation",
            "the opening of the new semester"};
    private static final String[] MEETING_KINDS = {"work conference on %s", "symposium on %s",
            "promotion meeting on %s", "on-site meeting on %s", "video conference on %s", "special meeting on %s"};
    private static final String[] CHROME = {"Home > News > Local News", "Source: %s Daily", "Editor: %s",
            "Font size: large medium small", "Print this page  Close window", "Share to: WeChat Weibo"};
    private static final String[] FILLER = {
            "The meeting pointed out that it is necessary to fully implement the decisions and arrangements and to "
                    + "promote the work to a new level.",
            "It was emphasized that all departments should strengthen coordination, compact responsibilities and "
                    + "ensure that every task is carried out.",
            "The meeting reviewed the work of the past year and studied and arranged the key tasks for the next stage.",
            "Participants exchanged views on the problems found in the work and put forward suggestions for improvement.",
            "The meeting required that the bottom line of safety be held and that the needs of the people be met.",
            "Relevant responsible comrades of the departments concerned attended the meeting.",
            "Representatives of schools, enterprises and research institutions made exchange speeches."};

    private final long seed;

    public CorpusGenerator(long seed) {
        this.seed = seed;
    }

    /** Writes reports {@code 0 … count-1} under {@code dir}, a thousand per folder. Returns the files. */
    public List<Path> write(Path dir, int count) throws IOException {
        List<Path> files = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Report r = report(i);
            Path file = dir.resolve(String.format(Locale.ROOT, "r%03d/%06d.%s", i / 1000, i, r.extension()));
            Files.createDirectories(file.getParent());
            Files.write(file, r.text().getBytes(StandardCharsets.UTF_8));
            files.add(file);
        }
        return files;
    }

    /** One report: its text and the extension it is saved under. */
    public record Report(String text, String extension) {}

    public Report report(int i) {
        SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + i);
        if (rnd.nextInt(200) == 0) {
            return new Report("", "txt");
        }
        String[] province = pick(rnd, PROVINCES);
        String city = province[2 + rnd.nextInt(2)];
        String topic = pick(rnd, TOPICS);
        boolean provincial = rnd.nextBoolean();
        String host = provincial ? province[0] + " " + province[1] : city;
        String meeting = (provincial ? "the " + province[0] + " provincial " : "the " + city + " municipal ")
                + String.format(pick(rnd, MEETING_KINDS), topic);
        LocalDate date = LocalDate.of(2019 + rnd.nextInt(6), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
        List<String> body = new ArrayList<>();
        String chair = name(rnd);
        String chairTitle = title(rnd, province, city, provincial);
        body.add(String.format("On %s %d, %s was held in %s. %s, %s, presided over the meeting and delivered a speech.",
                month(date), date.getDayOfMonth(), meeting, city, chair, chairTitle));
        int speakers = 1 + rnd.nextInt(3);
        for (int s = 0; s < speakers; s++) {
            body.add(String.format("%s, %s, %s.", name(rnd), title(rnd, province, city, provincial),
                    pick(rnd, new String[] {"attended the meeting and made a speech", "spoke at the meeting",
                            "made arrangements for the next step of the work", "reported on the progress of the work"})));
            if (rnd.nextInt(3) == 0) {
                body.add(pick(rnd, FILLER));
            }
        }
        int attendees = 2 + rnd.nextInt(4);
        List<String> list = new ArrayList<>();
        for (int a = 0; a < attendees; a++) {
            list.add(name(rnd) + ", " + title(rnd, province, city, provincial));
        }
        body.add("Leaders including " + String.join("; ", list.subList(0, list.size() - 1)) + " and "
                + list.get(list.size() - 1) + " attended the meeting.");
        for (int f = 0; f < 2 + rnd.nextInt(4); f++) {
            body.add(pick(rnd, FILLER));
        }
        if (rnd.nextInt(4) == 0) {
            body.add(String.format("After the meeting, %s and %s signed the strategic cooperation agreement on behalf "
                    + "of both sides.", name(rnd), name(rnd)));
        }
        if (rnd.nextInt(3) == 0) {
            LocalDate next = date.plusDays(1 + rnd.nextInt(5));
            body.add(String.format("On %s %d, %s, %s, inspected the work of %s in %s and held a symposium with "
                            + "local officials.", month(next), next.getDayOfMonth(), name(rnd),
                    title(rnd, province, city, provincial), topic, province[2 + rnd.nextInt(2)]));
        }
        String headline = host + " holds " + meeting.replaceFirst("^the ", "");
        String published = "Release time: " + date.plusDays(rnd.nextInt(3));
        String editor = String.format(CHROME[2], name(rnd));
        if (rnd.nextInt(5) == 0) {
            return new Report(html(headline, published, body, editor, host), "html");
        }
        StringBuilder t = new StringBuilder();
        if (rnd.nextBoolean()) {
            t.append(CHROME[0]).append('\n');
        }
        t.append(headline).append('\n').append(published).append('\n');
        if (rnd.nextBoolean()) {
            t.append(String.format(CHROME[1], province[0])).append('\n');
        }
        t.append('\n');
        body.forEach(p -> t.append(p).append("\n\n"));
        t.append(editor).append('\n');
        if (rnd.nextBoolean()) {
            t.append(CHROME[3 + rnd.nextInt(3)]).append('\n');
        }
        return new Report(t.toString(), "txt");
    }

    private static String html(String headline, String published, List<String> body, String editor, String host) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(headline).append(" - ").append(host).append(" News</title></head><body>\n")
                .append("<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/gov\">Government</a></nav>\n")
                .append("<div class=\"article\"><h1>").append(headline).append("</h1>\n<p class=\"info\">")
                .append(published).append("</p>\n");
        body.forEach(p -> h.append("<p>").append(p).append("</p>\n"));
        return h.append("<p class=\"editor\">").append(editor).append("</p></div>\n")
                .append("<footer>Copyright ").append(host).append(" News Center. All rights reserved.</footer>\n")
                .append("<script>var visits = 1;</script></body></html>\n").toString();
    }

    private static String title(SplittableRandom rnd, String[] province, String city, boolean provincial) {
        int kind = rnd.nextInt(10);
        if (kind == 0) {
            return pick(rnd, CENTRAL_TITLES);
        }
        if (provincial ? kind < 7 : kind < 3) {
            return String.format(pick(rnd, PROVINCIAL_TITLES), province[0]);
        }
        return String.format(pick(rnd, CITY_TITLES), city);
    }

    private static String name(SplittableRandom rnd) {
        String given = pick(rnd, GIVEN);
        if (rnd.nextInt(3) > 0) {
            given += pick(rnd, GIVEN);
        }
        return pick(rnd, SURNAMES) + " " + Character.toUpperCase(given.charAt(0)) + given.substring(1);
    }

    private static String month(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static <T> T pick(SplittableRandom rnd, T[] options) {
        return options[rnd.nextInt(options.length)];
    }
}
