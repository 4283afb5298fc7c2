package jp.meetingsearch.testsupport;

import java.net.URI;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.utility.DockerImageName;

/**
 * Opt-in test provider ({@code ES_PROVIDER=testcontainers}): the official Elasticsearch image with the official
 * analysis-kuromoji plugin, as production clusters run it. Needs a Docker engine that can pull the image.
 */
final class ContainerCluster {
    static final String IMAGE = "docker.elastic.co/elasticsearch/elasticsearch:9.5.3";

    private ContainerCluster() {
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper at the end of the run
    static URI start() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException("ES_PROVIDER=testcontainers needs a running Docker engine; none was found");
        }
        ImageFromDockerfile image = new ImageFromDockerfile("meeting-search-es-kuromoji", false)
                .withDockerfileFromBuilder(b -> b.from(IMAGE)
                        .run("bin/elasticsearch-plugin install --batch analysis-kuromoji")
                        .build());
        ElasticsearchContainer es = new ElasticsearchContainer(
                DockerImageName.parse(image.get()).asCompatibleSubstituteFor(IMAGE))
                .withEnv("xpack.security.enabled", "false")
                .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
        es.start();
        return URI.create("http://" + es.getHttpHostAddress());
    }
}
