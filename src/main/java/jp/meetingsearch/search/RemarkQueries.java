package jp.meetingsearch.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jp.meetingsearch.http.params.InvalidParameterException;

/**
 * Prepares remark queries: applies the current synonyms and the thesaurus (unless switched off), builds the query
 * and decides how strictly the words match ({@link MatchMode}): with {@code auto}, the exact query is counted
 * first and used when it finds at least {@link #EXACT_ENOUGH} remarks, so that a compound like 理事会 does not also
 * count every remark with 理事者 and 委員会 in the total and the facets.
 */
public final class RemarkQueries {
    /** Remarks the exact forms must find for {@code match=auto} to leave the scattered matches out: one page. */
    public static final int EXACT_ENOUGH = 10;
    /** What a remark with the whole word adds when a compound is searched by a part: above any part's score. */
    static final float WHOLE_FIRST = RemarkQueryBuilder.PRESENT_BONUS;

    /** Counts the remarks a query matches (Elasticsearch's {@code _count} on the remarks). */
    @FunctionalInterface
    public interface Counter {
        long count(Query query) throws IOException;

        /**
         * Whether the query matches {@code enough} remarks or more. Elasticsearch can answer this without going
         * through every match ({@code terminate_after}), which {@link #count} must: override where it can.
         */
        default boolean reaches(Query query, int enough) throws IOException {
            return count(query) >= enough;
        }

        /**
         * The count of each query, in order. Elasticsearch can count them side by side in one request
         * ({@code _msearch}), which counting them one by one cannot: override where it can.
         */
        default List<Long> counts(List<Query> queries) throws IOException {
            List<Long> out = new java.util.ArrayList<>();
            for (Query q : queries) {
                out.add(count(q));
            }
            return out;
        }
    }

    private final RemarkQueryBuilder builder;
    /** The builder for {@code synonyms=false}: the words as typed, no other spelling by reading either. */
    private final RemarkQueryBuilder literal;
    private final ThemeFilters themes;
    private final Supplier<Synonyms> synonyms;
    private final Synonyms thesaurus;
    private final Counter counter;
    private final Yomi yomi;
    private final SearchFeatures features;
    /** The verbs and adjectives nouns are made from; null without the {@code inflections} feature. */
    private final Inflections inflections;
    /** Words of the remarks a query found, for {@code match=related}; null without the {@code related} feature. */
    private final RelatedWords.Source related;
    private final RelatedWords.Settings relatedSettings;

    /**
     * @param synonyms  the current rules of the synonyms file, asked on each request
     * @param thesaurus rules applied to whole query words only (the vendored thesaurus)
     * @param yomi      readings of query words (needed by the readings and people features)
     * @param counter   counts matches for {@code match=auto}; null: never leave scattered matches out
     */
    public RemarkQueries(ThemeFilters themes, Supplier<Synonyms> synonyms, Synonyms thesaurus, Yomi yomi,
                         SearchFeatures features, Counter counter) {
        this(themes, synonyms, thesaurus, yomi, features, counter, null, RelatedWords.Settings.DEFAULT);
    }

    /**
     * @param related  reads the words of the remarks a query found ({@code match=related}); null: never
     * @param settings how those words are used
     */
    public RemarkQueries(ThemeFilters themes, Supplier<Synonyms> synonyms, Synonyms thesaurus, Yomi yomi,
                         SearchFeatures features, Counter counter, RelatedWords.Source related,
                         RelatedWords.Settings settings) {
        this.builder = new RemarkQueryBuilder(themes, yomi, features);
        this.literal = new RemarkQueryBuilder(themes, yomi, new SearchFeatures(false, features.people(),
                features.thesaurus(), features.exactFirst()));
        this.themes = themes;
        this.synonyms = synonyms;
        this.thesaurus = features.thesaurus() ? thesaurus : Synonyms.NONE;
        this.counter = features.exactFirst() ? counter : null;
        this.yomi = yomi;
        this.features = features;
        this.inflections = features.inflections() && yomi != null ? new Inflections(yomi) : null;
        this.related = features.related() ? related : null;
        this.relatedSettings = settings;
    }

    /** The themes the {@code theme} filter and facet use. */
    public ThemeFilters themes() {
        return themes;
    }

    /** The builder, for highlight and filter clauses. */
    public RemarkQueryBuilder builder() {
        return builder;
    }

    /**
     * The query for these filters, at the level they ask ({@code related} counts as {@code auto}): what analytics
     * and keyword in context count, without remarks found only through related words, which carry none of the
     * query's words.
     *
     * @throws InvalidParameterException for a filter the data does not know (an unknown theme)
     * @throws IOException               when counting the exact matches fails
     */
    public RemarkQuery prepare(RemarkFilters f) throws IOException {
        return level(f.match() == MatchMode.RELATED ? f.withMatch(MatchMode.AUTO) : f).query();
    }

    /**
     * The query for these filters as a list of remarks shows them (search, export): as {@link #prepare}, and with
     * {@code auto}, when that finds under a page, or with {@code related}, the remarks of the related words after.
     *
     * @throws InvalidParameterException for a filter the data does not know (an unknown theme)
     * @throws IOException               when counting the exact matches or reading the related words fails
     */
    public RemarkQuery prepareToShow(RemarkFilters f) throws IOException {
        return prepareToShow(f, -1);
    }

    /**
     * As {@link #prepareToShow(RemarkFilters)}, once the query of {@link #exactFirst} was found to match
     * {@code exactMatches} remarks (fewer than {@link #EXACT_ENOUGH}: it did not fill a page): that count is not
     * asked again. -1: not known.
     */
    public RemarkQuery prepareToShow(RemarkFilters f, long exactMatches) throws IOException {
        boolean asked = f.match() == MatchMode.RELATED;
        Leveled leveled = level(asked ? f.withMatch(MatchMode.AUTO) : f, exactMatches);
        RemarkQuery found = leveled.query();
        boolean wanted = asked || f.match() == MatchMode.AUTO;
        // auto settled on exact when exact filled a page, or on a level whose counts already say it fills one:
        // nothing to add
        boolean filled = !asked && (found.match() == MatchMode.EXACT || leveled.atLeast() >= EXACT_ENOUGH);
        if (related == null || !wanted || filled || !f.synonyms() || found.match() == null) {
            return found;
        }
        return related(f, found, asked);
    }

    /**
     * The query {@code auto} tries first, at the exact level, without counting its matches, for a caller that reads
     * them anyway (a page of search results counts its total): when they are at least {@link #EXACT_ENOUGH}, it is
     * the query {@link #prepareToShow(RemarkFilters)} gives, and the count that decides it is saved; when they are
     * fewer, {@link #prepareToShow(RemarkFilters, long)} goes on from there. Empty when {@code f} asks for another
     * level, has no word to match, or exact matching is off.
     */
    public java.util.Optional<RemarkQuery> exactFirst(RemarkFilters f) {
        if (f.match() != MatchMode.AUTO || counter == null) {
            return java.util.Optional.empty();
        }
        Expanded x = expanded(f);
        if (x.filters().query().positiveTerms().isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new RemarkQuery(x.filters(), x.builder().build(x.filters(), MatchMode.EXACT),
                x.expanded(), MatchMode.EXACT, List.of(),
                x.builder().head(x.filters(), MatchMode.EXACT).orElse(null)));
    }

    /** The filters with the query's words in every form searched, what was added, and the builder to use. */
    private record Expanded(RemarkFilters filters, Map<String, List<String>> expanded, RemarkQueryBuilder builder) {
    }

    private Expanded expanded(RemarkFilters f) {
        RemarkFilters expandedFilters = f;
        Map<String, List<String>> expanded = Map.of();
        if (f.synonyms() && !f.query().isEmpty()) {
            Synonyms.Expansion e = yomi == null ? synonyms.get().expand(f.query(), thesaurus)
                    : synonyms.get().expand(f.query(), thesaurus, yomi::cuts);
            if (inflections != null) {
                e = withForms(e, inflections::of);
            }
            if (features.readings()) {
                e = withForms(e, KeSpellings::of);
            }
            expandedFilters = f.withQuery(e.query());
            expanded = e.expanded();
        }
        return new Expanded(expandedFilters, expanded, f.synonyms() ? this.builder : literal);
    }

    /**
     * A query and how many remarks it matches at least, as far as the counts that chose it say (0: not known), so
     * that a page it fills is not counted again.
     */
    private record Leveled(RemarkQuery query, long atLeast) {
        Leveled(RemarkQuery query) {
            this(query, 0);
        }
    }

    /** The query at the level {@code f.match()} asks or, for auto, the strictest that fills a page. */
    private Leveled level(RemarkFilters f) throws IOException {
        return level(f, -1);
    }

    /** @param exactMatches the exact level's matches when already counted (under {@link #EXACT_ENOUGH}), else -1 */
    private Leveled level(RemarkFilters f, long exactMatches) throws IOException {
        Expanded x = expanded(f);
        RemarkFilters expandedFilters = x.filters();
        Map<String, List<String>> expanded = x.expanded();
        RemarkQueryBuilder builder = x.builder();
        Query broad = builder.build(expandedFilters, false);
        if (expandedFilters.query().positiveTerms().isEmpty()) {
            return new Leveled(new RemarkQuery(expandedFilters, broad, expanded, null));
        }
        MatchMode mode = f.match();
        if (mode == MatchMode.AUTO) {
            if (counter == null) {
                return new Leveled(new RemarkQuery(expandedFilters, broad, expanded, MatchMode.BROAD));
            }
            // the strictest level that fills a page
            for (MatchMode level : List.of(MatchMode.EXACT, MatchMode.BROAD)) {
                Query q = level == MatchMode.BROAD ? broad : builder.build(expandedFilters, level);
                boolean fills = level == MatchMode.EXACT && exactMatches >= 0 ? exactMatches >= EXACT_ENOUGH
                        : counter.reaches(q, EXACT_ENOUGH);
                if (fills) {
                    // the head (the word as typed, and the people it names) is part of the exact matches: when
                    // they do not fill a page, neither does it
                    RemarkQueryBuilder.Head head = level == MatchMode.EXACT
                            ? builder.head(expandedFilters, level).orElse(null) : null;
                    return new Leveled(new RemarkQuery(expandedFilters, q, expanded, level, List.of(), head),
                            EXACT_ENOUGH);
                }
            }
            // leaving one word out needs two words at least, or one compound word of parts; synonyms=false
            // searches the words as typed, all of them (a remark that lacks one, however it spells it, only on
            // match=partial)
            List<String> parts = parts(f.query(), expandedFilters.query(), broad);
            if (!parts.isEmpty() && f.synonyms()) {
                return byParts(f, expandedFilters, broad, expanded, parts);
            }
            boolean several = expandedFilters.query().groups().size() > 1;
            mode = several && f.synonyms() ? MatchMode.PARTIAL : MatchMode.BROAD;
        } else if (mode == MatchMode.PARTIAL && f.synonyms()) {
            List<String> parts = parts(f.query(), expandedFilters.query(), broad);
            if (!parts.isEmpty()) {
                return byParts(f, expandedFilters, broad, expanded, parts);
            }
        }
        // the words' counts and that of every filtered remark, which weighs them, in one request
        List<Long> counted = mode == MatchMode.PARTIAL ? frequencies(builder, expandedFilters, true) : List.of();
        List<Long> held = counted.isEmpty() ? List.of() : counted.subList(0, counted.size() - 1);
        Query q = switch (mode) {
            case BROAD -> broad;
            case PARTIAL -> builder.build(expandedFilters, mode,
                    held.isEmpty() ? List.of() : rarity(held, counted.getLast()));
            default -> builder.build(expandedFilters, mode);
        };
        // of two words, either one finds a remark at the partial level: it finds at least those of the commoner
        // (counted without the excluded words, which the query leaves out)
        long atLeast = held.size() == 2 && expandedFilters.query().excluded().isEmpty()
                ? Math.max(held.get(0), held.get(1)) : 0;
        // auto comes here when the exact matches did not fill a page, and so would not the head
        RemarkQueryBuilder.Head head = mode == f.match() ? builder.head(expandedFilters, mode).orElse(null) : null;
        return new Leveled(new RemarkQuery(expandedFilters, q, expanded, mode, List.of(), head), atLeast);
    }

    /**
     * Feedback: the words that characterise the best remarks the query found (its own forms left out) add, after
     * every remark it found, the remarks that contain {@link RelatedWords.Settings#minimumShould} of them; only when
     * it found under {@link #EXACT_ENOUGH} remarks, unless asked for ({@code match=related}), and only the best of
     * them that fill the first page ({@code EXACT_ENOUGH} when asked for). The words are listed in {@code expanded}
     * under the query's words, and {@code match} says {@code related}: {@code total} counts those remarks too.
     */
    private RemarkQuery related(RemarkFilters f, RemarkQuery found, boolean asked) throws IOException {
        // three times the words kept: some are the query's own tokens, numbers or affixes, left out below
        RelatedWords.Sample sample = related.of(found.query(), relatedSettings.sample(), relatedSettings.words() * 3,
                asked ? 0 : EXACT_ENOUGH);
        if (!asked && sample.total() >= EXACT_ENOUGH) {
            return found;
        }
        List<String> forms = java.util.stream.Stream.concat(found.filters().query().positiveTerms().stream()
                .flatMap(t -> t.variants().stream()), found.expanded().values().stream().flatMap(List::stream)).toList();
        List<RelatedWords.Word> words = RelatedWords.pick(sample, forms, relatedSettings.words());
        if (words.isEmpty()) {
            return found;
        }
        Map<String, List<String>> expanded = new java.util.LinkedHashMap<>(found.expanded());
        String key = String.join(" ", f.query().positiveTerms().stream().map(SimpleQuery.Term::text).toList());
        expanded.merge(key, words.stream().map(RelatedWords.Word::word).toList(),
                (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList());
        Query byWords = RelatedWords.query(words, relatedSettings.minimumShould());
        // the filters and exclusions of the request bound the remarks found through the words too
        Query bounds = builder.build(found.filters().withQuery(new SimpleQuery(List.of(),
                found.filters().query().excluded())), MatchMode.BROAD);
        // scored only where the query does not match, so that the remarks it found keep their order
        Query onlyWords = Query.of(x -> x.bool(b -> b.must(byWords).mustNot(found.query()).filter(bounds)));
        // only as many as fill the first page (one page when asked for): further down, remarks that share two words
        // with the sample would be counted in total and in every facet without anyone looking at them
        int room = (int) (asked ? EXACT_ENOUGH : EXACT_ENOUGH - sample.total());
        List<String> ids = related.best(onlyWords, room);
        if (ids.isEmpty()) {
            return found;
        }
        Query added = Query.of(x -> x.bool(b -> b.must(onlyWords).filter(i -> i.ids(v -> v.values(ids)))));
        Query first = Query.of(x -> x.constantScore(c -> c.boost(WHOLE_FIRST).filter(found.query())));
        Query q = Query.of(x -> x.bool(b -> b.should(first, found.query(), added).minimumShouldMatch("1")
                .filter(bounds)));
        return new RemarkQuery(found.filters(), q, expanded, MatchMode.RELATED,
                words.stream().map(RelatedWords.Word::word).toList());
    }

    /**
     * Each word (not quoted) also searched in the forms {@code more} gives for each of its forms, after those and
     * within the same bound; listed in {@code expanded}. The verbs and adjectives its forms are made from (引き継ぎ,
     * and its spelling 引継ぎ: 引き継ぐ, 引継ぐ; {@link Inflections}), the spellings of a small ke (椿ヶ丘: 椿ケ丘,
     * 椿が丘 …; {@link KeSpellings}).
     */
    private static Synonyms.Expansion withForms(Synonyms.Expansion e,
                                                java.util.function.Function<String, List<String>> more) {
        Map<String, List<String>> expanded = new java.util.LinkedHashMap<>(e.expanded());
        SimpleQuery q = e.query().mapTerms(t -> {
            if (t.phrase()) {
                return t;
            }
            List<String> forms = new java.util.ArrayList<>(t.variants());
            for (String v : t.variants()) {
                for (String form : more.apply(v)) {
                    if (!forms.contains(form) && forms.size() <= Synonyms.MAX_VARIANTS) {
                        forms.add(form);
                        expanded.merge(v, List.of(form), (a, b) -> java.util.stream.Stream.concat(a.stream(),
                                b.stream()).distinct().toList());
                    }
                }
            }
            return forms.size() == t.variants().size() ? t : t.withVariants(forms);
        });
        return new Synonyms.Expansion(q, expanded);
    }

    /**
     * The parts of a query of one word (not quoted) that the dictionary splits into two or more parts of two
     * characters or more (水害対策: 水害, 対策; 住民アンケート: 住民, アンケート); for a word it does not split and that
     * finds nothing in any of its forms, the parts of those of its other forms that it does split (デジタルデバイド,
     * also searched as デジタル格差 and 情報格差: デジタル, 格差, 情報). Empty for any other query, for a form without
     * kanji (a name in kana is no compound) and without the {@code parts} feature.
     *
     * @param expanded the query with the word's other forms (synonyms, thesaurus, verbs)
     * @param broad    the query of every form of the word, whole or scattered
     */
    private List<String> parts(SimpleQuery typed, SimpleQuery expanded, Query broad) throws IOException {
        if (!features.parts() || yomi == null || typed.groups().size() != 1
                || typed.groups().getFirst().alternatives().size() != 1) {
            return List.of();
        }
        SimpleQuery.Term word = typed.groups().getFirst().alternatives().getFirst();
        if (word.phrase()) {
            return List.of();
        }
        List<String> own = split(word.text());
        if (!own.isEmpty()) {
            return own;
        }
        // only when the word finds nothing: what it finds otherwise, however little, is closer to it than what a
        // part of another form finds (and the related words take their words from it)
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (SimpleQuery.Term t : expanded.positiveTerms()) {
            for (String form : t.variants()) {
                out.addAll(split(form));
            }
        }
        return out.size() >= 2 && counter != null && !counter.reaches(broad, 1) ? List.copyOf(out) : List.of();
    }

    /** True when {@code part} is one noun of action (IPADIC's 名詞-サ変接続: 延長, 整備, 推進). */
    private boolean actionNoun(String part) {
        List<Yomi.Morpheme> m = yomi.morphemes(part);
        return m.size() == 1 && m.getFirst().partOfSpeech().startsWith("名詞-サ変接続");
    }

    /** The parts of one word with kanji, when it has two or more of two characters or more; else none. */
    private List<String> split(String word) {
        if (word.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return List.of();
        }
        List<String> parts = joinSingles(yomi.parts(word)).stream()
                .filter(p -> p.codePointCount(0, p.length()) >= 2).toList();
        return parts.size() >= 2 ? parts : List.of();
    }

    /**
     * Adjacent tokens of one kanji each joined into one part: a run the dictionary split character by character is
     * a word it does not know (買い物弱者: 買い物 弱 者 → 買い物, 弱者), not words of one character each.
     */
    static List<String> joinSingles(List<String> tokens) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (String t : tokens) {
            boolean single = t.codePointCount(0, t.length()) == 1
                    && Character.UnicodeScript.of(t.codePointAt(0)) == Character.UnicodeScript.HAN;
            if (single) {
                run.append(t);
                continue;
            }
            if (!run.isEmpty()) {
                out.add(run.toString());
                run.setLength(0);
            }
            out.add(t);
        }
        if (!run.isEmpty()) {
            out.add(run.toString());
        }
        return out;
    }

    /**
     * One compound word at the partial level: the remarks with the word (whole or scattered, as broad finds
     * them) first, then those with its rarest part, searched as a word of its own with its synonyms (水害対策: 水害,
     * also as 氾濫; not 対策, which would count every remark about any measure), a noun of action only when no other
     * part is held (工期延長: 工期, not 延長). The part's synonyms are reported in {@code expanded}.
     */
    private Leveled byParts(RemarkFilters f, RemarkFilters expandedFilters, Query broad,
                            Map<String, List<String>> expanded, List<String> parts) throws IOException {
        List<SimpleQuery.Group> groups = parts.stream()
                .map(p -> new SimpleQuery.Group(List.of(SimpleQuery.Term.of(p, false)))).toList();
        Synonyms.Expansion e = synonyms.get().expand(new SimpleQuery(groups, f.query().excluded()), thesaurus,
                yomi::cuts);
        List<SimpleQuery.Group> split = e.query().groups();
        List<Long> held = frequencies(builder, f.withQuery(e.query()), false);
        // an action noun (延長, 整備, 運営) says what is done to the compound's subject (工期延長, 避難所運営): alone
        // it finds the same action done to anything else (会議時間の延長), so it is taken only when every part is one
        List<Boolean> action = parts.stream().map(this::actionNoun).toList();
        boolean subjects = held.isEmpty() ? action.contains(false)
                : java.util.stream.IntStream.range(0, split.size()).anyMatch(i -> !action.get(i) && held.get(i) > 0);
        int rarest = -1;
        for (int i = 0; i < split.size(); i++) {
            if (subjects && action.get(i)) {
                continue;
            }
            // without counts, the longest part; with them, the rarest that some remark holds (a part no remark
            // holds, 弱者 of 買い物弱者 in an index without it, finds nothing however rare it is)
            boolean rarer = rarest < 0 || (held.isEmpty() ? groups.get(i).alternatives().getFirst().text().length()
                    > groups.get(rarest).alternatives().getFirst().text().length()
                    : held.get(i) > 0 && (held.get(rarest) == 0 || held.get(i) < held.get(rarest)));
            rarest = rarer ? i : rarest;
        }
        SimpleQuery part = new SimpleQuery(List.of(split.get(rarest)), e.query().excluded());
        Query byPart = builder.build(f.withQuery(part), MatchMode.BROAD);
        Query whole = Query.of(x -> x.constantScore(c -> c.boost(WHOLE_FIRST).filter(broad)));
        Query q = Query.of(x -> x.bool(b -> b.should(whole, broad, byPart).minimumShouldMatch("1")));
        Map<String, List<String>> all = new java.util.LinkedHashMap<>(expanded);
        String rarestPart = split.get(rarest).alternatives().getFirst().text();
        e.expanded().forEach((entry, to) -> {
            if (rarestPart.contains(entry)) {
                all.merge(entry, to, (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList());
            }
        });
        // the part's remarks were counted whole above and the query finds them all (broad finds every whole form),
        // unless the count held remarks of an excluded word, which the query leaves out
        long atLeast = held.isEmpty() || !e.query().excluded().isEmpty() ? 0 : held.get(rarest);
        return new Leveled(new RemarkQuery(expandedFilters, q, all, MatchMode.PARTIAL), atLeast);
    }

    /**
     * How rare each word of the query is among the filtered remarks: its idf (as BM25 computes it) over the
     * rarest word's, so that at the partial level a remark lacking a common word ranks before one lacking a rare
     * one.
     *
     * @param held the words' counts ({@link #frequencies})
     * @param all  the filtered remarks
     */
    private static List<Double> rarity(List<Long> held, long all) {
        List<Double> idf = held.stream().map(df -> Math.log(1 + (all - df + 0.5) / (df + 0.5))).toList();
        double max = idf.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        return max <= 0 ? List.of() : idf.stream().map(x -> x / max).toList();
    }

    /**
     * In how many of the filtered remarks each word of the query stands whole in one of its forms; empty without a
     * counter or with fewer than two words. Counted whole: its scattered tokens (通い … の … 場 for 通いの場) would
     * make any word with a long synonym look common. All counted in one request.
     *
     * @param withAll also count every filtered remark, as the last figure
     */
    private List<Long> frequencies(RemarkQueryBuilder builder, RemarkFilters f, boolean withAll) throws IOException {
        if (counter == null || !features.rarity() || f.query().groups().size() < 2) {
            return List.of();
        }
        List<Query> counted = new java.util.ArrayList<>(builder.wordsAlone(f, MatchMode.EXACT));
        if (withAll) {
            counted.add(builder.build(f.withQuery(SimpleQuery.EMPTY), MatchMode.BROAD));
        }
        return counter.counts(counted);
    }
}
