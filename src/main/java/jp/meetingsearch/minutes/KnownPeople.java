package jp.meetingsearch.minutes;

import jp.meetingsearch.text.Width;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names and titles a record's own lists give (出席議員, 説明のため出席した者, 理事者側出席者 …), as evidence
 * where a label writes name and title together: ○向上下水道部治水対策課長 is 向 + 上下水道部治水対策課長 when
 * the list names 向　和哉. Names are letter-spaced and padded to align columns, so a run of single letters one
 * space apart is one name (青　木　克　德), and two neighbouring words may be surname and given name.
 */
final class KnownPeople {
    private final Set<String> names = new HashSet<>();
    private final Set<String> titles = new HashSet<>();
    private final List<String> fullNames = new ArrayList<>();
    /** Title → the names the lists give after it (副町長 → 碓井直樹). */
    private final java.util.Map<String, Set<String>> titled = new java.util.HashMap<>();
    /** Seat number → the names the lists give after it (3 → 篠田茂美). */
    private final java.util.Map<Integer, Set<String>> seats = new java.util.HashMap<>();

    /** The people of the lines of a record's preamble. */
    static KnownPeople of(List<String> lines, TitleLexicon lexicon) {
        KnownPeople p = new KnownPeople();
        for (String line : lines) {
            String l = Width.fold(Cleaning.stripMarkup(line));
            if (AGENDA_LINE.matcher(l).lookingAt()) {
                // 第 ３ 議長諸般報告, 日程第１ 会議録署名議員の指名: an item of the 議事日程, not a list of people
                continue;
            }
            p.addLine(l, lexicon);
            p.addCommaList(l, lexicon);
        }
        return p;
    }

    /**
     * The titles a member of the body holds, written after a name in a list of members (日向委員長); a department's
     * title (環境政策課長) is written after the department, not a name.
     */
    private static final Set<String> PEOPLES_TITLES = Set.of("委員長", "副委員長", "会長", "副会長", "議長", "副議長",
            "部会長", "副部会長", "座長", "副座長", "委員", "議員", "理事");

    /** Whether the dictionary reads a word as a person's name, or it is written in kana (くりはら), as names may be. */
    private static boolean dictionaryName(String word) {
        if (word.codePoints().allMatch(PersonNames::isKana)) {
            return true;
        }
        List<PersonNames.Token> t = PersonNames.tokens(word);
        return !t.isEmpty() && t.getFirst().isPerson();
    }

    /** Where a list line's entries end: the comma of a list, and the brackets of a note. */
    private static final java.util.regex.Pattern LIST_SEPARATOR = java.util.regex.Pattern.compile("[、，,]");
    /** What a bracket after a title says when it is no name: 市長（欠席）, 副市長（市長職務代理）, （公務のため欠席）. */
    private static final java.util.regex.Pattern BRACKET_NOTE = java.util.regex.Pattern.compile(
            "欠席|出席|代理|公務|所用|不在|遅刻|早退|途中|兼務|兼任|事務取扱|担当|予定|ため|の|及び|ほか|他");
    /** An entry of a list written title first, the name in brackets: 市長(今泉文彦). */
    private static final java.util.regex.Pattern TITLE_THEN_NAME = java.util.regex.Pattern.compile(
            "([^（()）]{1,16})[（(]([^（()）]{2,10})[）)]");
    /** What a list writes after its last name (…、保坂の各委員) or inside a bracket after an entry. */
    private static final java.util.regex.Pattern ENTRY_TAIL = java.util.regex.Pattern.compile(
            "[（(].*$|の各?(?:委員|議員)$|各?(?:委員|議員)$");

    /**
     * A list of people written with commas, mostly names alone (日向委員長、くり林、中里、高野の各委員): its entries
     * without a title are names, and an entry of a name and a title glued (日向委員長) gives the name, whatever the
     * dictionary makes of it (日向 is a common word to it). A list of titles (総務課長、企画課長) gives nothing.
     */
    private void addCommaList(String line, TitleLexicon lexicon) {
        String body = line.replaceFirst("^[^：:]{1,12}[：:]", "");
        String[] parts = LIST_SEPARATOR.split(body);
        if (parts.length < 3) {
            return;
        }
        List<String> bare = new ArrayList<>();
        List<String> titledEntries = new ArrayList<>();
        for (String part : parts) {
            String[] words = Cleaning.strip(part).split("[\\s　]+");
            java.util.regex.Matcher tn = TITLE_THEN_NAME.matcher(words[words.length - 1]);
            if (tn.matches() && !lexicon.headsOf(tn.group(1)).isEmpty() && lettersOnly(Cleaning.despace(tn.group(2)))
                    && nameShaped(Cleaning.despace(tn.group(2)))
                    && !BRACKET_NOTE.matcher(Cleaning.despace(tn.group(2))).find()) {
                // 市長(今泉文彦), 局長(門脇 孝): the title, then the name in brackets
                String name = Cleaning.despace(tn.group(2));
                names.add(name);
                fullNames.add(name);
                titles.add(tn.group(1));
                titled.computeIfAbsent(tn.group(1), t -> new HashSet<>()).add(name);
                continue;
            }
            String e = ENTRY_TAIL.matcher(Cleaning.despace(part)).replaceFirst("");
            if (!lettersOnly(e) || e.length() > 10) {
                continue;
            }
            if (lexicon.headsOf(e).isEmpty()) {
                if (nameShaped(e)) {
                    bare.add(e);
                }
            } else {
                titledEntries.add(e);
            }
        }
        long nameLike = bare.stream().filter(KnownPeople::dictionaryName).count();
        if (bare.size() < 2 || bare.size() * 2 < bare.size() + titledEntries.size() || nameLike * 2 < bare.size()) {
            // 財政、人事、契約、広報について: words of an agenda, not a list of people
            return;
        }
        bare.forEach(names::add);
        for (String e : titledEntries) {
            String head = lexicon.headsOf(e).getFirst();
            String name = e.substring(0, e.length() - head.length());
            if (PEOPLES_TITLES.contains(head) && !lexicon.isTitle(e) && name.length() >= 1 && name.length() <= 4
                    && lexicon.headsOf(name).isEmpty() && nameShaped(name)) {
                names.add(name);
                titles.add(head);
                titled.computeIfAbsent(head, t -> new HashSet<>()).add(name);
            }
        }
    }

    /** A seat number as a members list writes it before the name (folded: 3番). */
    private static final java.util.regex.Pattern SEAT = java.util.regex.Pattern.compile("^([0-9]{1,3})番$");
    /** The start of an item of a 議事日程: 第 ３, 日程第１, 日程 第 2. */
    private static final java.util.regex.Pattern AGENDA_LINE = java.util.regex.Pattern.compile(
            "^[\\s　]*(?:日[\\s　]*程[\\s　]*)?第[\\s　]*[0-9一二三四五六七八九十]+(?:[\\s　]|$)");

    private void addLine(String line, TitleLexicon lexicon) {
        List<String> runs = new ArrayList<>();
        List<Integer> gaps = new ArrayList<>();
        int i = 0;
        int n = line.length();
        int gap = 0;
        StringBuilder run = new StringBuilder();
        boolean singleRun = false;
        while (i < n) {
            char c = line.charAt(i);
            if (Cleaning.isSpace(c)) {
                gap++;
                i++;
                continue;
            }
            int start = i;
            while (i < n && !Cleaning.isSpace(line.charAt(i))) {
                i++;
            }
            String word = line.substring(start, i);
            boolean single = word.length() == 1;
            if (single && singleRun && gap == 1) {
                run.append(word);
            } else {
                if (!run.isEmpty()) {
                    runs.add(run.toString());
                    gaps.add(gap);
                }
                run.setLength(0);
                run.append(word);
            }
            singleRun = single;
            gap = 0;
        }
        if (!run.isEmpty()) {
            runs.add(run.toString());
            gaps.add(0);
        }
        splitTitled(runs, gaps, lexicon);
        for (int k = 0; k < runs.size(); k++) {
            String r = runs.get(k);
            java.util.regex.Matcher seat = SEAT.matcher(r);
            if (seat.matches() && k + 1 < runs.size() && lettersOnly(runs.get(k + 1))
                    && runs.get(k + 1).length() >= 2 && lexicon.headsOf(runs.get(k + 1)).isEmpty()
                    && nameShaped(runs.get(k + 1))) {
                seats.computeIfAbsent(Integer.parseInt(seat.group(1)), s -> new HashSet<>()).add(runs.get(k + 1));
                continue;
            }
            if (!lettersOnly(r) || r.length() > 16) {
                continue;
            }
            if (!lexicon.headsOf(r).isEmpty() && r.length() > 1) {
                titles.add(r);
                if (k + 1 < runs.size() && lettersOnly(runs.get(k + 1)) && runs.get(k + 1).length() >= 2
                        && lexicon.headsOf(runs.get(k + 1)).isEmpty() && nameShaped(runs.get(k + 1))) {
                    titled.computeIfAbsent(r, t -> new HashSet<>()).add(runs.get(k + 1));
                }
                continue;
            }
            if (!nameShaped(r)) {
                continue;
            }
            names.add(r);
            if (k + 1 < runs.size() && gaps.get(k) <= 3 && lettersOnly(runs.get(k + 1))
                    && r.length() + runs.get(k + 1).length() <= 8 && lexicon.headsOf(runs.get(k + 1)).isEmpty()
                    && nameShaped(runs.get(k + 1))) {
                String full = r + runs.get(k + 1);
                names.add(full);
                fullNames.add(full);
            } else if (r.length() >= 3) {
                fullNames.add(r);
            }
        }
    }

    /**
     * A title and a name letter-spaced alike run together (副 町 長 碓 井 直 樹 → 副町長碓井直樹): split after the
     * longest start that ends with a title word of two letters or more (副町長), the rest (2 to 6 letters, no title
     * in it) the name. A single-letter title word (長) does not split, as names start with it (村長長船敏行).
     */
    private static void splitTitled(List<String> runs, List<Integer> gaps, TitleLexicon lexicon) {
        for (int k = 0; k < runs.size(); k++) {
            String r = runs.get(k);
            if (!lettersOnly(r) || !lexicon.headsOf(r).isEmpty()) {
                continue;
            }
            for (int p = r.length() - 2; p >= 2; p--) {
                String title = r.substring(0, p);
                String name = r.substring(p);
                List<String> heads = lexicon.headsOf(title);
                if (!heads.isEmpty() && heads.getFirst().length() >= 2 && name.length() <= 6
                        && lexicon.headsOf(name).isEmpty()) {
                    runs.set(k, title);
                    runs.add(k + 1, name);
                    gaps.add(k, 1);
                    int[] inner = innerPair(title, lexicon);
                    if (inner != null) {
                        // 町 長 大 崎 貞 二 教 育 長 西 田 篤 人: two columns of title and name spaced into one run; the
                        // first pair's name is where the dictionary reads a person between two titles
                        runs.set(k, title.substring(0, inner[0]));
                        runs.add(k + 1, title.substring(inner[0], inner[1]));
                        runs.add(k + 2, title.substring(inner[1]));
                        gaps.add(k, 1);
                        gaps.add(k, 1);
                        k += 2;
                    }
                    k++;
                    break;
                }
            }
        }
    }

    /**
     * Where a run of letters holds a title, a name and a title (町長大崎貞二教育長): the name's start and end, the name
     * the longest run of two to five letters the dictionary reads as a person's (a surname first) and no title's word,
     * both titles ending as titles do; null where there is none.
     */
    private static int[] innerPair(String run, TitleLexicon lexicon) {
        for (int i = 2; i + 4 <= run.length(); i++) {
            if (lexicon.headsOf(run.substring(0, i)).isEmpty()) {
                continue;
            }
            for (int j = Math.min(i + 5, run.length() - 2); j >= i + 2; j--) {
                String name = run.substring(i, j);
                String next = run.substring(j);
                List<String> heads = lexicon.headsOf(next);
                if (!heads.isEmpty() && heads.getFirst().length() >= 2 && lexicon.headsOf(name).isEmpty()
                        && personOnly(name)) {
                    return new int[] {i, j};
                }
            }
        }
        return null;
    }

    /** Whether the dictionary reads every word of {@code name} as a person's name (斉藤|隆, 大崎|貞二). */
    private static boolean personOnly(String name) {
        List<PersonNames.Token> t = PersonNames.tokens(name);
        return !t.isEmpty() && t.stream().allMatch(PersonNames.Token::isPerson)
                && t.getFirst().isSurname();
    }

    /** Words of bodies and documents, which a list line may hold beside names (総務常任委員会会議録). */
    private static final java.util.regex.Pattern NOT_A_NAME = java.util.regex.Pattern.compile(
            ".*(?:委員会|議会|会議|事務|[会部課局室所県団庁省係班録])$|.*(?:委員会|議会|会議).*");

    private static boolean nameShaped(String s) {
        return s.length() <= 7 && !NOT_A_NAME.matcher(s).matches();
    }

    private static boolean lettersOnly(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(c -> Character.isLetter(c) || c == '々' || c == 'ヶ' || c == 'ゝ');
    }

    /** Adds a name a label gives in brackets (議長（清野一榮議員）), for the labels that write it glued later. */
    void addName(String name) {
        if (name != null && !name.isEmpty()) {
            names.add(name);
            fullNames.add(name);
        }
    }

    /** Whether the lists name someone exactly so (surname, given name or full name). */
    boolean isName(String s) {
        return names.contains(s);
    }

    /** Whether {@code s} (two letters or more) is the start of a full name the lists give: a surname. */
    boolean startsName(String s) {
        if (s.length() < 2) {
            return false;
        }
        for (String f : fullNames) {
            if (f.length() > s.length() && f.startsWith(s)) {
                return true;
            }
        }
        return false;
    }

    /** The one person the lists give with this title, or null when they give none or several. */
    String nameOf(String title) {
        Set<String> n = titled.get(title);
        return n != null && n.size() == 1 ? n.iterator().next() : null;
    }

    /** The one name the lists give after this seat number (３番 篠 田 茂 美), or null. */
    String nameOfSeat(int seat) {
        Set<String> n = seats.get(seat);
        return n != null && n.size() == 1 ? n.iterator().next() : null;
    }

    /** Whether the lists give this title. */
    boolean isTitle(String s) {
        return titles.contains(s);
    }
}
