package jp.meetingsearch.analytics;

import java.util.List;
import java.util.OptionalInt;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jp.meetingsearch.http.params.InvalidParameterException;
import jp.meetingsearch.http.params.ParameterProblem;
import jp.meetingsearch.search.RemarkFilters;
import jp.meetingsearch.search.ThemeFilters;
import jp.meetingsearch.text.JapaneseDates;
import jp.meetingsearch.text.Variants;
import jp.meetingsearch.text.Width;

/**
 * The remarks whose characteristic words are asked for, against the rest: a role, a role group, a fiscal year or
 * a theme. {@code kind} and {@code value} say which (as the {@code fg} parameter writes it, {@code kind:value}).
 */
public record Foreground(String kind, String value, Query query) {
    public static final String ROLE = "role";
    public static final String ROLE_GROUP = "role_group";
    public static final String FISCAL_YEAR = "fiscal_year";
    public static final String THEME = "theme";

    /** The remarks of one role as written (委員, 事務局 …); width-folded like the stored role. */
    public static Foreground role(String role) {
        String r = Width.normalize(role);
        return new Foreground(ROLE, r, roleQuery(r));
    }

    /** Remarks of the role in any spelling of its variant characters, as the role filter finds them. */
    static Query roleQuery(String role) {
        List<FieldValue> spellings = Variants.TABLE.spellings(role).stream().map(FieldValue::of).toList();
        if (spellings.size() == 1) {
            return Query.of(q -> q.term(t -> t.field("role").value(role)));
        }
        return Query.of(q -> q.terms(t -> t.field("role").terms(v -> v.value(spellings))));
    }

    /**
     * Reads {@code kind:value} (e.g. {@code theme:防災・地域の安全}, {@code fiscal_year:2021} or 令和3年度,
     * {@code role:委員}, {@code role_group:member}).
     *
     * @throws InvalidParameterException naming {@code parameter} for an unknown kind, group or theme
     */
    public static Foreground parse(String spec, String parameter, ThemeFilters themes) {
        if (spec == null || spec.isBlank()) {
            throw InvalidParameterException.required(parameter, "theme:NAME, fiscal_year:YEAR, role:ROLE or role_group:GROUP");
        }
        int colon = spec.indexOf(':');
        if (colon < 0) {
            colon = spec.indexOf('：');
        }
        String kind = colon < 0 ? "" : spec.substring(0, colon).strip();
        String value = colon < 0 ? "" : spec.substring(colon + 1).strip();
        if (value.isEmpty()) {
            throw InvalidParameterException.of(parameter, ParameterProblem.Reason.BAD_FORMAT, spec, "'" + shorten(spec)
                    + "' is not KIND:VALUE (theme:NAME, fiscal_year:YEAR, role:ROLE, role_group:GROUP)");
        }
        return switch (kind) {
            case ROLE -> role(value);
            case ROLE_GROUP -> {
                String g = RemarkFilters.roleGroup(parameter, spec, value).value();
                yield new Foreground(ROLE_GROUP, g, Query.of(q -> q.term(t -> t.field("role_group").value(g))));
            }
            case FISCAL_YEAR -> {
                OptionalInt fy = JapaneseDates.parseFiscalYear(value);
                if (fy.isEmpty()) {
                    throw InvalidParameterException.of(parameter, ParameterProblem.Reason.NOT_FISCAL_YEAR, spec,
                            "'" + shorten(value) + "' is not a fiscal year (write 2021, 2021年度, 令和3年度 or R3)");
                }
                int y = fy.getAsInt();
                yield new Foreground(FISCAL_YEAR, Integer.toString(y),
                        Query.of(q -> q.term(t -> t.field("fiscal_year").value(y))));
            }
            case THEME -> new Foreground(THEME, value, themes.filter(value).orElseThrow(() ->
                    InvalidParameterException.unknownValue(parameter, spec, null, "no theme named '" + shorten(value) + "'")));
            default -> throw InvalidParameterException.of(parameter, ParameterProblem.Reason.BAD_FORMAT, spec, "unknown kind '" + shorten(kind)
                    + "': use theme, fiscal_year, role or role_group");
        };
    }

    /** {@code kind:value}, as the parameter writes it. */
    public String label() {
        return kind + ":" + value;
    }

    /** Bounded for messages, so that a huge parameter does not come back whole. */
    private static String shorten(String v) {
        return v.length() <= 40 ? v : v.substring(0, 40) + "…";
    }
}
