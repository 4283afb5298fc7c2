package jp.meetingsearch.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import jp.meetingsearch.config.AppConfig;
import jp.meetingsearch.index.IndexBootstrap;
import jp.meetingsearch.index.IndexDefinitions;
import jp.meetingsearch.index.IndexName;
import jp.meetingsearch.index.Indices;
import jp.meetingsearch.testsupport.TestCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tagger against the real node when a shard of the remarks does not answer (its only copy may go to no node, as
 * while a restarted node recovers): it must not take the shards that answer for all the remarks there are.
 */
class ThemeTaggerIT {
    private static final TestCluster ES = TestCluster.get();

    @Test
    void aShardThatDoesNotAnswerLeavesTheRulesUnverifiedUntilItAnswers(@TempDir Path dir) throws Exception {
        AppConfig cfg = ES.newDataset();
        Indices indices = new Indices(cfg.indexPrefix());
        new IndexBootstrap(ES.client(), IndexDefinitions.load(), indices).ensureAll();
        String alias = indices.alias(IndexName.REMARKS);
        String away = alias + "-away";
        Path themes = dir.resolve("themes.txt");
        Files.copy(Path.of(System.getProperty("project.basedir", ".")).resolve("mappings/themes.txt"), themes);
        Taxonomy taxonomy = new Taxonomy(themes);
        try (ThemeTagger tagger = new ThemeTagger(ES.client(), indices, taxonomy, ES.mapper(), 1000)) {
            assertEquals(0, tagger.round().left(), "an empty index: nothing to tag");
            assertTrue(taxonomy.view().allTagged());

            // a shard with no copy joins the remarks, and one rule changes (the same themes: the count decides)
            ES.request("PUT", "/" + away + "?wait_for_active_shards=0", "{\"settings\":{\"number_of_shards\":1,"
                    + "\"number_of_replicas\":0,\"index.routing.allocation.require._name\":\"no-such-node\"}}");
            ES.request("POST", "/_aliases", "{\"actions\":[{\"add\":{\"index\":\"" + away + "\",\"alias\":\""
                    + alias + "\"}}]}");
            String text = Files.readString(themes);
            String edited = text.replace("any = 防災, 自主防災,", "any = 防災, 自主防災, 住民,");
            assertFalse(edited.equals(text), "the edit applies to mappings/themes.txt");
            Files.writeString(themes, edited);
            Files.setLastModifiedTime(themes, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
            assertFalse(taxonomy.view().allTagged(), "the changed rule waits for its tags");

            IOException e = assertThrows(IOException.class, tagger::round,
                    "the shard that answers has nothing to tag; the one that does not may");
            assertTrue(e.getMessage().contains("did not answer"), e.getMessage());
            assertFalse(taxonomy.view().allTagged(), "no rule is verified on a part of the remarks");

            ES.request("PUT", "/" + away + "/_settings", "{\"index.routing.allocation.require._name\":null}");
            ES.request("GET", "/_cluster/health/" + away + "?wait_for_status=green&timeout=30s", null);
            assertEquals(0, tagger.round().left());
            assertTrue(taxonomy.view().allTagged(), "every shard answered: nothing left to tag");
        } finally {
            ES.request("DELETE", "/" + away + "?ignore_unavailable=true", null);
        }
    }
}
