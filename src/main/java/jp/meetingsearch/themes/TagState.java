package jp.meetingsearch.themes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the tagger has verified about the index: for which rule version each theme's tags are complete (every
 * remark the rule matches is tagged, no other remark is), whether no remark carries the name of a theme the
 * taxonomy no longer has, and how the tagging goes. Shared by the tagger (which writes it) and the queries
 * (which use a theme's tags only for the version verified here, and its rule's query otherwise).
 */
public final class TagState {
    private volatile Map<String, String> verified = Map.of();
    private volatile Set<String> cleanNames;
    private volatile TagProgress progress = TagProgress.OFF;

    /** The names of the themes whose tags are complete for their current rule. */
    public Set<String> tagged(List<Theme> themes) {
        Map<String, String> v = verified;
        Set<String> out = new HashSet<>();
        for (Theme t : themes) {
            if (t.version().equals(v.get(t.name()))) {
                out.add(t.name());
            }
        }
        return out;
    }

    /** True when it was verified that no remark carries a theme name outside exactly these themes. */
    public boolean namesClean(List<Theme> themes) {
        Set<String> clean = cleanNames;
        return clean != null && clean.equals(names(themes));
    }

    /** Records that the tags of these themes, at these versions, are complete and that no other name is left. */
    void verified(List<Theme> themes) {
        Map<String, String> v = new HashMap<>(verified);
        themes.forEach(t -> v.put(t.name(), t.version()));
        verified = Map.copyOf(v);
        cleanNames = names(themes);
    }

    /** The last progress the tagger reported. */
    public TagProgress progress() {
        return progress;
    }

    void progress(TagProgress p) {
        progress = p;
    }

    private static Set<String> names(List<Theme> themes) {
        Set<String> names = new HashSet<>();
        themes.forEach(t -> names.add(t.name()));
        return Set.copyOf(names);
    }
}
