package jp.meetingsearch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import jp.meetingsearch.config.ScaleSettings;
import jp.meetingsearch.elasticsearch.EsClients;
import jp.meetingsearch.elasticsearch.EsRequestException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure each index exists behind its alias with the schema version this build expects: creates what is
 * missing, and refuses to work against an index made with another schema version.
 */
public final class IndexBootstrap {
    private static final Logger LOG = LoggerFactory.getLogger(IndexBootstrap.class);
    private final ElasticsearchClient client;
    private final IndexDefinitions definitions;
    private final Indices indices;
    private final ScaleSettings scale;

    /** With the layout of the definitions (one shard, no replica). */
    public IndexBootstrap(ElasticsearchClient client, IndexDefinitions definitions, Indices indices) {
        this(client, definitions, indices, ScaleSettings.DEFAULT);
    }

    /** With the shards and replicas of {@code scale} ({@code INDEX_SHARDS}, {@code INDEX_REPLICAS}). */
    public IndexBootstrap(ElasticsearchClient client, IndexDefinitions definitions, Indices indices,
            ScaleSettings scale) {
        this.client = client;
        this.definitions = definitions;
        this.indices = indices;
        this.scale = scale;
    }

    /** What {@link #ensureAll()} found or did for one index. */
    public record Outcome(IndexName name, String alias, String index, boolean created, List<String> warnings) {
    }

    /** Creates missing indices and aliases; checks existing ones. */
    public List<Outcome> ensureAll() throws IOException {
        List<Outcome> out = new ArrayList<>();
        for (IndexName n : IndexName.values()) {
            out.add(ensure(n));
        }
        return out;
    }

    /** Creates or checks one index. */
    public Outcome ensure(IndexName name) throws IOException {
        IndexDefinition def = definitions.get(name);
        String alias = indices.alias(name);
        String wanted = indices.concrete(name, def.schemaVersion());
        Optional<String> current = aliasTarget(alias);
        if (current.isPresent()) {
            return check(def, alias, current.get());
        }
        if (client.indices().exists(e -> e.index(alias)).value()) {
            // the name exists: an index of that name, or the alias another loader created since it was looked up
            Optional<String> since = aliasTarget(alias);
            if (since.isPresent()) {
                return check(def, alias, since.get());
            }
            throw new IndexVersionException("'" + alias + "' is an index, not an alias: it was not made by this "
                    + "service. Delete it or choose another INDEX_PREFIX.");
        }
        if (client.indices().exists(e -> e.index(wanted)).value()) {
            Outcome checked = check(def, alias, wanted);
            client.indices().putAlias(a -> a.index(wanted).name(alias));
            return checked;
        }
        ObjectNode body = def.body().deepCopy();
        ((ObjectNode) body.path("settings")).put("number_of_shards", scale.shards())
                .put("number_of_replicas", scale.replicasOfNewIndex());
        body.putObject("aliases").putObject(alias);
        // sent as raw JSON: the typed client re-models analysis settings and rejects valid ones it does not know
        Request create = new Request("PUT", "/" + wanted);
        create.setJsonEntity(body.toString());
        try {
            EsClients.perform(client, create);
        } catch (EsRequestException e) {
            if (e.body().contains("resource_already_exists_exception")) {
                // another loader or service created it a moment ago (two loads of a new INDEX_PREFIX): use it
                LOG.info("Index {} was created meanwhile by another process; checking it", wanted);
                return ensure(name);
            }
            throw new IndexVersionException("Elasticsearch refused to create index '" + wanted + "' from mappings/"
                    + name.base() + ".json: " + e.body());
        }
        LOG.info("Created index {} behind alias {}", wanted, alias);
        return new Outcome(name, alias, wanted, true, List.of());
    }

    private Outcome check(IndexDefinition def, String alias, String index) throws IOException {
        Map<String, JsonData> meta = Optional.ofNullable(client.indices().getMapping(g -> g.index(index))
                .get(index).mappings().meta()).orElse(Map.of());
        JsonData version = meta.get("schema_version");
        int found = version == null ? -1 : version.to(Integer.class);
        if (found != def.schemaVersion()) {
            throw new IndexVersionException("index '" + index + "' behind alias '" + alias + "' has schema version "
                    + (found < 0 ? "(none)" : found) + ", but this build expects version " + def.schemaVersion()
                    + ". Load the data again into a new dataset (set INDEX_PREFIX) or delete the old index.");
        }
        List<String> warnings = new ArrayList<>();
        JsonData fp = meta.get("analysis_fingerprint");
        if (fp == null || !def.analysisFingerprint().equals(fp.to(String.class))) {
            String w = "index '" + index + "' was created with another analysis chain or user dictionary than "
                    + "mappings/ now holds; searches use the old analysis until the index is rebuilt";
            LOG.warn(w);
            warnings.add(w);
        }
        addMissingFields(def, index, warnings);
        restoreRefresh(def, index, warnings);
        if (scale.replicas().isPresent()) {
            applyReplicas(index, scale.replicas().getAsInt(), warnings);
        }
        return new Outcome(def.name(), alias, index, false, warnings);
    }

    /**
     * Adds the fields the definition has and the index lacks (new fields of the same schema version, such as the
     * theme tags). A field Elasticsearch refuses (its analyzer is not in the index) is reported, not added.
     */
    private void addMissingFields(IndexDefinition def, String index, List<String> warnings) throws IOException {
        JsonNode wanted = def.body().path("mappings").path("properties");
        Request get = new Request("GET", "/" + index + "/_mapping");
        JsonNode have = new ObjectMapper().readTree(EsClients.perform(client, get))
                .path(index).path("mappings").path("properties");
        List<String> missing = new ArrayList<>();
        wanted.fieldNames().forEachRemaining(f -> {
            if (!have.has(f)) {
                missing.add(f);
            }
        });
        if (missing.isEmpty()) {
            return;
        }
        ObjectNode body = new ObjectMapper().createObjectNode();
        ObjectNode props = body.putObject("properties");
        missing.forEach(f -> props.set(f, wanted.get(f)));
        Request put = new Request("PUT", "/" + index + "/_mapping");
        put.setJsonEntity(body.toString());
        try {
            EsClients.perform(client, put);
        } catch (EsRequestException e) {
            String w = "index '" + index + "' lacks the fields " + missing + " of mappings/" + def.name().base()
                    + ".json and Elasticsearch refused to add them (" + e.status() + "); load the data into a new "
                    + "dataset (INDEX_PREFIX)";
            LOG.warn(w);
            warnings.add(w);
            return;
        }
        String w = "index '" + index + "' got the new fields " + missing + " (documents written before lack them)";
        LOG.info(w);
        warnings.add(w);
    }

    /** Sets the index's replica count to {@code INDEX_REPLICAS} (a load may have lowered it and died). */
    private void applyReplicas(String index, int replicas, List<String> warnings) throws IOException {
        Request r = new Request("GET", "/" + index + "/_settings/index.number_of_replicas");
        r.addParameter("flat_settings", "true");
        String current = new ObjectMapper().readTree(EsClients.perform(client, r))
                .path(index).path("settings").path("index.number_of_replicas").asText();
        if (!Integer.toString(replicas).equals(current)) {
            setReplicas(client, index, replicas);
            String w = "index '" + index + "' had " + current + " replicas; set to " + replicas + " (INDEX_REPLICAS)";
            LOG.info(w);
            warnings.add(w);
        }
    }

    /** Sets the replica count of an index (or of the index behind an alias). */
    public static void setReplicas(ElasticsearchClient client, String index, int replicas) throws IOException {
        client.indices().putSettings(p -> p.index(index).settings(st -> st.numberOfReplicas(Integer.toString(replicas))));
    }

    /**
     * A load that died while refresh was paused leaves it off: searches would not see new documents. A load that is
     * still running (its lease is live) keeps its pause.
     */
    private void restoreRefresh(IndexDefinition def, String index, List<String> warnings) throws IOException {
        if ("-1".equals(refreshOf(index)) && !LoadLease.of(client, index).map(LoadLease::live).orElse(false)) {
            String interval = def.body().at("/settings/refresh_interval").asText("1s");
            client.indices().putSettings(p -> p.index(index).settings(st -> st.refreshInterval(t -> t.time(interval))));
            String w = "index '" + index + "' had refreshing turned off (an interrupted load?); set it back to " + interval;
            LOG.warn(w);
            warnings.add(w);
        }
    }

    private String refreshOf(String index) throws IOException {
        Request r = new Request("GET", "/" + index + "/_settings/index.refresh_interval");
        JsonNode v = new ObjectMapper().readTree(EsClients.perform(client, r))
                .path(index).path("settings").path("index").path("refresh_interval");
        return v.isMissingNode() ? null : v.asText();
    }

    private Optional<String> aliasTarget(String alias) throws IOException {
        if (!client.indices().existsAlias(e -> e.name(alias)).value()) {
            return Optional.empty();
        }
        GetAliasResponse r = client.indices().getAlias(g -> g.name(alias));
        if (r.aliases().size() != 1) {
            throw new IndexVersionException("alias '" + alias + "' points at " + r.aliases().keySet()
                    + "; it must point at exactly one index");
        }
        return Optional.of(r.aliases().keySet().iterator().next());
    }
}
