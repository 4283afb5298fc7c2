package jp.meetingsearch.themes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.meetingsearch.elasticsearch.EsClients;
import jp.meetingsearch.elasticsearch.EsRequestException;
import jp.meetingsearch.elasticsearch.WholeCount;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the themes of remarks into their tag fields ({@link TagFields}), with Elasticsearch itself deciding which
 * rules a remark matches: every rule's query is named in a search over the remarks to tag, and each hit says which
 * names it matched. So a tag is exactly what the rule's query selects, analysis included.
 *
 * <p>It tags, in rounds: remarks a loader wrote (pending); for each theme whose tags are not verified for its
 * current rule, the remarks that rule or the previous tags can concern (tagged with the theme, or matched by the
 * current rule, and not tagged by this version of it); and remarks that carry the name of a theme the taxonomy
 * no longer has. Nothing else is touched. Remarks are read with a point in time and search_after, and rewritten
 * with partial updates that hold only if the remark is still the version that was read, at most {@code rate}
 * remarks per second. A round that finds nothing to tag verifies the current rules (see {@link TagState}), and
 * from then on their themes are counted from the tags. While a load has refreshing paused, the tagger waits.
 */
public final class ThemeTagger implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ThemeTagger.class);
    /** Remarks read and rewritten per request. */
    static final int PAGE = 1000;
    static final String KEEP_ALIVE = "5m";
    /** Pause between rounds when nothing was left to tag (and after a failure, doubled up to a minute). */
    static final Duration IDLE = Duration.ofSeconds(2);

    private final ElasticsearchClient client;
    private final String alias;
    private final Taxonomy taxonomy;
    private final ObjectMapper mapper;
    private final int rate;
    private volatile boolean running;
    private Thread thread;
    private long tagged;

    /**
     * @param rate most remarks rewritten per second (0: as fast as the node answers), so that tagging leaves the
     *             node time for searches
     */
    public ThemeTagger(ElasticsearchClient client, Indices indices, Taxonomy taxonomy, ObjectMapper mapper, int rate) {
        if (rate < 0) {
            throw new IllegalArgumentException("rate must be 0 (unlimited) or more");
        }
        this.client = client;
        this.alias = indices.alias(IndexName.REMARKS);
        this.taxonomy = taxonomy;
        this.mapper = mapper;
        this.rate = rate;
    }

    /** What one round found and did. */
    public record Round(long left, long rewritten, boolean waiting) {
    }

    /** Starts tagging in the background, round after round, until {@link #close()}. */
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        running = true;
        taxonomy.tags().progress(new TagProgress("starting", 0, 0, 0, 0, 0, null));
        thread = Thread.ofPlatform().daemon().name("theme-tagger").start(this::loop);
    }

    /** Stops the background tagging and waits for the request in progress. */
    @Override
    public synchronized void close() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    /**
     * Tags in the calling thread until a round finds nothing left (every theme's tags verified) or the time is up.
     *
     * @return true when every theme is answered from its tags
     */
    public boolean tagAll(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Round r = round();
            if (r.left() == 0 && !r.waiting()) {
                return true;
            }
            if (r.rewritten() == 0) {
                sleep(IDLE.toMillis() / 4);
            }
        }
        return false;
    }

    private void loop() {
        long pause = IDLE.toMillis();
        while (running) {
            try {
                Round r = round();
                pause = IDLE.toMillis();
                if (r.left() > 0 && r.rewritten() > 0) {
                    continue;
                }
            } catch (IOException | ElasticsearchException | TaxonomyException e) {
                if (!running) {
                    return;
                }
                String why = e instanceof ElasticsearchException ee ? ee.response().error().reason() : e.getMessage();
                TagProgress p = taxonomy.tags().progress();
                taxonomy.tags().progress(new TagProgress("failing", p.rules(), p.rulesTagged(), p.remarksToTag(),
                        tagged, p.remarksPerSecond(), why));
                LOG.warn("Theme tagging failed (retrying in {} s): {}", pause / 1000, why);
                pause = Math.min(pause * 2, Duration.ofMinutes(1).toMillis());
            } catch (RuntimeException e) {
                if (!running) {
                    // closed while a request was waiting for its answer
                    return;
                }
                LOG.error("Theme tagging failed", e);
                pause = Math.min(pause * 2, Duration.ofMinutes(1).toMillis());
            }
            if (!sleep(pause)) {
                return;
            }
        }
    }

    /**
     * One round: counts what is left to tag; when nothing is, records the current rules as verified, else
     * rewrites one pass of it.
     */
    public Round round() throws IOException {
        List<Theme> themes = taxonomy.themes();
        TagState state = taxonomy.tags();
        Set<String> tagged0 = state.tagged(themes);
        if (refreshPaused()) {
            report("waiting", themes, tagged0.size(), -1, 0, null);
            return new Round(0, 0, true);
        }
        List<String> stale = state.namesClean(themes) ? List.of() : staleNames(themes);
        Query work = work(themes, tagged0, stale);
        // a shard that did not answer is no shard without work: nothing is verified on a part of the remarks
        long left = WholeCount.of(client, c -> c.index(alias).query(work));
        if (left == 0) {
            state.verified(themes);
            report("tagged", themes, themes.size(), 0, 0, null);
            return new Round(0, 0, false);
        }
        report("tagging", themes, tagged0.size(), left, 0, null);
        long rewritten = pass(work, themes, tagged0.size(), left);
        client.indices().refresh(r -> r.index(alias));
        return new Round(left, rewritten, false);
    }

    /**
     * The remarks to (re)tag: pending ones; for each theme not verified at its current rule, those tagged with it
     * or matched by its rule and not tagged by this rule; and those carrying a name no theme has any more.
     */
    static Query work(List<Theme> themes, Set<String> verified, List<String> staleNames) {
        List<Query> any = new ArrayList<>();
        any.add(Query.of(q -> q.term(t -> t.field(TagFields.PENDING).value(true))));
        for (Theme t : themes) {
            if (verified.contains(t.name())) {
                continue;
            }
            Query concerned = Query.of(q -> q.bool(b -> b.minimumShouldMatch("1").should(
                    Query.of(x -> x.term(tt -> tt.field(TagFields.THEMES).value(t.name()))), ThemeQueries.of(t))));
            any.add(Query.of(q -> q.bool(b -> b.filter(concerned).mustNot(
                    Query.of(x -> x.term(tt -> tt.field(TagFields.RULES).value(t.ruleKey()))),
                    Query.of(x -> x.term(tt -> tt.field(TagFields.PENDING).value(true)))))));
        }
        if (!staleNames.isEmpty()) {
            List<FieldValue> names = staleNames.stream().map(FieldValue::of).toList();
            any.add(Query.of(q -> q.terms(t -> t.field(TagFields.THEMES).terms(v -> v.value(names)))));
        }
        return Query.of(q -> q.bool(b -> b.should(any).minimumShouldMatch("1")));
    }

    /** Names in the tag field that no theme of the taxonomy has (a theme renamed or removed). */
    private List<String> staleNames(List<Theme> themes) throws IOException {
        List<String> current = themes.stream().map(Theme::name).toList();
        SearchResponse<Void> r = client.search(s -> s.index(alias).size(0).allowPartialSearchResults(false)
                .aggregations("stale", a -> a.terms(t -> {
                    t.field(TagFields.THEMES).size(1000);
                    if (!current.isEmpty()) {
                        t.exclude(e -> e.terms(current));
                    }
                    return t;
                })), Void.class);
        var agg = r.aggregations().get("stale");
        return agg == null || !agg.isSterms() ? List.of()
                : agg.sterms().buckets().array().stream().map(b -> b.key().stringValue()).toList();
    }

    /** Reads every remark {@code work} selects and rewrites its tags; returns how many were rewritten. */
    private long pass(Query work, List<Theme> themes, int rulesTagged, long left) throws IOException {
        List<Query> named = new ArrayList<>();
        for (int i = 0; i < themes.size(); i++) {
            String name = "t" + i;
            Query rule = ThemeQueries.of(themes.get(i));
            named.add(Query.of(q -> q.bool(b -> b.filter(rule).queryName(name))));
        }
        Query query = Query.of(q -> q.bool(b -> b.filter(work).should(named).minimumShouldMatch("0")));
        List<String> rules = themes.stream().map(Theme::ruleKey).toList();
        String pit = client.openPointInTime(o -> o.index(alias).keepAlive(t -> t.time(KEEP_ALIVE))).id();
        long rewritten = 0;
        long started = System.nanoTime();
        try {
            List<FieldValue> after = null;
            while (running || thread == null) {
                String pitId = pit;
                List<FieldValue> from = after;
                SearchResponse<Void> r = client.search(s -> {
                    s.pit(p -> p.id(pitId).keepAlive(t -> t.time(KEEP_ALIVE)))
                            .size(PAGE)
                            .source(src -> src.fetch(false))
                            .seqNoPrimaryTerm(true)
                            .trackTotalHits(t -> t.enabled(false))
                            .allowPartialSearchResults(false)
                            .query(query)
                            .sort(so -> so.field(f -> f.field("_shard_doc")));
                    if (from != null) {
                        s.searchAfter(from);
                    }
                    return s;
                }, Void.class);
                if (r.pitId() != null) {
                    pit = r.pitId();
                }
                List<Hit<Void>> hits = r.hits().hits();
                if (hits.isEmpty()) {
                    break;
                }
                long ok = update(hits, themes, rules);
                rewritten += ok;
                tagged += ok;
                double seconds = (System.nanoTime() - started) / 1e9;
                report("tagging", themes, rulesTagged, Math.max(0, left - rewritten), rewritten / Math.max(seconds, 1e-3),
                        null);
                after = hits.getLast().sort();
                throttle(rewritten, started);
                if (hits.size() < PAGE) {
                    break;
                }
            }
        } finally {
            String pitId = pit;
            try {
                client.closePointInTime(c -> c.id(pitId));
            } catch (IOException | ElasticsearchException e) {
                LOG.debug("could not close a point in time (it expires by itself): {}", e.getMessage());
            }
        }
        return rewritten;
    }

    /**
     * Rewrites the tags of one page: the themes whose named rule the hit matched, every current rule as checked,
     * no longer pending; each update holds only if the remark was not written since it was read.
     */
    private long update(List<Hit<Void>> hits, List<Theme> themes, List<String> rules) throws IOException {
        StringBuilder body = new StringBuilder(hits.size() * 200);
        for (Hit<Void> h : hits) {
            ObjectNode meta = mapper.createObjectNode();
            meta.putObject("update").put("_index", h.index()).put("_id", h.id())
                    .put("if_seq_no", h.seqNo()).put("if_primary_term", h.primaryTerm());
            ObjectNode doc = mapper.createObjectNode();
            ObjectNode fields = doc.putObject("doc");
            ArrayNode names = fields.putArray(TagFields.THEMES);
            Map<String, Double> matched = h.matchedQueries();
            for (int i = 0; i < themes.size(); i++) {
                if (matched != null && matched.containsKey("t" + i)) {
                    names.add(themes.get(i).name());
                }
            }
            ArrayNode checked = fields.putArray(TagFields.RULES);
            rules.forEach(checked::add);
            fields.put(TagFields.PENDING, false);
            body.append(mapper.writeValueAsString(meta)).append('\n').append(mapper.writeValueAsString(doc)).append('\n');
        }
        Request request = new Request("POST", "/_bulk");
        request.setEntity(new org.apache.hc.core5.http.io.entity.StringEntity(body.toString(),
                org.apache.hc.core5.http.ContentType.create("application/x-ndjson", StandardCharsets.UTF_8)));
        JsonNode answer;
        try {
            answer = mapper.readTree(EsClients.perform(client, request));
        } catch (EsRequestException e) {
            if (e.status() == 429) {
                // the node is busy: this page is left for the next round
                LOG.info("Theme tagging: a bulk request was rejected (429); trying again in the next round");
                return 0;
            }
            throw e;
        }
        long ok = 0;
        for (JsonNode item : answer.path("items")) {
            JsonNode u = item.path("update");
            int status = u.path("status").asInt();
            if (status == 200 || status == 201) {
                ok++;
            } else if (status != 409 && status != 404 && status != 429) {
                // 409: written again since it was read (it is pending again); 404: deleted since; 429: busy
                LOG.warn("Theme tagging: {} answered {}: {}", u.path("_id").asText(), status,
                        u.path("error").path("reason").asText());
            }
        }
        return ok;
    }

    /** True while a load has periodic refreshing turned off: tagging would only make it slower. */
    private boolean refreshPaused() throws IOException {
        Request r = new Request("GET", "/" + alias + "/_settings/index.refresh_interval");
        r.addParameter("flat_settings", "true");
        JsonNode settings = mapper.readTree(EsClients.perform(client, r));
        for (JsonNode index : settings) {
            if ("-1".equals(index.path("settings").path("index.refresh_interval").asText())) {
                return true;
            }
        }
        return false;
    }

    private void throttle(long rewritten, long started) {
        if (rate <= 0) {
            return;
        }
        long due = started + (long) (rewritten * 1e9 / rate);
        long wait = due - System.nanoTime();
        if (wait > 0) {
            sleep(TimeUnit.NANOSECONDS.toMillis(wait));
        }
    }

    private void report(String status, List<Theme> themes, int rulesTagged, long left, double perSecond, String error) {
        TagProgress p = taxonomy.tags().progress();
        taxonomy.tags().progress(new TagProgress(status, themes.size(), rulesTagged, left < 0 ? p.remarksToTag() : left,
                tagged, perSecond > 0 ? perSecond : p.remarksPerSecond(), error));
    }

    private static boolean sleep(long ms) {
        try {
            Thread.sleep(ms);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
