package jp.meetingsearch.projects;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jp.meetingsearch.text.Width;

/**
 * Project ids: a hash of fiscal year, name and department, prefixed by the fiscal year: a project's identity, not
 * its file's, so a renamed or moved list replaces its rows instead of doubling them.
 */
final class ProjectIds {
    private ProjectIds() {
    }

    /** The project's id: fiscal year, then a hash of year, name and department (whitespace and width ignored). */
    static String id(int fy, String name, String department) {
        String key = fy + "\n" + Width.compact(name) + "\n" + Width.compact(department);
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return fy + "-" + HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** True when two rows differ in nothing but id and line. */
    static boolean sameContent(ProjectRow a, ProjectRow b) {
        return withPosition(a).equals(withPosition(b));
    }

    private static ProjectRow withPosition(ProjectRow p) {
        return new ProjectRow("", p.fiscalYear(), p.name(), p.department(), p.partners(), p.form(), p.isNew(),
                p.proposal(), p.area(), p.description(), p.evaluation(), p.source(), 0, p.extra());
    }

    /** The row under another id. */
    static ProjectRow withId(ProjectRow p, String id) {
        return new ProjectRow(id, p.fiscalYear(), p.name(), p.department(), p.partners(), p.form(), p.isNew(),
                p.proposal(), p.area(), p.description(), p.evaluation(), p.source(), p.line(), p.extra());
    }
}
