package jp.meetingsearch.corpus;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.meetingsearch.minutes.MinutesFormat;
import jp.meetingsearch.minutes.RoleGroup;

/**
 * Writes a 会議概要 of an advisory body in the published layout: title, numbered tab-separated header rows,
 * the agenda table, then per agenda item 【role】 blocks of ・ bullets, the first block sometimes unmarked
 * (the secretariat's explanation), and a closing time line.
 */
final class SummaryWriter {
    private static final String[][] HOURS = {
        {"午前9時30分", "午前11時30分"}, {"午後1時30分", "午後3時30分"}, {"午後7時", "午後9時"}, {"午前10時", "正午"}};

    private final CorpusText text;
    private final long seed;
    private final Zipf cities;
    private final Zipf bodies;

    SummaryWriter(CorpusText text, long seed, Zipf cities) {
        this.text = text;
        this.seed = seed;
        this.cities = cities;
        this.bodies = new Zipf(text.summaryBodies.size(), 1.0);
    }

    /**
     * What makes a meeting the one it is: city, body, fiscal year, session and day. Drawn first from the meeting's
     * stream, so that {@link MinutesGenerator} can tell two meetings apart without writing them.
     */
    record Head(int city, int body, int fiscalYear, int session, LocalDate date) {
        String key() {
            return "summary" + body + "|" + city + "|" + date + "|" + session;
        }
    }

    Head head(SeededRandom random) {
        int city = cities.sample(random);
        int bodyIndex = bodies.sample(random);
        int fiscalYear = random.between(MinutesGenerator.FIRST_FISCAL_YEAR, MinutesGenerator.LAST_FISCAL_YEAR);
        int sessions = random.between(3, 5);
        int session = random.between(1, sessions);
        LocalDate date = weekday(LocalDate.of(fiscalYear, 4, 1)
                .plusMonths(1 + (session - 1) * 11L / sessions).plusDays(random.between(0, 27)));
        return new Head(city, bodyIndex, fiscalYear, session, date);
    }

    GeneratedMeeting write(SeededRandom random, int remarkCount, String fileName) {
        Head identity = head(random);
        int city = identity.city();
        int bodyIndex = identity.body();
        String focus = text.summaryBodies.get(bodyIndex)[0];
        String body = text.summaryBodies.get(bodyIndex)[1];
        int fiscalYear = identity.fiscalYear();
        int session = identity.session();
        LocalDate date = identity.date();
        Composer c = new Composer(text, random, city, date, focus, random.chance(0.15));

        // Two-year terms: the same people sit on a body through the meetings of a term.
        int term = (fiscalYear - 2009) / 2;
        int size = SeededRandom.fork(seed, city, bodyIndex, term).between(10, 18);
        List<String[]> members = new ArrayList<>();
        for (int seat = 0; seat < size; seat++) {
            members.add(text.person(city, 100 + bodyIndex, term, seat));
        }
        String department = text.themeDepartments.get(focus);
        String section = text.themeSections.get(focus);
        String[] head = text.person(city, 200, fiscalYear, 0);
        String[] chief = text.person(city, 201, fiscalYear, bodyIndex);
        Speaker chair = new Speaker("会長", RoleGroup.CHAIR, members.get(0)[0], "【会長】");
        Speaker vice = new Speaker("副会長", RoleGroup.VICE_CHAIR, members.get(1)[0], "【副会長】");
        Speaker secretariat = new Speaker("事務局", RoleGroup.SECRETARIAT, null, "【事務局】");
        double namedShare = random.chance(0.3) ? 0.35 : 0;
        Zipf talkers = new Zipf(size - 2, 0.9);

        // Agenda: report items, then items for discussion; each gets at least one remark.
        int reports = random.between(1, 2);
        int discussions = random.between(1, 2);
        int items = Math.min(reports + discussions, remarkCount);
        reports = Math.min(reports, items);
        String[] itemThemes = new String[items];
        String[] itemTitles = new String[items];
        for (int i = 0; i < items; i++) {
            itemThemes[i] = i == 0 && random.chance(0.5) ? focus : c.theme();
            itemTitles[i] = c.render(random.pick(text.agendaItems.get(itemThemes[i])));
        }
        int[] perItem = split(remarkCount, items, random);

        List<Turn> turns = new ArrayList<>();
        List<Integer> itemStarts = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            itemStarts.add(turns.size());
            Turn opening = Turn.speech(secretariat, text.secretariat, itemThemes[i], null, null);
            turns.add(random.chance(0.45) ? opening.unmarked() : opening);
            Speaker previous = secretariat;
            for (int k = 1; k < perItem[i]; k++) {
                Speaker next = nextSpeaker(previous, random, chair, vice, secretariat, members, talkers, namedShare);
                String theme = random.chance(0.7) ? itemThemes[i] : c.theme();
                turns.add(next == chair ? Turn.brief(chair, text.chair, theme)
                        : Turn.speech(next, next == secretariat ? text.secretariat : text.committee, theme, null, null));
                previous = next;
            }
        }
        List<GeneratedRemark> remarks = c.realise(turns, 1, 2);

        String fy = Wareki.fiscalYear(fiscalYear);
        String title = fy + " 第" + session + "回" + c.cityName + body;
        String[] hours = HOURS[random.nextInt(HOURS.length)];
        String bullet = random.chance(0.5) ? "- ・" : "・";
        StringBuilder out = new StringBuilder(remarkCount * 400);
        out.append("\n\n").append(title).append(" 会議概要\n\n");
        row(out, 1, "会議名", title);
        row(out, 2, "日時", Wareki.date(date) + "(" + Wareki.weekday(date) + ") " + hours[0] + "から" + hours[1]);
        row(out, 3, "会場", c.cityName + random.pick(text.venues));
        row(out, 4, "出席者", attendees(members, random));
        row(out, 5, "市側出席者", head[0] + department + "長、" + section + " " + chief[0] + "課長、"
                + text.person(city, 202, fiscalYear, 0)[0] + "主査、" + text.person(city, 202, fiscalYear, 1)[0] + "主任");
        row(out, 6, "公開・非公開の別", "公開");
        row(out, 7, "傍聴人", random.between(0, 3) + "人 記者 " + random.between(0, 2) + "人");
        row(out, 8, "会議概要作成年月日", Wareki.date(date.plusDays(random.between(2, 9))));
        out.append("協 議 事 項 等\t\t\n");
        out.append("1\t会議の概要\t\n1\t開会\t\n2\tあいさつ\t\n");
        out.append("3\t報告事項").append(agendaList(itemTitles, 0, reports)).append("\t\n");
        out.append("4\t協議事項").append(agendaList(itemTitles, reports, items)).append("\t\n");
        LocalDate nextMeeting = weekday(date.plusDays(random.between(45, 100)));
        out.append("5\tその他 (1) 次回の委員会 ※次回は").append(Wareki.date(nextMeeting)).append('(')
                .append(Wareki.weekday(nextMeeting)).append(") ").append(hours[0]).append("～\t\n");
        out.append("6\t閉会\t\n");
        out.append("2\t報告・協議事項概要\t\n");
        for (int i = 0; i < items; i++) {
            if (i == 0 || i == reports) {
                out.append('\n').append(i == 0 ? "3 報告事項" : "4 協議事項").append("\n");
            }
            int number = i < reports ? i + 1 : i - reports + 1;
            out.append("\n(").append(number).append(") ").append(itemTitles[i]).append("\n\n");
            int end = i + 1 < items ? itemStarts.get(i + 1) : turns.size();
            for (int k = itemStarts.get(i); k < end; k++) {
                Turn turn = turns.get(k);
                if (!turn.inferred()) {
                    out.append(turn.speaker().label()).append("\n\n");
                }
                for (String line : remarks.get(k).text().split("\n")) {
                    out.append(bullet).append(line).append('\n');
                }
                out.append('\n');
            }
        }
        out.append(closing(hours[1], random)).append('\n');
        String file = c.fullWidth ? Wareki.fullWidth(out) : out.toString();
        return new GeneratedMeeting(fileName, MinutesFormat.SUMMARY, c.cityName + body, title + " 会議概要", date,
                fiscalYear, session, remarks, file);
    }

    /** Members ask and propose; the secretariat often answers a question; the chair steps in now and then. */
    private static Speaker nextSpeaker(Speaker previous, SeededRandom random, Speaker chair, Speaker vice,
            Speaker secretariat, List<String[]> members, Zipf talkers, double namedShare) {
        double u = random.nextDouble();
        if (previous.group() == RoleGroup.MEMBER || previous == vice) {
            if (u < 0.35) {
                return secretariat;
            } else if (u < 0.47) {
                return chair;
            } else if (u < 0.53 && previous != vice) {
                return vice;
            }
        } else if (previous == chair && u < 0.25) {
            return secretariat;
        } else if (previous == secretariat && u < 0.1) {
            return chair;
        }
        String[] member = members.get(2 + talkers.sample(random));
        return random.chance(namedShare)
                ? new Speaker("委員", RoleGroup.MEMBER, member[0], "【" + member[0] + "委員】")
                : new Speaker("委員", RoleGroup.MEMBER, null, "【委員】");
    }

    private static String attendees(List<String[]> members, SeededRandom random) {
        StringBuilder out = new StringBuilder();
        int absent = random.between(0, Math.min(3, members.size() - 3));
        int present = 0;
        for (int seat = 0; seat < members.size(); seat++) {
            if (seat >= members.size() - absent) {
                break;
            }
            out.append(present == 0 ? "" : "、").append(members.get(seat)[0])
                    .append(seat == 0 ? "会長" : seat == 1 ? "副会長" : "委員");
            present++;
        }
        return out.append(" 計").append(present).append("名").toString();
    }

    private static String agendaList(String[] titles, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            out.append(" (").append(i - from + 1).append(") ").append(titles[i]);
        }
        return out.toString();
    }

    private static void row(StringBuilder out, int number, String name, String value) {
        out.append(number).append('\t').append(name).append('\t').append(value).append('\n');
    }

    /** The closing time as municipalities print it: "(午前 11 時 30 分 終了)", "（午前11時30分終了）", … */
    private static String closing(String time, SeededRandom random) {
        return switch (random.nextInt(3)) {
            case 0 -> "(" + time.replaceAll("(\\d+)", " $1 ").replace("  ", " ").strip() + " 終了)";
            case 1 -> "（" + time + "終了）";
            default -> time + " 終了";
        };
    }

    /** Splits {@code total} into {@code parts} positive counts at random. */
    static int[] split(int total, int parts, SeededRandom random) {
        int[] counts = new int[parts];
        for (int i = 0; i < parts; i++) {
            counts[i] = 1;
        }
        for (int left = total - parts; left > 0; left--) {
            counts[random.nextInt(parts)]++;
        }
        return counts;
    }

    static LocalDate weekday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY ? date.minusDays(1) : day == DayOfWeek.SUNDAY ? date.plusDays(1) : date;
    }
}
