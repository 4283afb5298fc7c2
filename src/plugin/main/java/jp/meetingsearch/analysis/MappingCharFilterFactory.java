package jp.meetingsearch.analysis;

import java.io.Reader;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.CharFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.ListSetting;
import org.elasticsearch.plugin.settings.StringSetting;

/**
 * {@code mapping}: replaces strings by others before tokenizing ({@code "﨑 => 崎"}), under the name and with the
 * settings of Elasticsearch's own (analysis-common), which the integ-test distribution lacks: index definitions
 * that use it work on both. Rules are read as Elasticsearch reads them: {@code lhs => rhs}, both trimmed, with the
 * escapes {@code \\ \" \' \n \t \r \b \f \\uXXXX}.
 */
@NamedComponent("mapping")
public final class MappingCharFilterFactory implements CharFilterFactory {
    private static final Pattern RULE = Pattern.compile("(.*)\\s*=>\\s*(.*)\\s*$");

    /** Settings of {@code mapping}. */
    @AnalysisSettings
    public interface Settings {
        @ListSetting(path = "mappings")
        List<String> mappings();

        @StringSetting(path = "mappings_path", defaultValue = "")
        String mappingsPath();
    }

    /** Null when there are no rules. */
    private final NormalizeCharMap map;

    @Inject
    public MappingCharFilterFactory(Settings settings) {
        SettingValues.refuseFile("mappings_path", settings.mappingsPath(), "mappings");
        // Elasticsearch refuses a mapping without rules; here it cannot: the node builds every stable component
        // once without settings when it creates an index, so no rules means no change
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        for (String rule : settings.mappings()) {
            Matcher m = RULE.matcher(rule);
            if (!m.find()) {
                throw new IllegalArgumentException("Invalid Mapping Rule : [" + rule + "]");
            }
            String lhs = unescape(m.group(1).trim(), rule);
            String rhs = unescape(m.group(2).trim(), rule);
            if (lhs.isEmpty()) {
                throw new IllegalArgumentException("Invalid Mapping Rule : [" + rule + "]. Illegal mapping.");
            }
            builder.add(lhs, rhs);
        }
        map = settings.mappings().isEmpty() ? null : builder.build();
    }

    @Override
    public Reader create(Reader reader) {
        return map == null ? reader : new MappingCharFilter(map, reader);
    }

    /** A mapping looks at the characters alone, so it serves keyword normalizers as the official one does. */
    @Override
    public Reader normalize(Reader reader) {
        return create(reader);
    }

    private static String unescape(String s, String rule) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i >= s.length()) {
                throw new IllegalArgumentException("Invalid escaped char in [" + s + "] of rule [" + rule + "]");
            }
            char e = s.charAt(i);
            switch (e) {
                case '\\', '"', '\'' -> out.append(e);
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (i + 4 >= s.length()) {
                        throw new IllegalArgumentException("Invalid escaped char in [" + s + "] of rule [" + rule + "]");
                    }
                    try {
                        out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    } catch (NumberFormatException ex) {
                        throw new IllegalArgumentException("Invalid escaped char in [" + s + "] of rule [" + rule + "]", ex);
                    }
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }
}
