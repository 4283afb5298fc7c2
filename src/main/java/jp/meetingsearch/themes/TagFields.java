package jp.meetingsearch.themes;

/**
 * The fields of a remark that hold its themes as tags (see {@code mappings/remarks.json}). A loader writes a
 * remark with {@link #PENDING} true and no tags; the {@link ThemeTagger} then writes {@link #THEMES} and
 * {@link #RULES} in one update, so a remark either waits for its tags or has all of them.
 */
public final class TagFields {
    /** Names of the themes whose rules the remark matches. */
    public static final String THEMES = "themes";
    /** {@code name#version} of every rule the remark was checked against: its tags hold for those rules. */
    public static final String RULES = "theme_rules";
    /** True on a remark that a loader wrote and that has not been tagged yet. */
    public static final String PENDING = "themes_pending";

    private TagFields() {
    }
}
