package jp.meetingsearch.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import jp.meetingsearch.text.JapaneseDates;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes large, realistic-looking project lists for benchmarks: the same seed gives the same bytes.
 *
 * <p>Projects run for one or more consecutive fiscal years, as in real lists, so a list has continuing projects,
 * new ones (○) and ones that ended. Usage: {@code ProjectListGenerator OUT.csv [--rows N] [--years N]
 * [--first-year YYYY] [--seed S]}.
 */
public final class ProjectListGenerator {
    static final List<String> HEADER = List.of("No.", "年度", "事業名", "担当課", "協働相手", "協働の形態", "新規（○）",
            "提案制度", "地域", "事業概要", "評価");

    private static final String[][] THEMES = {
        {"子育て", "子育て支援課"}, {"防災", "危機管理課"}, {"環境", "環境政策課"}, {"高齢者福祉", "福祉政策課"},
        {"観光", "観光振興課"}, {"文化芸術", "文化振興課"}, {"健康づくり", "健康づくり課"}, {"商店街", "商工労働課"},
        {"多文化共生", "市民協働課"}, {"生涯学習", "生涯学習課"}, {"読書", "図書館"}, {"公園", "公園緑地課"},
        {"地域交通", "都市計画課"}, {"空き家", "都市計画課"}, {"若者", "市民協働課"}, {"スポーツ", "スポーツ課"},
    };
    private static final String[] KINDS = {"講座", "教室", "フェスタ", "支援事業", "推進事業", "ネットワーク", "相談会",
        "まつり", "キャンペーン", "見守り活動", "ワークショップ", "人財育成", "情報発信", "交流会"};
    private static final String[] AREAS = {"中央地区", "東部地区", "西部地区", "南部地区", "北部地区", "全市"};
    private static final String[] FORMS = {"共催", "実行委員会", "事業協力（協定）", "委託", "補助", "後援", "情報交換"};
    private static final String[] ORGANISATIONS = {"NPO法人ひだまり", "市社会福祉協議会", "自治会連合会", "商工会議所",
        "観光協会", "国際交流協会", "老人クラブ連合会", "PTA連合会", "市内大学", "消防団", "民生委員児童委員協議会",
        "食生活改善推進員協議会", "商店街振興組合", "NPO法人みどりの学校", "読み聞かせの会", "花と緑の会",
        "株式会社さくらマート", "地域学校協働本部", "青年会議所", "文化協会"};
    private static final String[] PURPOSES = {"地域の担い手を育てる。", "参加者同士の交流の場をつくる。",
        "市民の関心を高め、参加を広げる。", "団体と市が役割を分担して実施する。", "課題を共有し、解決策を話し合う。"};
    private static final String[] EVALUATIONS = {"A：目標を上回った。", "A：計画どおり実施できた。", "B：概ね計画どおり。",
        "B：周知方法に課題が残る。", "C：参加者が目標を下回った。"};

    private ProjectListGenerator() {
    }

    /** The list as CSV records (header first), {@code rows} projects-years spread over {@code years} years. */
    public static List<List<String>> generate(int rows, int firstYear, int years, long seed) {
        if (rows < 0 || years < 1) {
            throw new IllegalArgumentException("rows must be >= 0 and years >= 1");
        }
        Random random = new Random(seed);
        List<List<String>> records = new ArrayList<>();
        records.add(HEADER);
        Set<String> names = new HashSet<>();
        int written = 0;
        while (written < rows) {
            String[] theme = THEMES[random.nextInt(THEMES.length)];
            String area = AREAS[random.nextInt(AREAS.length)];
            String base = (area.equals("全市") ? "" : area.substring(0, 2)) + theme[0]
                    + KINDS[random.nextInt(KINDS.length)];
            String name = base;
            for (int n = 2; !names.add(name); n++) {
                name = base + "（その" + n + "）";
            }
            int start = firstYear + random.nextInt(years);
            // most projects continue for a few years; a long tail runs for the whole span
            int length = 1 + Math.min(years - 1, (int) (-Math.log(1 - random.nextDouble()) * 3));
            String partners = partners(random);
            String form = FORMS[random.nextInt(FORMS.length)];
            boolean proposal = random.nextInt(10) == 0;
            String description = theme[0] + "をテーマに、" + partners.split("、")[0] + "と"
                    + PURPOSES[random.nextInt(PURPOSES.length)];
            for (int fy = start; fy < start + length && fy < firstYear + years && written < rows; fy++) {
                written++;
                boolean isNew = fy == start && start > firstYear;
                records.add(List.of(Integer.toString(written), JapaneseDates.warekiFiscalYear(fy), name, theme[1],
                        partners, form, isNew ? "○" : "", proposal ? "○" : "", area, description,
                        EVALUATIONS[random.nextInt(EVALUATIONS.length)]));
            }
        }
        return records;
    }

    private static String partners(Random random) {
        int n = 1 + random.nextInt(3);
        List<String> chosen = new ArrayList<>();
        while (chosen.size() < n) {
            String o = ORGANISATIONS[random.nextInt(ORGANISATIONS.length)];
            if (!chosen.contains(o)) {
                chosen.add(o);
            }
        }
        return String.join("、", chosen);
    }

    /** Writes the list as Excel writes CSV: UTF-8 with BOM, CRLF. */
    public static void write(Path out, int rows, int firstYear, int years, long seed) throws IOException {
        StringBuilder sb = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(sb, CSVFormat.EXCEL)) {
            for (List<String> r : generate(rows, firstYear, years, seed)) {
                printer.printRecord(r);
            }
        }
        Files.writeString(out, sb, StandardCharsets.UTF_8);
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].startsWith("--")) {
            usage("missing output file");
        }
        int rows = 10_000;
        int years = 6;
        int firstYear = 2019;
        long seed = 1;
        for (int i = 1; i < args.length; i++) {
            if (i + 1 >= args.length) {
                usage("missing value for " + args[i]);
            }
            String v = args[++i];
            try {
                switch (args[i - 1]) {
                    case "--rows" -> rows = Integer.parseInt(v);
                    case "--years" -> years = Integer.parseInt(v);
                    case "--first-year" -> firstYear = Integer.parseInt(v);
                    case "--seed" -> seed = Long.parseLong(v);
                    default -> usage("unknown option " + args[i - 1]);
                }
            } catch (NumberFormatException e) {
                usage(args[i - 1] + " needs a number, got '" + v + "'");
            }
        }
        try {
            write(Path.of(args[0]), rows, firstYear, years, seed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + args[0], e);
        }
        System.out.println("wrote " + rows + " rows over " + years + " fiscal years to " + args[0]);
    }

    private static void usage(String problem) {
        System.err.println(problem + "\nusage: ProjectListGenerator OUT.csv [--rows N] [--years N] "
                + "[--first-year YYYY] [--seed S]");
        System.exit(2);
    }
}
