package jp.meetingsearch.links;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jp.meetingsearch.index.IndexDefinitions;
import jp.meetingsearch.search.Yomi;
import jp.meetingsearch.text.Variants;
import jp.meetingsearch.text.Width;

/**
 * A project's name as people say it: the identity of a project across fiscal years (its normalised name and
 * department) and the forms that link remarks to it, by the rules of {@code mappings/project-names.txt}: generic
 * suffixes stripped from the end (事業, 運営, 推進 …), leading generic words dropped for a shortened form (市民活動 +
 * サポートセンター), never a form of generic words alone nor of one common noun (学校支援事業 → 学校支援, not 学校; the
 * docs/links.md section says why).
 */
public final class ProjectNames {
    /** Shortest form that links: one character is never a name. */
    static final int MIN_FORM = 2;
    /** Shortest shortened form: dropping words must leave a word people would say, not a stem. */
    static final int MIN_SHORT_FORM = 3;

    private static final Pattern BRACKETS = Pattern.compile("[（(][^）)]*[）)]");
    /** 第Ⅲ期, 第2回, 第二次 …: which round of the same project, not another project. */
    private static final Pattern ROUND = Pattern.compile("^第[0-9０-９一二三四五六七八九十ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+[期回次弾]");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** Kuromoji's parts of speech of common nouns (IPADIC): the words {@link #isTopic} finds too general. */
    private static final Set<String> COMMON_NOUNS = Set.of("名詞-一般", "名詞-サ変接続", "名詞-形容動詞語幹");

    /** The shape a project id has: anything else is no project. */
    public static final Pattern ID = Pattern.compile("p[0-9a-f]{16}");
    /** The project's rules, read once from the classpath (after the patterns they use). */
    public static final ProjectNames RULES = load("mappings/project-names.txt");

    /**
     * What may follow a medium's word when the medium carries something (…のホームページで紹介, …通信に載せる):
     * a particle of means, place, source or listing; before a topic or subject particle (…のSNSは) the medium itself
     * is what is talked about.
     */
    private static final String CARRIES = "(?:で|に|から|へ|を通じ|を通し|や|と|など)";
    /** A name followed by these is said as a go-between (…を通じて募集する), whatever it names. */
    private static final Pattern THROUGH = Pattern.compile("^(?:を通じ|を通し|経由)");

    private final List<String> suffixes;
    private final Set<String> generic;
    private final Yomi tokens;
    private final Pattern channel;

    ProjectNames(List<String> suffixes, Set<String> generic, List<String> channels, Yomi tokens) {
        // longest first: 活動支援 before 支援
        this.suffixes = suffixes.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.generic = Set.copyOf(generic);
        this.tokens = tokens;
        this.channel = channels.isEmpty() ? null : Pattern.compile("^の?(?:" + String.join("|", channels.stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList()) + ")"
                + CARRIES);
    }

    /**
     * Whether a text says the project's forms only as a channel for something else: at least one form occurs (width
     * and 異体字 folded) and every occurrence is followed by a medium of the {@code [channels]} section and a particle
     * of means (サポートセンター通信で登録者を紹介, …のホームページに設ける) or by を通じて. A text that also says the
     * name otherwise (…の相談員, …の開館時間) is not: one plain mention is enough.
     */
    public boolean onlyAsChannel(String text, Collection<String> forms) {
        String t = normalize(text);
        boolean seen = false;
        for (String form : forms) {
            if (form.isEmpty()) {
                continue;
            }
            for (int at = t.indexOf(form); at >= 0; at = t.indexOf(form, at + 1)) {
                seen = true;
                String after = t.substring(at + form.length());
                boolean weak = THROUGH.matcher(after).lookingAt() || (channel != null && channel.matcher(after).lookingAt());
                if (!weak) {
                    return false;
                }
            }
        }
        return seen;
    }

    /**
     * Rules from lines in the file's format: {@code [suffixes]}, {@code [generic]} and {@code [channels]} sections,
     * '#' comments.
     */
    static ProjectNames parse(List<String> lines, String source, Yomi tokens) {
        List<String> suffixes = new ArrayList<>();
        Set<String> generic = new LinkedHashSet<>();
        List<String> channels = new ArrayList<>();
        List<String> section = null;
        Set<String> genericSection = null;
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.equals("[suffixes]")) {
                section = suffixes;
                genericSection = null;
            } else if (line.equals("[generic]")) {
                section = null;
                genericSection = generic;
            } else if (line.equals("[channels]")) {
                section = channels;
                genericSection = null;
            } else if (section != null) {
                section.add(normalize(line));
            } else if (genericSection != null) {
                genericSection.add(normalize(line));
            } else {
                throw new IllegalStateException(source + ":" + n + ": a word before [suffixes], [generic] or [channels]");
            }
        }
        return new ProjectNames(suffixes, generic, channels, tokens);
    }

    private static ProjectNames load(String resource) {
        try (InputStream in = ProjectNames.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return parse(lines, resource, new Yomi(IndexDefinitions.userDictionary()));
        } catch (IOException e) {
            throw new IllegalStateException(resource + ": " + e.getMessage(), e);
        }
    }

    /** Width and 異体字 folded, whitespace removed: how two spellings of one name compare. */
    public static String normalize(String s) {
        if (s == null) {
            return "";
        }
        return SPACE.matcher(Variants.TABLE.fold(Width.normalize(s))).replaceAll("");
    }

    /** The name that identifies a project across years: normalised, without notes in brackets or a round (第Ⅲ期). */
    public static String key(String name) {
        String n = BRACKETS.matcher(Width.normalize(name == null ? "" : name)).replaceAll(" ").strip();
        n = ROUND.matcher(n).replaceFirst("");
        return normalize(n);
    }

    /**
     * The id of a project: the same for every fiscal year in which the list names it with the same normalised name
     * and department ({@code p} and 16 hex digits of a SHA-256 of both).
     */
    public static String projectId(String name, String department) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest((key(name) + "\u0000" + normalize(department)).getBytes(StandardCharsets.UTF_8));
            return "p" + HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * How people say the name.
     *
     * @param head  the name without generic suffixes (empty when the name is generic words only: it links nothing)
     * @param short shortened forms: the head without leading generic words, each keeping a word that is not generic
     */
    public record Forms(String head, List<String> shortForms) {
        /** Every form, the head first. */
        public List<String> all() {
            List<String> out = new ArrayList<>();
            if (!head.isEmpty()) {
                out.add(head);
            }
            out.addAll(shortForms);
            return out;
        }
    }

    /** The reading of a form as the remarks' {@code text.yomi} indexes it; empty for a form of many words. */
    public java.util.Optional<String> reading(String form) {
        return tokens.of(form);
    }

    /** The forms of a project name. */
    public Forms forms(String name) {
        String n = key(name);
        String head = stripSuffixes(n);
        List<String> words = words(head);
        if (head.length() < MIN_FORM || allGeneric(head)) {
            return new Forms("", List.of());
        }
        List<String> shortForms = new ArrayList<>();
        StringBuilder dropped = new StringBuilder();
        for (int i = 1; i < words.size(); i++) {
            dropped.append(words.get(i - 1));
            // a generic word may span tokens (まち + づくり): a prefix not yet generic may become so with the next
            if (!allGeneric(dropped.toString())) {
                continue;
            }
            List<String> rest = words.subList(i, words.size());
            String form = String.join("", rest);
            // a shortened form starts at a word of its own: not one character, not kana ending the dropped word (づくり)
            if (form.length() >= MIN_SHORT_FORM && rest.getFirst().length() >= 2 && !isHiragana(form.charAt(0))
                    && !allGeneric(form) && !isTopic(form)) {
                shortForms.add(form);
            }
        }
        return new Forms(head, shortForms);
    }

    private static boolean isHiragana(char c) {
        return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HIRAGANA;
    }

    boolean isGeneric(String word) {
        return generic.contains(word);
    }

    /** A phrase made of generic words only (講演会開催: 講演会 + 開催, whichever way the tokenizer splits them). */
    boolean allGeneric(String phrase) {
        List<String> w = words(phrase);
        // covered[i]: the first i words can be cut into runs that are each a generic word
        boolean[] covered = new boolean[w.size() + 1];
        covered[0] = true;
        for (int end = 1; end <= w.size(); end++) {
            StringBuilder run = new StringBuilder();
            for (int start = end - 1; start >= 0 && !covered[end]; start--) {
                run.insert(0, w.get(start));
                covered[end] = covered[start] && generic.contains(run.toString());
            }
        }
        return !w.isEmpty() && covered[w.size()];
    }

    /**
     * Whether a phrase is one common noun of the dictionary (環境, 防犯, 読書, 図書館, ボランティア): a topic that
     * remarks speak of whatever the project, so it never names one alone (環境推進事業 keeps 環境推進). A proper noun,
     * a word the dictionary does not know (no reading: びさいまつり, a katakana name it has not seen) and a word of
     * the project's user dictionary do name one.
     */
    boolean isTopic(String phrase) {
        List<Yomi.Morpheme> m = tokens.morphemes(phrase);
        return m.size() == 1 && m.getFirst().surface().length() == phrase.length()
                && COMMON_NOUNS.contains(m.getFirst().partOfSpeech()) && m.getFirst().reading() != null;
    }

    /** Strips generic suffixes (with a の or との before them) while a word that is not generic stays. */
    private String stripSuffixes(String name) {
        String n = name;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String s : suffixes) {
                if (n.length() > s.length() && n.endsWith(s)) {
                    String rest = n.substring(0, n.length() - s.length());
                    rest = rest.endsWith("との") ? rest.substring(0, rest.length() - 2)
                            : rest.endsWith("の") ? rest.substring(0, rest.length() - 1) : rest;
                    Set<Integer> cuts = tokens.cuts(n);
                    if (rest.length() >= MIN_FORM && cuts.contains(n.length() - s.length())
                            && !allGeneric(rest) && !isTopic(rest)) {
                        n = rest;
                        stripped = true;
                        break;
                    }
                }
            }
        }
        return n;
    }

    /** The words of a name as the index splits it (Kuromoji search mode), punctuation left out. */
    List<String> words(String name) {
        List<String> out = new ArrayList<>();
        Integer prev = null;
        for (int cut : new TreeSet<>(tokens.cuts(name))) {
            if (prev != null) {
                String w = name.substring(prev, cut);
                if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    out.add(w);
                }
            }
            prev = cut;
        }
        return out;
    }
}
