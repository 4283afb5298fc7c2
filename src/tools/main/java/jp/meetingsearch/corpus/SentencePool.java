package jp.meetingsearch.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sentences of one register (committee talk, questions, answers, …), by theme or by procedural step. */
final class SentencePool {
    static final String COMMON = "共通";

    private final String register;
    private final Map<String, List<Template>> sections;

    private SentencePool(String register, Map<String, List<Template>> sections) {
        this.register = register;
        this.sections = sections;
    }

    static SentencePool load(String register) {
        Map<String, List<Template>> sections = new LinkedHashMap<>();
        Sections.read("corpus/sentences-" + register + ".txt")
                .forEach((name, entries) -> sections.put(name, entries.stream().map(Template::parse).toList()));
        return new SentencePool(register, sections);
    }

    /** A named section such as {@code @開始}; an unknown name is a programming error, reported with the register. */
    List<Template> section(String name) {
        List<Template> templates = sections.get(name);
        if (templates == null || templates.isEmpty()) {
            throw new IllegalStateException("sentences-" + register + ".txt has no section [" + name + "]");
        }
        return templates;
    }

    /** A sentence on the theme most of the time, else a general one, as speakers drift between the two. */
    Template sentence(String theme, SeededRandom random) {
        List<Template> onTheme = sections.get(theme);
        List<Template> common = sections.get(COMMON);
        boolean themed = onTheme != null && (common == null || random.chance(0.6));
        return random.pick(themed ? onTheme : common != null ? common : section(theme));
    }

    int size() {
        return sections.entrySet().stream().mapToInt(e -> e.getValue().size()).sum();
    }
}
