package jp.meetingsearch.search;

import java.util.ArrayList;
import java.util.List;

import jp.meetingsearch.http.params.InvalidParameterException;
import jp.meetingsearch.http.params.ParameterProblem;
import jp.meetingsearch.text.Width;

/**
 * The simple query syntax users type: words are AND-ed, {@code "a phrase"} must occur as written, {@code -word}
 * or {@code -"a phrase"} excludes, {@code a | b} accepts either. Full-width forms (space, ＂, “”, －, ｜) count as
 * their ASCII forms.
 *
 * <p>Parsing never fails on odd input: an unbalanced quote runs to the end, a lone {@code -} or a {@code |} with
 * nothing on one side is ignored, control characters separate words, and a term without any letter or digit
 * (punctuation only) is dropped. Only size is refused: more than {@link #MAX_LENGTH} characters or
 * {@link #MAX_TERMS} terms.
 *
 * @param groups   the AND-ed groups; each holds one term or the alternatives of an OR
 * @param excluded terms that must not occur
 */
public record SimpleQuery(List<Group> groups, List<Term> excluded) {
    public static final int MAX_LENGTH = 1000;
    public static final int MAX_TERMS = 32;
    /** The query of an empty {@code q}: every remark. */
    public static final SimpleQuery EMPTY = new SimpleQuery(List.of(), List.of());

    public SimpleQuery {
        groups = List.copyOf(groups);
        excluded = List.copyOf(excluded);
    }

    /**
     * One word or phrase as typed, with the forms to search for it: itself first, then synonym variants.
     *
     * @param text     the word or phrase as typed (width-folded)
     * @param phrase   true for a quoted phrase
     * @param variants the forms searched, {@code text} first
     */
    public record Term(String text, boolean phrase, List<String> variants) {
        public Term {
            variants = List.copyOf(variants);
        }

        /** A term searched only as written. */
        public static Term of(String text, boolean phrase) {
            return new Term(text, phrase, List.of(text));
        }

        /** The same term searched in these forms too (the typed form stays first). */
        public Term withVariants(List<String> forms) {
            List<String> all = new ArrayList<>(List.of(text));
            forms.stream().filter(f -> !all.contains(f)).forEach(all::add);
            return new Term(text, phrase, all);
        }
    }

    /** Terms of which at least one must match (one term: that term must). */
    public record Group(List<Term> alternatives) {
        public Group {
            alternatives = List.copyOf(alternatives);
        }
    }

    /** True when the query has no positive and no excluded term. */
    public boolean isEmpty() {
        return groups.isEmpty() && excluded.isEmpty();
    }

    /** Every positive term, in order. */
    public List<Term> positiveTerms() {
        return groups.stream().flatMap(g -> g.alternatives().stream()).toList();
    }

    /**
     * Parses {@code q} (null or blank: {@link #EMPTY}).
     *
     * @throws InvalidParameterException naming {@code parameter} when the query is too long or has too many terms
     */
    public static SimpleQuery parse(String q, String parameter) {
        if (q == null || q.isBlank()) {
            return EMPTY;
        }
        if (q.length() > MAX_LENGTH) {
            throw new InvalidParameterException(new ParameterProblem(parameter, ParameterProblem.Reason.TOO_LONG,
                    null, null, MAX_LENGTH, null, null, null), "longer than " + MAX_LENGTH + " characters (" + q.length() + ")");
        }
        List<Token> tokens = tokenize(normalize(q));
        long terms = tokens.stream().filter(t -> t.kind != Kind.OR).count();
        if (terms > MAX_TERMS) {
            throw InvalidParameterException.tooMany(parameter, terms, MAX_TERMS, "terms");
        }
        return build(tokens);
    }

    private enum Kind { WORD, PHRASE, OR }

    private record Token(Kind kind, String text, boolean negated) {
    }

    /** Folds width and maps the other quote and minus forms to ASCII; control and format characters become spaces. */
    static String normalize(String q) {
        String folded = Width.fold(q);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().forEach(c -> {
            switch (c) {
                case '“', '”', '„', '‟', '〝', '〞', '″' -> out.append('"');
                case '−', '‐', '‑', '–', '—', '―' -> out.append('-');
                case '¦' -> out.append('|');
                default -> {
                    int type = Character.getType(c);
                    if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.UNASSIGNED
                            || type == Character.SURROGATE || type == Character.PRIVATE_USE) {
                        out.append(' ');
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static List<Token> tokenize(String s) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '|') {
                tokens.add(new Token(Kind.OR, "|", false));
                i++;
                continue;
            }
            boolean negated = false;
            while (i < n && s.charAt(i) == '-') {
                negated = true;
                i++;
            }
            if (i < n && s.charAt(i) == '"') {
                int close = s.indexOf('"', i + 1);
                int end = close < 0 ? n : close;
                addTerm(tokens, Kind.PHRASE, s.substring(i + 1, end), negated);
                i = close < 0 ? n : close + 1;
                continue;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '"' && s.charAt(i) != '|') {
                i++;
            }
            addTerm(tokens, Kind.WORD, s.substring(start, i), negated);
        }
        return tokens;
    }

    private static void addTerm(List<Token> tokens, Kind kind, String text, boolean negated) {
        String t = text.trim().replaceAll("\\s+", " ");
        if (t.codePoints().anyMatch(Character::isLetterOrDigit)) {
            tokens.add(new Token(kind, t, negated));
        }
    }

    private static SimpleQuery build(List<Token> tokens) {
        List<List<Term>> groups = new ArrayList<>();
        List<Term> excluded = new ArrayList<>();
        boolean orPending = false;
        Token previous = null;
        for (Token t : tokens) {
            if (t.kind == Kind.OR) {
                // an OR joins only two positive terms; at either end or next to an exclusion it means nothing
                if (previous == null || previous.negated) {
                    orPending = false;
                } else if (previous.kind != Kind.OR) {
                    orPending = true;
                }
            } else {
                Term term = Term.of(t.text, t.kind == Kind.PHRASE);
                if (t.negated) {
                    excluded.add(term);
                    orPending = false;
                } else if (orPending) {
                    groups.getLast().add(term);
                    orPending = false;
                } else {
                    groups.add(new ArrayList<>(List.of(term)));
                }
            }
            previous = t;
        }
        return new SimpleQuery(groups.stream().map(Group::new).toList(), excluded);
    }

    /** The same query with each term replaced as {@code f} says (synonym expansion). */
    public SimpleQuery mapTerms(java.util.function.UnaryOperator<Term> f) {
        return new SimpleQuery(
                groups.stream().map(g -> new Group(g.alternatives().stream().map(f).toList())).toList(),
                excluded.stream().map(f).toList());
    }
}
