package jp.meetingsearch.elasticsearch;

import java.io.IOException;
import java.nio.file.Path;

/** Gives tests in other packages the package-private helpers they clean up with. */
public final class LocalNodeTestAccess {
    private LocalNodeTestAccess() {
    }

    public static void deleteTree(Path dir) throws IOException {
        Distribution.deleteTree(dir);
    }
}
