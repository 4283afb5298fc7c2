package jp.meetingsearch.minutes;

import jp.meetingsearch.text.Width;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists of people in a header: attendees with their role (磯野会長、細川副会長…計15名; １番 山 田 太 郎 君) and
 * officials with their titles (山田市民生活部長、地域づくり課 高橋課長; 市長 田 中 一 郎 君).
 */
final class People {
    private People() {
    }

    /** One person of a seat list: role or title as written (3番, 委員長, 総務部長) and name, spaces removed. */
    record Seat(String role, String name) {
    }

    /**
     * The people a list names, the number it states, and its lines of names spaced letter by letter ({@code 北 原 理 雄
     * 村 井 祐 二}), where no one can tell where a name ends: those are not read as names.
     */
    record Listed<T>(List<T> people, Integer stated, List<String> letterSpaced) {
        Listed(List<T> people, Integer stated) {
            this(people, stated, List.of());
        }
    }

    private static final Pattern STATED = Pattern.compile(
            "(?:計|合計|以上|全|総数|出席)[\\s　]*([0-9０-９一二三四五六七八九十]+)[\\s　]*[名人]");
    /** "８名中６名出席": the number present is the stated count. */
    private static final Pattern PRESENT_OF = Pattern.compile(
            "[0-9０-９一二三四五六七八九十]+[\\s　]*[名人][\\s　]*中[\\s　]*([0-9０-９一二三四五六七八九十]+)[\\s　]*[名人]"
                    + "[\\s　]*出席");
    private static final Pattern BARE_COUNT = Pattern.compile(
            "^[\\s　]*[（(]?[\\s　]*([0-9０-９]+)[\\s　]*[名人][\\s　]*[）)]?[\\s　]*$");
    /** "委員８名", "事務局3人": how many of a role attended, without names. */
    private static final Pattern ROLE_COUNT = Pattern.compile(
            "^(.{1,10}?)([0-9０-９一二三四五六七八九十]+)[名人]$");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、,，;；]");
    private static final Pattern BRACKET = Pattern.compile("[（(][^（）()]*[）)]");
    /** A line marking where the absent follow in a list of those present: ＜欠席＞, 【欠席者】, (欠席委員). */
    private static final Pattern ABSENT_MARK = Pattern.compile("^[\\s　]*[<＜〈【(（][\\s　]*欠席(?:者|委員)?[\\s　]*[>＞〉】)）][\\s　]*$");
    /** One person a line: surname, a space, given name, then a note in brackets (白石 克孝(龍谷大学副学長)). */
    private static final Pattern SPACED_NAME_WITH_NOTE = Pattern.compile(
            "^([\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]{1,4})[\\s　]+([\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]{1,4})"
                    + "[\\s　]*[（(][^（）()]+[）)][\\s　]*$");
    /** A sub-list label: "委員：磯野、細川" or "（事務局）高橋". */
    private static final Pattern LABEL = Pattern.compile("^(?:([^:：（(]{1,10})[:：]|[（(【]([^）)】]{1,10})[）)】])[\\s　]*(.*)$");
    private static final Pattern SEAT = Pattern.compile("([0-9０-９]{1,3})[\\s　]*番");
    private static final Pattern HONORIFIC = Pattern.compile("(君|氏|様|さん)$");
    /** What seat lists write after a name: 君, or the member's title (北野実議員). */
    /** Letters of the longest title a list spaces out letter by letter (教育委員会事務局次長). */
    private static final int LONGEST_SPACED_TITLE = 10;
    private static final Pattern NAME_SUFFIX = Pattern.compile("(君|氏|様|さん|議員|委員)$");

    /**
     * Attendees of a summary header: comma-separated names with a role written after the name (佐々木委員) or a
     * label before a group ("委員：…"); {@code defaultRole} applies to a bare name.
     */
    /** 出席 7名 欠席 0名, 出席委員８名　欠席委員０名: the counts of a list, present first. */
    private static final Pattern PRESENT_ABSENT_COUNTS = Pattern.compile(
            "出席\\S{0,3}?[\\s　]*([0-9０-９]+)[\\s　]*[名人][\\s　、,]*欠席\\S{0,3}?[\\s　]*[0-9０-９]+[\\s　]*[名人]");
    /** A title, a space and one name (a surname and a given name, one space between at most): a table's row. */
    private static final Pattern TITLE_THEN_NAME = Pattern.compile(
            "([\\p{IsHan}ー]{1,10})[\\s　]+([\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々]{1,6}(?:[\\s　][\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々]{1,5})?)");
    /** 出席 / 欠席 as a table's last column after a title and a name. */
    private static final Pattern ATTENDANCE_STATUS = Pattern.compile("(?<=\\S)[\\s　]+(出席|欠席)[\\s　]*$");
    /** 役職 氏名 出欠, 職名 氏名: a table's column names over its people. */
    private static final Pattern TABLE_HEAD = Pattern.compile("(?:役職|職名|職|区分)[\\s　]+氏[\\s　]*名(?:[\\s　]+(?:出欠|備考))?");

    /** How many came, where the line gives the counts of a list alone (出席 7名 欠席 0名); else null. */
    static Integer presentCount(String line) {
        Matcher m = PRESENT_ABSENT_COUNTS.matcher(Cleaning.strip(line));
        return m.matches() ? Numbers.parse(m.group(1)) : null;
    }

    /** Whether the line names a table's columns (役職 氏名 出欠), not people. */
    static boolean tableHead(String line) {
        return TABLE_HEAD.matcher(Cleaning.strip(line)).matches();
    }

    static Listed<Attendee> attendees(List<String> lines, String defaultRole, RoleTable roles) {
        List<Attendee> out = new ArrayList<>();
        List<String> spaced = new ArrayList<>();
        Integer stated = null;
        for (String raw : bracketsJoined(lines)) {
            String line = raw;
            if (letterSpaced(line)) {
                // 委 員 北 原 理 雄 村 井 祐 二 …: a PDF's table spaced every letter; one letter is no one's name
                spaced.add(Cleaning.strip(line));
                continue;
            }
            Matcher group = GROUP_OF_NAMES.matcher(Cleaning.strip(line));
            if (group.matches()) {
                // (1) 委 員(小川勲会長、石川邦雄副会長、…): the group's people, in its brackets
                line = roles.isRole(Cleaning.despace(group.group(1))) ? group.group(1) + "：" + group.group(2)
                        : group.group(2);
            }
            // 古藤原子力安全対策課長他 3 名: the others are not named
            line = OTHERS.matcher(line).replaceAll("");
            if (ABSENT_MARK.matcher(line).matches()) {
                // ＜欠席＞ inside the list: the names after it did not attend
                break;
            }
            Integer counted = presentCount(line);
            if (counted != null) {
                // 出席 7名 欠席 0名: how many came and how many did not, no one's name
                stated = sum(stated, counted);
                continue;
            }
            if (tableHead(line)) {
                // 役職 氏名 出欠: the table's column names
                continue;
            }
            Matcher status = ATTENDANCE_STATUS.matcher(line);
            if (status.find()) {
                // 委員長 金崎ひさ 出席: the table's last column says whether they came
                if (!status.group(1).equals("出席")) {
                    continue;
                }
                line = line.substring(0, status.start());
            }
            Matcher st = PRESENT_OF.matcher(line);
            if (!st.find()) {
                st = STATED.matcher(line);
            }
            if (st.find(0)) {
                stated = sum(stated, Numbers.parse(st.group(1)));
                line = line.substring(0, st.start()) + line.substring(st.end());
            }
            String role = defaultRole;
            Matcher label = LABEL.matcher(Cleaning.strip(line));
            Matcher titled = TITLE_THEN_NAME.matcher(Cleaning.strip(line));
            if (label.matches()) {
                String l = label.group(1) != null ? label.group(1) : label.group(2);
                if (roles.isRole(Cleaning.despace(l))) {
                    role = Cleaning.despace(l);
                    line = label.group(3);
                }
            } else if (titled.matches() && roles.isRole(titled.group(1))
                    && roles.resolve(titled.group(1)).speaker() == null) {
                // 委員長 金崎ひさ: a table's row, the title, then the one name
                role = titled.group(1);
                line = titled.group(2);
            }
            for (String entry : entries(line)) {
                Matcher bare = BARE_COUNT.matcher(entry);
                if (bare.matches()) {
                    stated = sum(stated, Numbers.parse(bare.group(1)));
                    continue;
                }
                Matcher roleCount = ROLE_COUNT.matcher(Cleaning.despace(entry));
                if (roleCount.matches() && roles.isRole(roleCount.group(1))) {
                    // 委員８名: a count of a role, no names
                    stated = sum(stated, Numbers.parse(roleCount.group(2)));
                    continue;
                }
                out.add(attendee(entry, role, roles));
            }
        }
        return new Listed<>(out, stated, spaced);
    }

    /**
     * The fewest words of one letter a line of several names spaced letter by letter holds: more than one title and
     * one person's name ({@code 委 員 長 櫻 井 久 江} is one person, read as such).
     */
    private static final int SPACED_LETTERS = 11;

    /** Whether the line's words are nearly all one letter each (four in five or more, and at least 11 of them). */
    static boolean letterSpaced(String line) {
        String[] words = Cleaning.strip(line).split("[\\s　]+");
        int single = 0;
        for (String w : words) {
            single += w.codePointCount(0, w.length()) == 1 ? 1 : 0;
        }
        return single >= SPACED_LETTERS && single * 5 >= words.length * 4;
    }

    /** "他 3 名", "ほか2名" after the last name of a list: people the list does not name. */
    private static final Pattern OTHERS = Pattern.compile(
            "(?:他|ほか|外)[\\s　]*[0-9０-９一二三四五六七八九十]+[\\s　]*[名人]");

    /**
     * A group and its people in brackets after it, numbered or not: {@code (1) 委 員(小川勲会長、石川邦雄副会長)},
     * {@code 事務局（井田支所長、山本地域振興課長）}; the brackets hold a list (a separator) and nothing follows them.
     */
    private static final Pattern GROUP_OF_NAMES = Pattern.compile(
            "^(?:[（(][0-9０-９]{1,2}[）)]|[0-9０-９]{1,2}[.．)）])?[\\s　]*([^（()）、,，:：。]{1,15}?)[\\s　]*[（(]"
                    + "([^（()）]*[、,，][^（()）]*)[）)][\\s　]*$");

    /**
     * The lines of a list with a bracket opened on one line and closed on a later one joined into one: a page's
     * line breaks inside a group's list ({@code (1) 委 員(小川勲会長、…、佐目モ} / {@code ト子委員、…)}), which may cut
     * a name, so the lines are joined with nothing between them.
     */
    static List<String> bracketsJoined(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder open = null;
        for (String line : lines) {
            if (open != null) {
                open.append(Cleaning.strip(line));
                if (depth(open) <= 0) {
                    out.add(open.toString());
                    open = null;
                }
            } else if (depth(line) > 0) {
                open = new StringBuilder(line.stripTrailing());
            } else {
                out.add(line);
            }
        }
        if (open != null) {
            out.add(open.toString());
        }
        return out;
    }

    /** Opening brackets less closing ones. */
    private static int depth(CharSequence s) {
        int d = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '（') {
                d++;
            } else if (c == ')' || c == '）') {
                d--;
            }
        }
        return d;
    }

    /** The count of a value that is only a count ("８名", "（10人）"), else null. */
    static Integer bareCount(String value) {
        Matcher m = BARE_COUNT.matcher(value);
        return m.matches() ? Numbers.parse(m.group(1)) : null;
    }

    private static Integer sum(Integer a, Integer b) {
        return a == null ? b : b == null ? a : a + b;
    }

    private static List<String> entries(String line) {
        Matcher one = SPACED_NAME_WITH_NOTE.matcher(Cleaning.strip(line));
        if (one.matches()) {
            // 白石 克孝(龍谷大学副学長): one person, surname and given name apart, then what they are
            return List.of(one.group(1) + one.group(2));
        }
        String noNotes = BRACKET.matcher(line).replaceAll("");
        String[] parts = LIST_SEPARATOR.matcher(noNotes).find()
                ? LIST_SEPARATOR.split(noNotes)
                : noNotes.split("[\\s　]+");
        if (parts.length == 2 && surnameAndGivenName(Cleaning.strip(parts[0]), Cleaning.strip(parts[1]))) {
            // 委員長:宮城 孝: one person, surname and given name a space apart
            return List.of(Cleaning.strip(parts[0]) + Cleaning.strip(parts[1]));
        }
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            String s = Cleaning.strip(p);
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Whether two words are one person's surname and given name by the dictionary (宮城 + 孝), not two surnames
     * (田中 + 鈴木: 鈴木 alone is a surname to it).
     */
    static boolean surnameAndGivenName(String first, String second) {
        if (first.isEmpty() || second.isEmpty() || first.length() > 4 || second.length() > 4) {
            return false;
        }
        List<PersonNames.Token> both = PersonNames.tokens(first + second);
        List<PersonNames.Token> alone = PersonNames.tokens(second);
        return both.size() == 2 && both.get(0).end() == first.length() && both.get(0).isSurname()
                && both.get(1).isGivenName() && !(alone.size() == 1 && alone.getFirst().isSurname());
    }

    private static Attendee attendee(String entry, String defaultRole, RoleTable roles) {
        String e = HONORIFIC.matcher(Cleaning.despace(entry)).replaceAll("");
        RoleTable.Match m = roles.resolve(e);
        if (m.known() && m.speaker() != null) {
            return new Attendee(m.speaker(), m.role(), m.group());
        }
        if (m.known() && !RoleTable.looksLikeName(e)) {
            Official o = official(e, roles);
            if (o.name() != null && o.title() != null) {
                // 田中健康福祉部長: a surname the dictionary knows, then the title
                return new Attendee(o.name(), o.title(), roles.resolve(o.title()).group());
            }
            // a role without a name (事務局)
            return new Attendee(null, m.role(), m.group());
        }
        String name = Width.normalize(e);
        if (defaultRole == null) {
            return new Attendee(name, null, null);
        }
        RoleTable.Match d = roles.resolve(defaultRole);
        return new Attendee(name, d.role(), d.group());
    }

    /**
     * Officials of a summary header: "山田市民生活部長、地域づくり課 高橋課長、寺島主査". A department written apart
     * from the person (地域づくり課 高橋課長) is kept as department. Where name and title run together
     * (山田市民生活部長) the name is the person's name Kuromoji's dictionary finds at the start; a title with no
     * name in front (市民協働課長) stays a title.
     */
    static List<Official> officials(List<String> lines, RoleTable roles) {
        List<Official> out = new ArrayList<>();
        for (String line : lines) {
            String l = line;
            Matcher label = LABEL.matcher(Cleaning.strip(l));
            if (label.matches()) {
                l = label.group(3);
            }
            String noNotes = BRACKET.matcher(l).replaceAll("");
            for (String entry : LIST_SEPARATOR.split(noNotes)) {
                String e = Cleaning.strip(entry);
                if (!e.isEmpty() && !BARE_COUNT.matcher(e).matches() && !STATED.matcher(e).find()) {
                    out.add(official(e, roles));
                }
            }
        }
        return out;
    }

    private static Official official(String entry, RoleTable roles) {
        String e = HONORIFIC.matcher(Width.normalize(entry)).replaceAll("");
        String department = null;
        int space = e.lastIndexOf(' ');
        if (space > 0) {
            String before = e.substring(0, space);
            String after = e.substring(space + 1);
            if (roles.titleSuffix(after) != null) {
                department = before.replace(" ", "");
                e = after;
            } else if (roles.titleSuffix(before) != null) {
                // title first, then the name: 市長 田中一郎
                return new Official(after.replace(" ", ""), before.replace(" ", ""), null);
            }
        }
        e = e.replace(" ", "");
        String suffix = roles.titleSuffix(e);
        if (suffix == null) {
            return new Official(RoleTable.looksLikeName(e) && e.length() <= 4 ? e : null,
                    RoleTable.looksLikeName(e) && e.length() <= 4 ? null : e, department);
        }
        String prefix = e.substring(0, e.length() - suffix.length());
        if (prefix.isEmpty()) {
            return new Official(null, suffix, department);
        }
        // 高橋課長 → 高橋 + 課長; 市民協働課長 stays a title: the dictionary tells surnames from other words
        int surname = PersonNames.surnameBeforeDepartmentPost(e);
        if (surname > 0) {
            // 田中健康福祉部長: 健康 starts the department's name, no given name
            return new Official(e.substring(0, surname), e.substring(surname), department);
        }
        Optional<String> name = PersonNames.leadingName(e);
        if (name.isPresent() && name.get().length() <= prefix.length()) {
            return new Official(name.get(), e.substring(name.get().length()), department);
        }
        return new Official(null, e, department);
    }

    /**
     * A seat list of a verbatim record, possibly several people a line, names letter-spaced:
     * "１番　山　田　太　郎　君　　２番　高　木　直　良　君", "委員長　山　下　一　郎　君", "市長　田中　一郎".
     * A seat number becomes the role "N番".
     */
    static List<Seat> seats(String line, RoleTable roles) {
        List<Seat> out = new ArrayList<>();
        String l = Width.fold(line);
        List<String> chunks = new ArrayList<>();
        if (l.contains("君")) {
            for (String c : l.split("君")) {
                if (!c.isBlank()) {
                    chunks.add(c);
                }
            }
        } else if (SEAT.matcher(l).find()) {
            Matcher m = SEAT.matcher(l);
            List<Integer> starts = new ArrayList<>();
            while (m.find()) {
                starts.add(m.start());
            }
            starts.add(l.length());
            for (int i = 0; i + 1 < starts.size(); i++) {
                chunks.add(l.substring(starts.get(i), starts.get(i + 1)));
            }
        } else {
            chunks.addAll(pairs(l, roles));
        }
        for (String chunk : chunks) {
            String c = Cleaning.strip(chunk);
            if (c.isEmpty() || BARE_COUNT.matcher(c).matches()) {
                continue;
            }
            Matcher seat = SEAT.matcher(c);
            if (seat.lookingAt()) {
                String name = NAME_SUFFIX.matcher(Cleaning.despace(c.substring(seat.end()))).replaceAll("");
                out.add(new Seat(Numbers.parse(seat.group(1)) + "番", name));
                continue;
            }
            out.add(titleAndName(c, roles));
        }
        return out;
    }

    /**
     * A line without 君 ("委員長　山　下　一　郎　　副委員長　川　端　良　子", "事務局長　中　島　和　也"): every word that is
     * a known role starts a person, the words after it up to the next role are the letter-spaced name. Spacing
     * cannot separate people, since names are padded with spaces to align columns.
     */
    private static List<String> pairs(String line, RoleTable roles) {
        String[] words = words(line, roles);
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean anyRole = false;
        for (String w : words) {
            // a rank written alone (主査, 主事) is a title of the lexicon, though the role rules know it only after
            // a department
            // and a word of three letters or more ending with a title of the lexicon (消防長, 消防本部消防署長) is one
            boolean role = w.length() > 1 && (roles.isRole(w) || TitleLexicon.shared().isTitle(w)
                    || w.length() > 2 && !TitleLexicon.shared().headsOf(w).isEmpty());
            anyRole |= role;
            if (role && !current.isEmpty()) {
                out.add(current.toString());
                current.setLength(0);
            }
            current.append(current.isEmpty() ? "" : " ").append(w);
        }
        if (!current.isEmpty()) {
            out.add(current.toString());
        }
        if (!anyRole) {
            // names only: people are separated by wider gaps than the letters of a name
            return List.of(Cleaning.strip(line).split("[\\s　]{2,}"));
        }
        return out;
    }

    /** Splits "総務部長　佐　藤　花　子" into title and name: the longest leading words that make a known title. */
    /**
     * The words of a list line, a letter-spaced title joined (議　　長, 委　　員 → 議長, 委員) and a title glued to the
     * name cut off it (委員長野村 有信君 → 委員長, 野村, 有信君).
     */
    private static String[] words(String line, RoleTable roles) {
        String[] raw = Cleaning.strip(line).split("[\\s　]+");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            String w = raw[i];
            if (w.length() == 1) {
                StringBuilder joined = new StringBuilder(w);
                int title = -1;
                for (int k = i + 1; k < raw.length && k - i < LONGEST_SPACED_TITLE && raw[k].length() == 1; k++) {
                    joined.append(raw[k]);
                    RoleTable.Match m = roles.resolve(joined.toString());
                    if (m.known() && m.speaker() == null
                            && !TitleLexicon.shared().headsOf(joined.toString()).isEmpty()) {
                        title = k;
                    }
                }
                if (title > 0) {
                    StringBuilder t = new StringBuilder();
                    for (int k = i; k <= title; k++) {
                        t.append(raw[k]);
                    }
                    out.add(t.toString());
                    i = title;
                    continue;
                }
            }
            if (!roles.isRole(w) && w.length() > 2) {
                int cut = 0;
                for (int p = Math.min(w.length() - 1, 10); p >= 2; p--) {
                    String prefix = w.substring(0, p);
                    if (TitleLexicon.shared().isTitle(prefix)
                            || roles.isRole(prefix) && !TitleLexicon.shared().headsOf(prefix).isEmpty()) {
                        cut = p;
                        break;
                    }
                }
                if (cut > 0) {
                    out.add(w.substring(0, cut));
                    out.add(w.substring(cut));
                    continue;
                }
            }
            out.add(w);
        }
        return out.toArray(String[]::new);
    }

    private static Seat titleAndName(String chunk, RoleTable roles) {
        String[] words = words(chunk, roles);
        int titleWords = 0;
        StringBuilder t = new StringBuilder();
        // a title is made of whole words; single letters are a letter-spaced name (中　島　和　也)
        for (int k = 1; k < words.length && words[k - 1].length() > 1; k++) {
            t.append(words[k - 1]);
            if (roles.isRole(t.toString()) && !TitleLexicon.shared().headsOf(t.toString()).isEmpty()
                    || TitleLexicon.shared().isTitle(t.toString())) {
                titleWords = k;
            }
        }
        if (titleWords == 0) {
            if (words.length == 1) {
                RoleTable.Match m = roles.resolve(words[0]);
                return m.speaker() != null ? new Seat(m.role(), m.speaker()) : new Seat(null, words[0]);
            }
            titleWords = words[0].length() > 1 ? 1 : 0;
        }
        StringBuilder title = new StringBuilder();
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            (i < titleWords ? title : name).append(words[i]);
        }
        return new Seat(title.isEmpty() ? null : title.toString(), NAME_SUFFIX.matcher(name).replaceAll(""));
    }

    /** Cells of a table line: text apart from the next by two spaces or more. */
    private static final Pattern CELL_GAP = Pattern.compile("[ 　]{2,}");
    /** A note in brackets on a line of its own in a column: （まちづくり推進担当）. */
    private static final Pattern NOTE = Pattern.compile("^[（(][^（）()]*[）)]$");
    /** Columns whose starts differ by this many letters or fewer are one column (names padded unevenly). */
    private static final int COLUMN_SLACK = 2;

    /**
     * A table of officials in columns, each person given as the department and name on one line and the rest of
     * the title on the lines below in the same column:
     * <pre>
     * 　生活環境部長　　　谷井　　寛　　　都市創造部　　　　石原　慎一
     * 　　　　　　　　　　　　　　　　　　都市住宅室長
     * 　生活環境部　　　　砂川　佳寛　　　都市創造部都市住宅室　吉田　貴昭
     * 　環境経済室長　　　　　　　　　　　都市政策課長
     * </pre>
     * Read when some line holds titles only (each of its cells ends with a title of the lexicon, or is a bracketed
     * note) and every line's text stands in the columns those lines and the lines' indents give; else empty, and
     * the lines are read one by one.
     */
    static Optional<List<Official>> columnTable(List<String> lines, RoleTable roles) {
        List<Integer> starts = new ArrayList<>();
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            List<int[]> cells = cells(line);
            if (cells.isEmpty()) {
                continue;
            }
            indent = Math.min(indent, cells.getFirst()[0]);
            if (cells.stream().allMatch(c -> titleOnly(line.substring(c[0], c[1])))) {
                cells.forEach(c -> starts.add(c[0]));
            }
        }
        if (starts.isEmpty()) {
            return Optional.empty();
        }
        starts.add(indent);
        List<Integer> columns = new ArrayList<>();
        starts.stream().distinct().sorted().forEach(c -> {
            if (columns.isEmpty() || c - columns.getLast() > COLUMN_SLACK) {
                columns.add(c);
            }
        });
        // per column: the people in it, the last of them taking the title lines below while their title is not
        // whole; a title line below a whole title is the title of the name that follows it, indented
        List<List<String[]>> byColumn = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        columns.forEach(c -> {
            byColumn.add(new ArrayList<>());
            pending.add(null);
        });
        List<String[]> order = new ArrayList<>();
        for (String line : lines) {
            for (int k = 0; k < columns.size(); k++) {
                int from = Math.min(line.length(), columns.get(k));
                int to = k + 1 < columns.size() ? Math.min(line.length(), columns.get(k + 1)) : line.length();
                String raw = line.substring(from, Math.max(from, to));
                String cell = Cleaning.strip(raw);
                if (cell.isEmpty()) {
                    continue;
                }
                List<String[]> people = byColumn.get(k);
                String folded = Cleaning.despace(Width.fold(cell));
                if (titleOnly(cell)) {
                    String[] last = people.isEmpty() ? null : people.getLast();
                    if (last != null && (NOTE.matcher(folded).matches() || folded.startsWith("兼")
                            || last[0] == null || !wholeTitle(last[0]))) {
                        last[0] = (last[0] == null ? "" : last[0]) + folded;
                    } else {
                        pending.set(k, folded);
                    }
                    continue;
                }
                boolean indented = raw.length() - raw.stripLeading().length() > COLUMN_SLACK;
                String[] last = people.isEmpty() ? null : people.getLast();
                if (!indented && pending.get(k) == null && cell.indexOf(' ') < 0 && cell.indexOf('　') < 0
                        && last != null && last[0] != null && !wholeTitle(last[0])) {
                    // a department alone (公共施設マネジメント室) under a title not yet whole: more of that title
                    last[0] = last[0] + folded;
                    continue;
                }
                String[] person;
                if (indented && pending.get(k) != null) {
                    // the name below its title, standing where the column's names stand
                    person = new String[] {pending.get(k), NAME_SUFFIX.matcher(folded).replaceAll("")};
                } else {
                    Seat s = titleAndName(cell, roles);
                    person = new String[] {s.role(), s.name()};
                }
                pending.set(k, null);
                people.add(person);
                order.add(person);
            }
        }
        return Optional.of(order.stream().map(p -> new Official(p[1], p[0], null)).toList());
    }

    /** A title that ends with a title of the lexicon once its notes are taken off (環境政策課主幹（環境対策担当）). */
    private static boolean wholeTitle(String title) {
        return !TitleLexicon.shared().headsOf(BRACKET.matcher(title).replaceAll("")).isEmpty();
    }

    /** The cells of a line as [start, end) offsets. */
    private static List<int[]> cells(String line) {
        List<int[]> out = new ArrayList<>();
        int start = -1;
        Matcher gap = CELL_GAP.matcher(line);
        int pos = 0;
        while (pos < line.length() && (line.charAt(pos) == ' ' || line.charAt(pos) == '　')) {
            pos++;
        }
        start = pos;
        while (start < line.length() && gap.find(start)) {
            if (gap.start() > start) {
                out.add(new int[] {start, gap.start()});
            }
            start = gap.end();
        }
        if (start < line.length() && !line.substring(start).isBlank()) {
            out.add(new int[] {start, line.stripTrailing().length()});
        }
        return out;
    }

    /** A cell holding the rest of a title only: 都市住宅室長, 環境政策課主幹（環境対策担当）, 兼農業委員会事務局長, （…担当）. */
    private static boolean titleOnly(String cell) {
        String c = Cleaning.despace(Width.fold(cell));
        if (NOTE.matcher(c).matches()) {
            return true;
        }
        String bare = BRACKET.matcher(c).replaceAll("").replaceFirst("^兼", "");
        return bare.length() > 1 && !TitleLexicon.shared().headsOf(bare).isEmpty();
    }
}
