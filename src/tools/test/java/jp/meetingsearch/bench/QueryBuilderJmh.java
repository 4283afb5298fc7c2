package jp.meetingsearch.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import jp.meetingsearch.http.params.Params;
import jp.meetingsearch.search.RemarkFilters;
import jp.meetingsearch.search.RemarkQueries;
import jp.meetingsearch.search.SearchFeatures;
import jp.meetingsearch.search.SynonymFile;
import jp.meetingsearch.search.ThemeFilters;
import jp.meetingsearch.search.Thesaurus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the service spends on a search before Elasticsearch sees it: query parameters read, synonyms applied
 * (the shipped file), the query built and serialised to JSON. Microseconds per request, next to the
 * milliseconds of the API overhead the service benchmark measures.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class QueryBuilderJmh {
    @Param({"地域", "人材 \"市民の皆様\" -防災", "協働 | ボランティア"})
    public String q;

    private RemarkQueries queries;
    private Params params;
    private final JacksonJsonpMapper mapper = new JacksonJsonpMapper();

    @Setup
    public void setUp() {
        SynonymFile synonyms = new SynonymFile(Path.of(System.getProperty("project.basedir", "."), "mappings",
                "synonyms.txt"));
        // as the service builds them (thesaurus, readings, names); the count of exact matches is Elasticsearch's work
        queries = new RemarkQueries(ThemeFilters.NONE, synonyms::current, Thesaurus.shipped(), Thesaurus.yomi(),
                SearchFeatures.ALL, null);
        params = new Params(Map.of("q", List.of(q), "fy_from", List.of("令和2年度"), "role", List.of("委員")));
    }

    @Benchmark
    public String buildAndSerialise() throws java.io.IOException {
        return JsonpUtils.toJsonString(queries.prepare(RemarkFilters.from(params)).query(), mapper);
    }
}
