package jp.meetingsearch.minutes;

import jp.meetingsearch.text.Width;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Maps a role as written (会長, ３番, 総務部長, 山田委員) to its role group, and separates a speaker's name written
 * into the role. Rules come from a file the user can extend, {@code loaders/roles.txt}, whose header documents the
 * format.
 */
public final class RoleTable {
    /** Where the project keeps the rules, relative to its root. */
    public static final String DEFAULT_FILE = "loaders/roles.txt";

    private enum Kind { EXACT, PREFIX, SUFFIX, NAME_SUFFIX, NUMBER }

    private record Rule(Kind kind, String text, RoleGroup group, int line) {
        int weight() {
            // a longer pattern is more specific; on equal length an exact rule beats a pattern
            return text.length() * 2 + (kind == Kind.EXACT ? 1 : 0);
        }
    }

    /**
     * A resolved role: the role without the name ({@code role}), the name written into it or null, the group, and
     * whether any rule matched ({@code known} false means group other by default).
     */
    public record Match(String role, String speaker, RoleGroup group, boolean known) {
    }

    private final List<Rule> rules;

    private RoleTable(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Reads rules from a file in the documented format; errors name the file and line. */
    public static RoleTable load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read role rules " + file + ": " + e.getMessage(), e);
        }
        return parse(lines, file.toString());
    }

    /** Parses rule lines; {@code source} names them in error messages. */
    public static RoleTable parse(List<String> lines, String source) {
        List<Rule> rules = new ArrayList<>();
        for (ProjectFiles.Entry e : ProjectFiles.entries(lines, source, "PATTERN<TAB>GROUP")) {
            RoleGroup group = RoleGroup.of(e.second()).orElseThrow(() -> new IllegalArgumentException(source + ":"
                    + e.line() + ": unknown group '" + e.second() + "', expected one of "
                    + new TreeSet<>(RoleGroup.allValues())));
            rules.add(rule(e.first(), group, e.line(), source));
        }
        return new RoleTable(rules);
    }

    private static Rule rule(String pattern, RoleGroup group, int line, String source) {
        String p = fold(pattern);
        Kind kind;
        String text;
        if (p.startsWith("*")) {
            kind = Kind.SUFFIX;
            text = p.substring(1);
        } else if (p.startsWith("~")) {
            kind = Kind.NAME_SUFFIX;
            text = p.substring(1);
        } else if (p.startsWith("#")) {
            kind = Kind.NUMBER;
            text = p.substring(1);
        } else if (p.endsWith("*")) {
            kind = Kind.PREFIX;
            text = p.substring(0, p.length() - 1);
        } else {
            kind = Kind.EXACT;
            text = p;
        }
        if (text.isEmpty() || text.contains("*")) {
            throw new IllegalArgumentException(source + ":" + line + ": pattern '" + pattern + "' has no text");
        }
        return new Rule(kind, text, group, line);
    }

    /**
     * The rules of the project's {@code loaders/roles.txt}: the system property {@code meetingsearch.roles} names
     * another file; otherwise the file is looked for under {@code project.basedir} and the working directory.
     */
    public static RoleTable standard() {
        return load(jp.meetingsearch.config.RuleFiles.find("meetingsearch.roles", DEFAULT_FILE, "role rules"));
    }

    /** Width-folds and removes spaces, as roles are compared and stored. */
    static String fold(String s) {
        return Width.normalize(s).replace(" ", "");
    }

    /**
     * Resolves a role as written. A name written before a role whose rule allows one (山田委員) is split off;
     * unknown roles come back with group other and {@code known} false.
     */
    public Match resolve(String written) {
        String w = fold(written);
        Rule best = null;
        for (Rule r : rules) {
            if (matches(r, w) && (best == null || r.weight() >= best.weight())) {
                best = r;
            }
        }
        if (best == null) {
            int joint = w.indexOf('兼');
            if (joint > 0 && joint < w.length() - 1) {
                // 警務部参事官兼首席監察官: two posts one person holds, in the group of the first one the rules know
                for (String post : List.of(w.substring(0, joint), w.substring(joint + 1))) {
                    Match m = resolve(post);
                    if (m.known()) {
                        return new Match(w, null, m.group(), true);
                    }
                }
            }
            return new Match(w, null, RoleGroup.OTHER, false);
        }
        if (best.kind() == Kind.SUFFIX && best.group() == RoleGroup.SECRETARIAT
                && (administrationDepartment(w.substring(0, w.length() - best.text().length()))
                || boardOffice(w.substring(0, w.length() - best.text().length()), best.text()))) {
            // a rank after a department of the administration (総務部総務室主幹, 市民病院事務局長) or in a board's office
            // (監査事務局長) answers for it
            return new Match(w, null, RoleGroup.EXECUTIVE, true);
        }
        if (best.kind() == Kind.NAME_SUFFIX && w.length() > best.text().length()) {
            String name = w.substring(0, w.length() - best.text().length());
            if (looksLikeName(name)) {
                return new Match(best.text(), name, best.group(), true);
            }
        }
        return new Match(w, null, best.group(), true);
    }

    private static final Pattern DEPARTMENT = Pattern.compile(".*(?:部|課|室|局|所|センター|病院|館|署|庁|係|本部).*");

    /**
     * Whether the text before a rank names a department of the administration: one of its units, and not the
     * assembly's or the meeting's own secretariat (議会事務局, 事務局).
     */
    private static boolean administrationDepartment(String before) {
        return DEPARTMENT.matcher(before).matches() && !before.contains("議会") && !before.startsWith("事務局");
    }

    /** A board the mayor appoints, or its auditors, whose office (…事務局) answers for the administration. */
    private static final Pattern BOARD = Pattern.compile(".+(?:委員会|委員)|.*監査");

    /**
     * Whether a secretariat's rank (事務局長, 事務局次長) is that of a board's office (行政委員会事務局長, 監査事務局長,
     * 人事委員会事務局次長): the administration's, not the meeting's secretariat. The assembly's own stays so.
     */
    private static boolean boardOffice(String before, String rank) {
        return rank.startsWith("事務局") && BOARD.matcher(before).matches() && !before.contains("議会");
    }

    /** Whether a rule (other than the catch-all) matches the written role, e.g. to tell a title from a name. */
    public boolean isRole(String written) {
        return resolve(written).known();
    }

    /**
     * The longest rule text the written string ends with (課長 for 地域づくり課長), or null: used to find where
     * a title starts in "山田市民生活部長".
     */
    String titleSuffix(String written) {
        String w = fold(written);
        String best = null;
        for (Rule r : rules) {
            boolean suffixLike = r.kind() == Kind.SUFFIX || r.kind() == Kind.NAME_SUFFIX || r.kind() == Kind.EXACT;
            if (suffixLike && w.endsWith(r.text()) && (best == null || r.text().length() > best.length())) {
                best = r.text();
            }
        }
        return best;
    }

    private static boolean matches(Rule r, String w) {
        return switch (r.kind()) {
            case EXACT -> w.equals(r.text());
            case PREFIX -> w.startsWith(r.text()) && w.length() > r.text().length();
            case SUFFIX -> w.endsWith(r.text());
            case NAME_SUFFIX -> w.endsWith(r.text());
            case NUMBER -> w.matches("[0-9]+" + Pattern.quote(r.text()));
        };
    }

    /**
     * A personal name as written before a role: short, no digits, not ending like an organisation (総務委員会,
     * 社会福祉協議会会長 keep their whole text as the role). 市, 町, 村 and 区 are allowed at the end: they end
     * surnames as often as place names (中村, 木村, 大町).
     */
    private static final Pattern HAS_DIGIT = Pattern.compile(".*[0-9].*");
    private static final Pattern ORGANISATION_END = Pattern.compile(".*[会部課局室所県団庁省係班]");
    /** 議長は一瀬 (議長は一瀬委員, a line that says who was chosen): a particle between words, no name. */
    static final Pattern PARTICLE_BETWEEN_KANJI = Pattern.compile("\\p{IsHan}[はがをにへとで]\\p{IsHan}");

    static boolean looksLikeName(String s) {
        return s.length() <= 6 && !HAS_DIGIT.matcher(s).matches() && !ORGANISATION_END.matcher(s).matches()
                && !PARTICLE_BETWEEN_KANJI.matcher(s).find()
                && s.codePoints().allMatch(c -> Character.isLetter(c) || c == '々' || c == 'ヶ' || c == '・');
    }
}
