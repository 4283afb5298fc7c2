package jp.meetingsearch.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jp.meetingsearch.http.params.InvalidParameterException;
import jp.meetingsearch.http.params.Params;
import jp.meetingsearch.text.Variants;

/**
 * Turns {@link RemarkFilters} into the Elasticsearch query over remarks.
 *
 * <p>Each word must match either the Kuromoji field {@code text} (base forms: 進める finds 進めたい) or the CJK
 * bigram subfield {@code text.bigram} (recall for words the dictionary splits badly or does not know), with all
 * of its tokens present (operator and); the same word as an exact phrase on {@code text} adds a boost so that
 * remarks where the words stand together as typed rank first. A quoted phrase must match as a phrase on either
 * field. Exclusions become {@code must_not}; filters go to {@code filter} clauses and do not score.
 *
 * <p>With {@link SearchFeatures}: a word also matches where its reading stands whole ({@code text.yomi}: こども
 * finds 子ども and 子供, 取扱 finds 取り扱い), and where it names the speaker or is a word of the role (さとう finds
 * the turns of 佐藤花子, 部長 those of 市民生活部長). Scores rank the forms: the speaker or role, then the word as
 * typed, then its synonyms, then a spelling that only reads the same (a homophone: 公園 and 講演), then scattered
 * tokens. An exact query ({@link #build(RemarkFilters, boolean)}) leaves the scattered tokens out.
 */
public final class RemarkQueryBuilder {
    public static final String TEXT = "text";
    public static final String TEXT_BIGRAM = "text.bigram";
    /** Readings of the text, every run of up to {@link Yomi#MAX_TOKENS} tokens joined into one term. */
    public static final String TEXT_YOMI = "text.yomi";
    public static final String SPEAKER = "speaker";
    public static final String SPEAKER_YOMI = "speaker.yomi";
    public static final String ROLE_TEXT = "role.text";
    /**
     * Score of a word as typed (its tokens together, in order): a constant far above what BM25 gives the word's
     * tokens, so that such remarks rank before those where the tokens are only scattered.
     */
    static final float TYPED_BONUS = 1000.0f;
    /**
     * Score of a word in one of its other forms (synonyms, thesaurus): after the typed form. The tiers below are
     * far apart so that BM25, which only orders remarks within a tier, never lifts one into the tier above.
     */
    static final float VARIANT_BONUS = 600.0f;
    /** Share of a form's score when it stands whole only in the bigrams (a word the dictionary splits badly). */
    static final float BIGRAM_SHARE = 0.9f;
    /** Score when only the reading of a word matches (another spelling, or a homophone): after both. */
    static final float READING_BONUS = 300.0f;
    /** Score when a word names the speaker or is a word of the role: before a mention in someone's text. */
    static final float PEOPLE_BONUS = 1500.0f;
    /**
     * At the partial level, what each word present adds: far above any form's score, so that remarks with more of
     * the words come first whatever forms they are in.
     */
    static final float PRESENT_BONUS = 10000.0f;
    /**
     * At the partial level, what a word adds on top in proportion to its rarity (its idf over the rarest word's):
     * a remark that lacks only a common word of the query (高齢者 in 高齢者 居場所) ranks before one that lacks a
     * rare one, as BM25 would rank them; the forms' tiers then order remarks that lack the same word.
     */
    static final float RARITY_BONUS = 1000.0f;
    /** At the partial level, the share of a form's score (its tier and BM25) below presence and rarity. */
    static final float FORM_SHARE = 0.1f;

    private final ThemeFilters themes;
    private final Yomi yomi;
    private final SearchFeatures features;

    /** @param yomi readings of query words; may be null when {@code features} use no readings */
    public RemarkQueryBuilder(ThemeFilters themes, Yomi yomi, SearchFeatures features) {
        if (yomi == null && (features.readings() || features.people())) {
            throw new IllegalArgumentException("readings and people need a Yomi");
        }
        this.themes = themes;
        this.yomi = yomi;
        this.features = features;
    }

    /** The features this builder uses. */
    public SearchFeatures features() {
        return features;
    }

    /**
     * The whole query, broad (every word in its exact forms or by its scattered tokens): text clauses from
     * {@code f.query()} (with the variants its terms carry) and the filters.
     *
     * @throws InvalidParameterException for a theme the taxonomy does not know
     */
    public Query build(RemarkFilters f) {
        return build(f, false);
    }

    /**
     * The whole query; {@code exact}: every word must stand whole in one of its forms (as typed, a variant, the same
     * reading, a speaker or role), its scattered tokens do not count.
     *
     * @throws InvalidParameterException for a theme the taxonomy does not know
     */
    public Query build(RemarkFilters f, boolean exact) {
        return build(f, exact ? MatchMode.EXACT : MatchMode.BROAD);
    }

    /**
     * The whole query at a level of strictness: {@link MatchMode#EXACT} every word whole in one of its forms,
     * {@link MatchMode#BROAD} also by its scattered tokens, {@link MatchMode#PARTIAL} also a remark that lacks one
     * of several words (ranked after those that have them all).
     *
     * @throws InvalidParameterException for a theme the taxonomy does not know
     */
    public Query build(RemarkFilters f, MatchMode level) {
        return build(f, level, List.of());
    }

    /**
     * The whole query at a level of strictness; at {@link MatchMode#PARTIAL}, {@code rarity} (one weight in [0, 1]
     * per group of the query, the rarest word 1; empty: unweighted, by the forms' scores alone) orders the remarks that lack a word: the rarer
     * the words they have, the earlier.
     *
     * @throws InvalidParameterException for a theme the taxonomy does not know
     */
    public Query build(RemarkFilters f, MatchMode level, List<Double> rarity) {
        // partial: a remark may lack one of several words (a single word must still match, whole or by all its
        // tokens: any one of a compound's tokens would count every remark with 理事 or with 会)
        boolean partial = level == MatchMode.PARTIAL;
        List<SimpleQuery.Group> groups = f.query().groups();
        List<Query> plain = groups.stream().map(g -> anyOf(g.alternatives(), level)).toList();
        List<Query> words = new ArrayList<>(plain);
        if (partial && words.size() > 1 && rarity.size() == words.size()) {
            for (int i = 0; i < words.size(); i++) {
                words.set(i, weighted(plain.get(i), groups.get(i), rarity.get(i)));
            }
        }
        List<Query> must = partial && words.size() > 1 ? List.of() : words;
        List<Query> mustNot = f.query().excluded().stream().map(t -> term(t, false, MatchMode.BROAD)).toList();
        List<Query> filter = filters(f);
        if (words.isEmpty() && mustNot.isEmpty() && filter.isEmpty()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        // empty clause lists are left out so that the request stays as small as what it asks
        return Query.of(q -> q.bool(b -> {
            if (!must.isEmpty()) {
                b.must(must);
            } else if (!words.isEmpty()) {
                // all but one of the words; a remark with more of them scores more
                b.should(words).minimumShouldMatch(String.valueOf(words.size() - 1));
            }
            if (!mustNot.isEmpty()) {
                b.mustNot(mustNot);
            }
            if (!filter.isEmpty()) {
                b.filter(filter);
            }
            return b;
        }));
    }

    /**
     * The lowest tier of a one-word query's head: the word as typed in the text, and the speaker or role it names.
     */
    static final float HEAD_TIER = TYPED_BONUS;
    /** How far the head's lowest tier stands above the highest tier of any other form of the word. */
    static final float HEAD_GAP = HEAD_TIER - Math.max(Math.max(TYPED_BONUS * BIGRAM_SHARE,
            PEOPLE_BONUS * VARIANT_BONUS / TYPED_BONUS), Math.max(VARIANT_BONUS, READING_BONUS));

    /**
     * The head of a one-word query: the remarks it matches in a tier of {@link #HEAD_TIER} or above, each scored as
     * the whole query scores it.
     *
     * @param query       the head's query
     * @param longestForm the length of the longest form of the word, which bounds what BM25 adds within a tier
     */
    public record Head(Query query, int longestForm) {
        /**
         * True when every remark of the head ranks before every other remark the whole query matches, in an index
         * of about {@code documents} remarks. A remark's score is its best form's tier plus the BM25 of the word's
         * best form; BM25 gives each of a form's tokens less than its idf, below ln(1 + the documents of the index),
         * and a form has no more tokens than characters. The bound takes sixteen times the documents counted (at
         * least a million), for the deleted documents a segment still holds and for remarks written since.
         */
        public boolean ranksFirst(long documents) {
            double idf = Math.log1p(Math.max(16.0 * documents, 1e6));
            return longestForm * idf < HEAD_GAP;
        }
    }

    /**
     * The head of the query at {@code level} (exact or broad) when it is one word (no alternatives, no phrase, no
     * excluded word): a page of the whole query sorted by relevance that the head fills holds the head's best
     * remarks, in the same order ({@link Head#ranksFirst}), and the head is far cheaper to rank than the whole
     * query, whose other forms match a common word's remarks two or three times over.
     */
    public java.util.Optional<Head> head(RemarkFilters f, MatchMode level) {
        List<SimpleQuery.Group> groups = f.query().groups();
        if ((level != MatchMode.EXACT && level != MatchMode.BROAD) || groups.size() != 1
                || groups.getFirst().alternatives().size() != 1 || !f.query().excluded().isEmpty()) {
            return java.util.Optional.empty();
        }
        SimpleQuery.Term t = groups.getFirst().alternatives().getFirst();
        if (t.phrase() || !t.variants().contains(t.text())) {
            return java.util.Optional.empty();
        }
        // the head's tiers as disjoint alternatives, each its tier's constant plus the rank, as the whole query
        // scores them: the node then leaves out the remarks of a tier that cannot reach the page (the people named
        // by a common word fill it, however many remarks have the word as typed), as a dis_max of constants cannot
        List<Query> filter = filters(f);
        Query rank = rank(t);
        List<Query> people = features.people() ? people(t.text()) : List.of();
        List<Query> tiers = new ArrayList<>();
        if (!people.isEmpty()) {
            tiers.add(tier(PEOPLE_BONUS, should(people), rank, filter));
        }
        Query typed = Query.of(x -> x.matchPhrase(m -> m.field(TEXT).query(t.text())));
        tiers.add(tier(TYPED_BONUS, people.isEmpty() ? typed
                : Query.of(q -> q.bool(b -> b.filter(typed).mustNot(people))), rank, filter));
        int longest = t.variants().stream().mapToInt(String::length).max().orElse(0);
        return java.util.Optional.of(new Head(tiers.size() == 1 ? tiers.getFirst() : should(tiers), longest));
    }

    /** One tier of a head: the remarks {@code matches} selects, scored {@code bonus} plus {@code rank}. */
    private static Query tier(float bonus, Query matches, Query rank, List<Query> filter) {
        return Query.of(q -> q.bool(b -> {
            b.must(constant(bonus, matches)).should(rank);
            if (!filter.isEmpty()) {
                b.filter(filter);
            }
            return b;
        }));
    }

    /**
     * What to mark in {@code field} ({@link #TEXT} or {@link #TEXT_BIGRAM}): every positive term in every form,
     * as a phrase, so that only places where a word stands as typed are marked, not each of its tokens wherever
     * they occur (学習会 marks 学習会, not every 会). Empty when the query has no positive term.
     */
    public java.util.Optional<Query> phraseHighlight(SimpleQuery q, String field) {
        List<Query> clauses = q.positiveTerms().stream()
                .flatMap(t -> t.variants().stream())
                .distinct()
                .map(v -> Query.of(x -> x.matchPhrase(m -> m.field(field).query(v))))
                .toList();
        return clauses.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(should(clauses));
    }

    /**
     * What to mark in {@link #TEXT} for a remark in which no word stands as typed (its tokens are scattered):
     * each token of each word.
     */
    public java.util.Optional<Query> tokenHighlight(SimpleQuery q) {
        List<Query> clauses = q.positiveTerms().stream()
                .flatMap(t -> t.variants().stream())
                .distinct()
                .map(v -> Query.of(x -> x.match(m -> m.field(TEXT).query(v))))
                .toList();
        return clauses.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(should(clauses));
    }

    /** Only the filter clauses (no text query), e.g. for aggregations over the filtered remarks. */
    public List<Query> filters(RemarkFilters f) {
        List<Query> out = new ArrayList<>();
        terms(out, "role", spellings(f.roles()));
        terms(out, "role_group", f.roleGroups());
        if (f.speaker() != null) {
            out.add(speaker(f.speaker()));
        }
        terms(out, "group", spellings(f.group()));
        terms(out, "body", spellings(f.body()));
        term(out, "meeting_id", f.meeting());
        term(out, "projects", f.project());
        terms(out, "section", spellings(f.section()));
        if (f.theme() != null) {
            out.add(themes.filter(f.theme()).orElseThrow(() ->
                    InvalidParameterException.unknownValue(RemarkFilters.THEME, f.theme(), null, "no theme named '"
                            + Params.shorten(f.theme())
                            + "'" + (themes.all().isEmpty() ? " (no themes are defined)" : ""))));
        }
        fiscalYears(f.fyFrom(), f.fyTo(), "fiscal_year").ifPresent(out::add);
        dates(f.dateFrom(), f.dateTo(), "meeting_date").ifPresent(out::add);
        return out;
    }

    /**
     * Each word's query at a level, with the filters: what a word alone matches, to weigh its rarity (one query per
     * group of {@code f}'s query).
     */
    public List<Query> wordsAlone(RemarkFilters f, MatchMode level) {
        List<Query> filter = filters(f);
        return f.query().groups().stream().map(g -> {
            Query word = anyOf(g.alternatives(), level);
            return Query.of(q -> q.bool(b -> b.must(word).filter(filter)));
        }).toList();
    }

    /**
     * A word at the partial level: present (any form) adds {@link #PRESENT_BONUS} and its rarity's share of
     * {@link #RARITY_BONUS}, its forms' score a {@link #FORM_SHARE} of theirs. A word that names the speaker or is
     * a word of the role (市長 in 市長 協働) counts as the rarest: the official asked about is the point of it.
     */
    private Query weighted(Query word, SimpleQuery.Group group, double rarity) {
        List<Query> presence = new ArrayList<>();
        presence.add(constant((float) (PRESENT_BONUS + RARITY_BONUS * rarity), word));
        if (features.people()) {
            List<Query> people = group.alternatives().stream().filter(t -> !t.phrase())
                    .flatMap(t -> t.variants().stream()).distinct()
                    .flatMap(v -> people(v, 1.0f).stream()).toList();
            if (!people.isEmpty()) {
                presence.add(constant(PRESENT_BONUS + RARITY_BONUS, should(people)));
            }
        }
        Query present = presence.size() == 1 ? presence.getFirst()
                : Query.of(q -> q.disMax(d -> d.queries(presence).tieBreaker(0.0)));
        Query forms = Query.of(q -> q.bool(b -> b.must(word).boost(FORM_SHARE)));
        return Query.of(q -> q.bool(b -> b.must(present).should(forms)));
    }

    private Query anyOf(List<SimpleQuery.Term> alternatives, MatchMode level) {
        if (alternatives.size() == 1) {
            return term(alternatives.getFirst(), true, level);
        }
        return should(alternatives.stream().map(t -> term(t, true, level)).toList());
    }

    /**
     * One term in all of its variants; {@code scored} adds the bonuses of exact forms (useless inside must_not);
     * {@code level} exact leaves out the scattered tokens.
     */
    Query term(SimpleQuery.Term t, boolean scored, MatchMode level) {
        if (t.phrase()) {
            List<Query> forms = t.variants().stream().map(RemarkQueryBuilder::phrase).toList();
            return forms.size() == 1 ? forms.getFirst() : should(forms);
        }
        if (!scored) {
            // an excluded word: any remark with its tokens goes, in any of its forms
            return should(t.variants().stream().flatMap(v -> tokens(v).stream()).toList());
        }
        // the forms of the word as alternatives of which the best one scores (dis_max): the tiers stay apart however
        // many forms a remark contains, and a remark with several synonyms does not pass one with the typed word
        List<Query> forms = new ArrayList<>();
        Set<String> readings = new LinkedHashSet<>();
        for (String v : t.variants()) {
            boolean typed = v.equals(t.text());
            float bonus = typed ? TYPED_BONUS : VARIANT_BONUS;
            forms.add(constant(bonus, Query.of(x -> x.matchPhrase(m -> m.field(TEXT).query(v)))));
            // words the dictionary splits badly or does not know stand whole in the bigrams
            forms.add(constant(bonus * BIGRAM_SHARE, Query.of(x -> x.matchPhrase(m -> m.field(TEXT_BIGRAM).query(v)))));
            if (level != MatchMode.EXACT) {
                forms.addAll(tokens(v));
            }
            if (features.readings()) {
                yomi.of(v).ifPresent(readings::add);
            }
            if (features.people()) {
                forms.addAll(people(v, typed ? PEOPLE_BONUS : PEOPLE_BONUS * VARIANT_BONUS / TYPED_BONUS));
            }
        }
        readings.forEach(r -> forms.add(constant(READING_BONUS, termQuery(TEXT_YOMI, r))));
        Query best = Query.of(q -> q.disMax(d -> d.queries(forms).tieBreaker(0.0)));
        Query rank = rank(t);
        return Query.of(q -> q.bool(b -> b.must(best).should(rank)));
    }

    /** Within a tier, the remarks where the word's tokens weigh most (BM25, the best of its forms) come first. */
    private static Query rank(SimpleQuery.Term t) {
        List<Query> weights = t.variants().stream().map(v -> Query.of(x -> x.match(m -> m.field(TEXT).query(v)))).toList();
        return Query.of(q -> q.disMax(d -> d.queries(weights).tieBreaker(0.0)));
    }

    /** The word's tokens anywhere in the remark: on the Kuromoji field or in the bigrams, all of them. */
    private static List<Query> tokens(String w) {
        return List.of(
                Query.of(q -> q.match(m -> m.field(TEXT).query(w).operator(Operator.And))),
                Query.of(q -> q.match(m -> m.field(TEXT_BIGRAM).query(w).operator(Operator.And))));
    }

    /** The word as the speaker's name (as written or by its reading) or as a word of the role. */
    private List<Query> people(String w, float bonus) {
        return people(w).stream().map(q -> constant(bonus, q)).toList();
    }

    /** The word as the speaker's name, as the reading of the speaker's name, or as a word of the role. */
    private List<Query> people(String w) {
        List<Query> out = new ArrayList<>();
        out.add(termQuery(SPEAKER, jp.meetingsearch.text.Width.normalize(w)));
        yomi.of(w).ifPresent(r -> out.add(termQuery(SPEAKER_YOMI, r)));
        out.add(Query.of(x -> x.matchPhrase(m -> m.field(ROLE_TEXT).query(w))));
        return out;
    }

    /**
     * The speaker filter: the name as written, or, for a name typed in kana (さとう, サトウ), every speaker whose
     * name reads so (佐藤花子, 佐藤記一).
     */
    private Query speaker(String value) {
        if (yomi != null && features.people() && Kana.isKana(value)) {
            return yomi.of(value).map(r -> termQuery(SPEAKER_YOMI, r)).orElseGet(() -> termQuery(SPEAKER, value));
        }
        // every spelling of the name (山﨑 and 山崎): keyword values are stored as written
        return anyTerm(SPEAKER, spellings(value));
    }

    private static Query constant(float boost, Query filter) {
        return Query.of(q -> q.constantScore(c -> c.boost(boost).filter(filter)));
    }

    private static Query termQuery(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    private static Query phrase(String p) {
        return should(List.of(
                Query.of(q -> q.matchPhrase(m -> m.field(TEXT).query(p))),
                Query.of(q -> q.matchPhrase(m -> m.field(TEXT_BIGRAM).query(p)))));
    }
    private static Query should(List<Query> clauses) {
        return Query.of(q -> q.bool(b -> b.should(clauses).minimumShouldMatch("1")));
    }

    /** Every spelling of names and titles as written (山崎 also finds 山﨑): keywords keep their variants. */
    static List<String> spellings(List<String> values) {
        return values.stream().flatMap(v -> Variants.TABLE.spellings(v).stream()).distinct().toList();
    }

    private static List<String> spellings(String value) {
        return value == null ? List.of() : spellings(List.of(value));
    }

    private static void term(List<Query> out, String field, String value) {
        if (value != null) {
            out.add(Query.of(q -> q.term(t -> t.field(field).value(value))));
        }
    }

    private static void terms(List<Query> out, String field, List<String> values) {
        if (!values.isEmpty()) {
            out.add(anyTerm(field, values));
        }
    }

    /** One of the values, exactly ({@code values} not empty). */
    private static Query anyTerm(String field, List<String> values) {
        if (values.size() == 1) {
            return termQuery(field, values.getFirst());
        }
        List<FieldValue> fv = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(fv))));
    }

    /** A fiscal-year range filter on {@code field}; empty when neither end is given. */
    public static java.util.Optional<Query> fiscalYears(Integer from, Integer to, String field) {
        if (from == null && to == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Query.of(q -> q.range(r -> r.number(n -> {
            n.field(field);
            if (from != null) {
                n.gte(from.doubleValue());
            }
            if (to != null) {
                n.lte(to.doubleValue());
            }
            return n;
        }))));
    }

    /** A day range filter on {@code field} (both ends included); empty when neither end is given. */
    public static java.util.Optional<Query> dates(LocalDate from, LocalDate to, String field) {
        if (from == null && to == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Query.of(q -> q.range(r -> r.date(d -> {
            d.field(field);
            if (from != null) {
                d.gte(from.toString());
            }
            if (to != null) {
                d.lte(to.toString());
            }
            return d;
        }))));
    }
}
