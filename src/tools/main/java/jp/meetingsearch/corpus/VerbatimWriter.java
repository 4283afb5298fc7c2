package jp.meetingsearch.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.meetingsearch.minutes.MinutesFormat;
import jp.meetingsearch.minutes.RoleGroup;

/**
 * Writes a verbatim 会議録: a plenary sitting with general questions (○議長（…君）, ○３番（…君）, ○市長（…君）)
 * or a standing committee examining bills (○山下委員長, ○中村委員, ○地域づくり課長), with the ◎ lists, agenda
 * lines, times and stage directions between the turns. Speech is on the lines after the speaker line, each
 * indented with a full-width space.
 */
final class VerbatimWriter {
    private static final String INDENT = "　";

    private final CorpusText text;
    private final long seed;
    private final Zipf cities;
    private final Zipf committees;

    VerbatimWriter(CorpusText text, long seed, Zipf cities) {
        this.text = text;
        this.seed = seed;
        this.cities = cities;
        this.committees = new Zipf(text.standingCommittees.size(), 1.0);
    }

    GeneratedMeeting write(SeededRandom random, int remarkCount, String fileName) {
        Head identity = head(random);
        return identity.plenary()
                ? plenary(random, identity, remarkCount, fileName)
                : committee(random, identity, remarkCount, fileName);
    }

    /**
     * What makes a sitting the one it is: kind, city, fiscal year, session, day and (for a committee) which
     * committee. Drawn first from the meeting's stream, so that {@link MinutesGenerator} can tell two meetings
     * apart without writing them.
     */
    record Head(boolean plenary, int city, int fiscalYear, int session, LocalDate date, int committee) {
        String key() {
            return (plenary ? "plenary|" : "committee" + committee + "|") + city + "|" + date + "|" + session;
        }
    }

    Head head(SeededRandom random) {
        boolean plenary = random.chance(0.6);
        int city = cities.sample(random);
        int fiscalYear = random.between(MinutesGenerator.FIRST_FISCAL_YEAR, MinutesGenerator.LAST_FISCAL_YEAR);
        int session = random.between(1, 4);
        if (plenary) {
            // 第1回定例会 sits in February or March, so it belongs to the fiscal year before its calendar year.
            LocalDate date = SummaryWriter.weekday(session == 1
                    ? LocalDate.of(fiscalYear + 1, 2 + random.nextInt(2), random.between(20, 28))
                    : LocalDate.of(fiscalYear, 3 * session, random.between(5, 22)));
            return new Head(true, city, fiscalYear, session, date, -1);
        }
        LocalDate date = SummaryWriter.weekday(session == 1
                ? LocalDate.of(fiscalYear + 1, 3, random.between(1, 18))
                : LocalDate.of(fiscalYear, 3 * session, random.between(10, 26)));
        return new Head(false, city, fiscalYear, session, date, committees.sample(random));
    }

    /** A member of an assembly or committee: seat number (from 1) and name. */
    private record Member(int seat, String surname, String given) {
        String name() {
            return surname + given;
        }

        String listed() {
            return surname + INDENT + given + "君";
        }
    }

    private GeneratedMeeting plenary(SeededRandom random, Head identity, int remarkCount, String fileName) {
        int city = identity.city();
        int fiscalYear = identity.fiscalYear();
        int session = identity.session();
        LocalDate date = identity.date();
        int number = random.between(2, 4);
        Composer c = new Composer(text, random, city, date, null, true);
        char marker = marker(random);
        int term = Math.floorDiv(fiscalYear - 2011, 4);
        int seats = SeededRandom.fork(seed, city, 11, term).between(16, 26);
        List<Member> members = new ArrayList<>();
        for (int seat = 1; seat <= seats; seat++) {
            String[] p = text.person(city, 11, term, seat);
            members.add(new Member(seat, p[0], p[1]));
        }
        Member presiding = members.get(seats - 1);
        Member deputy = members.get(seats - 2);
        Speaker chair = new Speaker("議長", RoleGroup.CHAIR, presiding.name(), "議長（" + presiding.name() + "君）");
        Speaker viceChair = new Speaker("副議長", RoleGroup.VICE_CHAIR, deputy.name(), "副議長（" + deputy.name() + "君）");
        List<String[]> officials = new ArrayList<>();
        officials.add(new String[] {"市長", String.join("", text.person(city, 12, term, 0))});
        officials.add(new String[] {"副市長", String.join("", text.person(city, 12, term, 1))});
        officials.add(new String[] {"教育長", String.join("", text.person(city, 12, term, 2))});
        for (int d = 0; d < text.departments.size(); d++) {
            officials.add(new String[] {text.departments.get(d) + "長",
                String.join("", text.person(city, 13, fiscalYear, d))});
        }

        List<Turn> turns = new ArrayList<>();
        Speaker presidingNow = chair;
        c.agendaNumber = "1";
        if (remarkCount > 1) {
            turns.add(Turn.procedure(chair, c.procedure("@開議")));
        }
        int room = remarkCount - turns.size() - 1;
        Zipf askers = new Zipf(seats - 2, 0.8);
        Member previous = null;
        boolean afterBreak = false;
        while (room > 0) {
            Member asker = members.get(askers.sample(random));
            String theme = c.theme();
            c.seat = Integer.toString(asker.seat());
            c.name = asker.name();
            c.questioner = asker.surname() + "議員";
            c.topic = text.themeTitles.get(theme);
            List<Turn> unit = new ArrayList<>();
            String call;
            if (previous == null) {
                call = c.procedure("@日程") + c.render(text.procedure.section("@指名").get(0));
            } else {
                c.previousSeat = Integer.toString(previous.seat());
                c.previousName = previous.name();
                call = (afterBreak ? c.procedure("@再開") : "") + c.procedure("@指名");
            }
            Turn nominate = Turn.nomination(presidingNow, call);
            unit.add(previous == null ? nominate.withBefore(List.of("", agendaLine(random))) : nominate);
            Speaker askerSpeaker = new Speaker("議員", RoleGroup.MEMBER, asker.name(),
                    toFull(asker.seat()) + "番（" + asker.name() + "君）");
            unit.add(Turn.speech(askerSpeaker, text.question, theme,
                    c.render(random.pick(text.question.section("@開始"))), null));
            String[] department = officials.get(3 + text.departments.indexOf(text.themeDepartments.get(theme)));
            answer(unit, c, presidingNow, official(officials.get(0)), theme, true);
            if (random.chance(0.6)) {
                answer(unit, c, presidingNow, official(department), theme, false);
            }
            if ((theme.equals("研修") || theme.equals("子育")) && random.chance(0.5)) {
                answer(unit, c, presidingNow, official(officials.get(2)), theme, false);
            }
            int rounds = random.between(1, 3);
            for (int k = 1; k <= rounds; k++) {
                String closer = k == rounds && random.chance(0.6)
                        ? c.render(random.pick(text.question.section("@結び"))) : null;
                unit.add(Turn.speech(askerSpeaker, text.question, theme,
                        c.render(random.pick(text.question.section("@再質問"))), closer));
                if (closer == null || k < rounds) {
                    answer(unit, c, presidingNow, official(random.chance(0.3) ? officials.get(0) : department),
                            theme, false);
                }
            }
            afterBreak = room > unit.size() && random.chance(0.3);
            if (afterBreak) {
                int at = (turns.size() + unit.size()) * 5 + random.between(0, 9);
                c.time = clock(at + 15);
                unit.add(Turn.procedure(presidingNow, c.procedure("@休憩"))
                        .withAfter(List.of("", clock(at) + "休憩", "", clock(at + 15) + "再開")));
                // the vice-chair sometimes presides after a break
                if (random.chance(0.25)) {
                    presidingNow = viceChair;
                }
            }
            room -= Composer.appendUnit(turns, unit, room);
            previous = asker;
        }
        turns.add(Turn.procedure(presidingNow, c.procedure("@散会"))
                .withAfter(List.of("", clock(remarkCount * 6 + 60 + random.between(0, 20)) + "散会")));
        List<GeneratedRemark> remarks = c.realise(turns, 2, 4);

        String title = Wareki.fullWidth(
                Wareki.year(date) + "第" + session + "回" + c.cityName + "議会定例会会議録（第" + number + "号）");
        StringBuilder out = new StringBuilder(remarkCount * 600);
        out.append(title).append('\n');
        out.append(Wareki.date(date)).append('（').append(Wareki.weekday(date)).append("曜日）\n\n");
        out.append("◎出席議員（").append(seats).append("名）\n");
        for (int i = 0; i < seats; i += 3) {
            out.append(INDENT + INDENT);
            for (int j = i; j < Math.min(seats, i + 3); j++) {
                Member m = members.get(j);
                out.append(j > i ? INDENT.repeat(4) : "").append(m.seat()).append("番" + INDENT).append(m.listed());
            }
            out.append('\n');
        }
        out.append("◎欠席議員（なし）\n\n◎説明のため出席した者\n");
        for (int i = 0; i < officials.size(); i += 2) {
            out.append(INDENT);
            for (int j = i; j < Math.min(officials.size(), i + 2); j++) {
                String[] o = officials.get(j);
                out.append(j > i ? INDENT.repeat(4) : "").append(o[0]).append(INDENT).append(o[1]).append("君");
            }
            out.append('\n');
        }
        String[] clerk = text.person(city, 14, fiscalYear, 0);
        String[] secretary = text.person(city, 14, fiscalYear, 1);
        out.append("\n◎職務のため出席した事務局職員\n").append(INDENT).append("議会事務局長").append(INDENT)
                .append(clerk[0]).append(INDENT).append(clerk[1]).append(INDENT.repeat(4)).append("議事係長")
                .append(INDENT).append(secretary[0]).append(INDENT).append(secretary[1]).append('\n');
        out.append("\n◎議事日程（第").append(number).append("号）\n").append(INDENT).append("日程第1" + INDENT + "一般質問\n\n");
        out.append("午前10時開議\n");
        appendTurns(out, marker, turns, remarks);
        return new GeneratedMeeting(fileName, MinutesFormat.VERBATIM, c.cityName + "議会", title, date,
                fiscalYear, session, remarks, Wareki.fullWidth(out));
    }

    private GeneratedMeeting committee(SeededRandom random, Head identity, int remarkCount, String fileName) {
        int city = identity.city();
        int fiscalYear = identity.fiscalYear();
        int session = identity.session();
        LocalDate date = identity.date();
        int committeeIndex = identity.committee();
        String committeeName = text.standingCommittees.get(committeeIndex);
        Composer c = new Composer(text, random, city, date, null, true);
        c.committee = committeeName;
        char marker = marker(random);
        boolean namesInParentheses = random.chance(0.3);
        boolean bracketed = random.chance(0.6);
        int term = Math.floorDiv(fiscalYear - 2011, 4);
        int size = SeededRandom.fork(seed, city, 21, committeeIndex, term).between(6, 9);
        List<Member> members = new ArrayList<>();
        for (int seat = 0; seat < size; seat++) {
            String[] p = text.person(city, 11, term, 100 + committeeIndex * 10 + seat);
            members.add(new Member(seat, p[0], p[1]));
        }
        Member chairMember = members.get(0);
        Speaker chair = new Speaker("委員長", RoleGroup.CHAIR, chairMember.surname(), namesInParentheses
                ? "委員長（" + chairMember.name() + "君）" : chairMember.surname() + "委員長");
        Zipf askers = new Zipf(size - 1, 0.8);

        int bills = Math.max(1, Math.min(4, (remarkCount - 1) / 16));
        int[] budgets = SummaryWriter.split(Math.max(bills, remarkCount - 1), bills, random);
        int firstBill = random.between(20, 90);
        List<String> billLines = new ArrayList<>();
        Map<String, String> present = new LinkedHashMap<>();
        List<Turn> turns = new ArrayList<>();
        for (int b = 0; b < bills && turns.size() < remarkCount - 1; b++) {
            String theme = c.theme();
            c.billNumber = Integer.toString(firstBill + b);
            c.bill = c.render(random.pick(text.bills.getOrDefault(theme, text.bills.get("予算"))));
            billLines.add("議案第" + c.billNumber + "号" + INDENT + c.bill);
            String section = text.themeSections.get(theme);
            String[] chief = text.person(city, 15, fiscalYear, text.sections.indexOf(section));
            present.put(section + "長", chief[0] + INDENT + chief[1]);
            Speaker answerer = new Speaker(section + "長", RoleGroup.EXECUTIVE, namesInParentheses
                    ? chief[0] + chief[1] : null, section + "長" + (namesInParentheses ? "（" + chief[0] + chief[1] + "君）" : ""));
            List<Turn> head = new ArrayList<>();
            head.add(Turn.procedure(chair, (b == 0 ? c.procedure("@開会委") : "") + c.procedure("@議題")));
            head.add(Turn.speech(answerer, text.answer, theme,
                    "ただいま議題となりました議案第" + c.billNumber + "号について御説明いたします。", null));
            head.add(Turn.procedure(chair, c.procedure("@質疑")));
            List<Turn> tail = List.of(
                    Turn.procedure(chair, c.procedure("@討論")).withAfter(List.of(stage("なし", bracketed))),
                    Turn.procedure(chair, c.procedure("@採決")).withAfter(List.of(stage("異議なし", bracketed))),
                    Turn.procedure(chair, c.procedure("@可決")));
            int budget = b == bills - 1 ? remarkCount - 1 - turns.size() : budgets[b];
            int room = budget - head.size() - tail.size();
            if (room <= 0) {
                List<Turn> all = new ArrayList<>(head);
                all.addAll(tail);
                Composer.appendUnit(turns, all, budget);
                continue;
            }
            turns.addAll(head);
            while (room > 0) {
                Member asker = members.get(1 + askers.sample(random));
                Speaker askerSpeaker = new Speaker("委員", RoleGroup.MEMBER, namesInParentheses ? asker.name() : asker.surname(),
                        (namesInParentheses ? asker.name() : asker.surname()) + "委員");
                List<Turn> unit = new ArrayList<>();
                unit.add(Turn.speech(askerSpeaker, text.question, theme, null, null));
                if (random.chance(0.3)) {
                    unit.add(Turn.nomination(chair, answerer.role() + "。"));
                }
                unit.add(Turn.speech(answerer, text.answer, theme, random.chance(0.5) ? "お答えいたします。" : null, null));
                room -= Composer.appendUnit(turns, unit, room);
            }
            turns.addAll(tail);
        }
        turns.add(Turn.procedure(chair, c.procedure("@閉会委")).withAfter(List.of("",
                clock(remarkCount * 4 + random.between(0, 20)) + "閉会")));
        List<GeneratedRemark> remarks = c.realise(turns, 2, 4);

        String title = Wareki.fullWidth(Wareki.year(date) + c.cityName + "議会" + committeeName + "会議録");
        StringBuilder out = new StringBuilder(remarkCount * 500);
        out.append(title).append('\n');
        out.append(Wareki.date(date)).append('（').append(Wareki.weekday(date)).append("曜日）\n\n");
        out.append("◎出席委員（").append(size).append("名）\n");
        for (int i = 0; i < size; i += 2) {
            out.append(INDENT);
            for (int j = i; j < Math.min(size, i + 2); j++) {
                Member m = members.get(j);
                out.append(j > i ? INDENT.repeat(4) : "").append(j == 0 ? "委員長" : j == 1 ? "副委員長" : "委員")
                        .append(INDENT).append(m.listed());
            }
            out.append('\n');
        }
        out.append("\n◎説明のため出席した者\n");
        present.forEach((role, name) -> out.append(INDENT).append(role).append(INDENT).append(name).append("君\n"));
        out.append("\n◎審査事件\n");
        billLines.forEach(line -> out.append(INDENT).append(line).append('\n'));
        out.append("\n午前10時開会\n");
        appendTurns(out, marker, turns, remarks);
        return new GeneratedMeeting(fileName, MinutesFormat.VERBATIM, c.cityName + "議会" + committeeName, title,
                date, fiscalYear, session, remarks, Wareki.fullWidth(out));
    }

    private void answer(List<Turn> unit, Composer c, Speaker presiding, Speaker official, String theme,
            boolean opens) {
        c.title = official.role();
        unit.add(Turn.nomination(presiding, c.procedure("@答弁者")));
        String opener = c.render(c.random.pick(text.answer.section(opens ? "@開始" : "@再答弁")));
        String closer = c.random.chance(0.4) ? c.render(c.random.pick(text.answer.section("@結び"))) : null;
        unit.add(Turn.speech(official, text.answer, theme, opens || c.random.chance(0.5) ? opener : null, closer));
    }

    private static Speaker official(String[] titleAndName) {
        return new Speaker(titleAndName[0], RoleGroup.EXECUTIVE, titleAndName[1],
                titleAndName[0] + "（" + titleAndName[1] + "君）");
    }

    private static void appendTurns(StringBuilder out, char marker, List<Turn> turns, List<GeneratedRemark> remarks) {
        for (int i = 0; i < turns.size(); i++) {
            Turn turn = turns.get(i);
            turn.before().forEach(line -> out.append(line).append('\n'));
            out.append(marker).append(turn.speaker().label()).append('\n');
            for (String paragraph : remarks.get(i).text().split("\n")) {
                out.append(INDENT).append(paragraph).append('\n');
            }
            turn.after().forEach(line -> out.append(line).append('\n'));
        }
    }

    private static char marker(SeededRandom random) {
        double u = random.nextDouble();
        return u < 0.8 ? '○' : u < 0.9 ? '〇' : '◯';
    }

    private static String agendaLine(SeededRandom random) {
        return (random.chance(0.6) ? "◆" : "") + "日程第1" + INDENT + "一般質問";
    }

    /** A stage direction: not speech, printed indented in brackets or unindented in parentheses. */
    private static String stage(String call, boolean bracketed) {
        return bracketed ? INDENT + INDENT + "〔「" + call + "」と呼ぶ者あり〕" : "（「" + call + "」と呼ぶ者あり）";
    }

    private static String toFull(int number) {
        return Wareki.fullWidth(Integer.toString(number));
    }

    /** A time of day as records print it, given in minutes after the 10 o'clock start: 午後3時12分, 正午. */
    static String clock(int minutesAfterTen) {
        int minutes = 600 + Math.min(minutesAfterTen, 13 * 60);
        int hour = minutes / 60;
        int minute = minutes % 60;
        if (hour == 12 && minute == 0) {
            return "正午";
        }
        return (hour < 12 ? "午前" + hour : "午後" + (hour - 12)) + "時" + (minute == 0 ? "" : minute + "分");
    }
}
