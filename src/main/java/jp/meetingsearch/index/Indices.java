package jp.meetingsearch.index;

/** Index and alias names of one dataset ({@code INDEX_PREFIX}), so several datasets can share a cluster. */
public record Indices(String prefix) {

    /** The alias every reader and writer uses, e.g. {@code remarks} or {@code cityA-remarks}. */
    public String alias(IndexName name) {
        return prefix + name.base();
    }

    /** The concrete, versioned index behind the alias, e.g. {@code remarks-v1}. */
    public String concrete(IndexName name, int schemaVersion) {
        return alias(name) + "-v" + schemaVersion;
    }
}
