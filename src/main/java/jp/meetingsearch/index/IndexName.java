package jp.meetingsearch.index;

/** The three indices of the service; each lives as {@code <prefix><name>-v<version>} behind the alias {@code <prefix><name>}. */
public enum IndexName {
    MEETINGS("meetings"),
    REMARKS("remarks"),
    PROJECTS("projects");

    private final String base;

    IndexName(String base) {
        this.base = base;
    }

    /** The unprefixed name, also the name of its definition file in {@code mappings/}. */
    public String base() {
        return base;
    }
}
