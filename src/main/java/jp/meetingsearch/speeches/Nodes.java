package jp.meetingsearch.speeches;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import jp.meetingsearch.text.JapaneseDates;

/** Reading fields of speech-record JSON whatever their case, and values that may be numbers or strings. */
final class Nodes {
    private Nodes() {
    }

    /** The field of an object by name, ignoring case (Date / date, Proceeding / proceeding); null when absent. */
    static JsonNode field(JsonNode obj, String name) {
        if (obj == null || !obj.isObject()) {
            return null;
        }
        JsonNode exact = obj.get(name);
        if (exact != null) {
            return exact;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** A text value: strings as they are, numbers as written; null, missing, empty and the string "null" are null. */
    static String text(JsonNode obj, String name) {
        JsonNode v = field(obj, name);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        String s = v.asText();
        // exports written by scripts spell a missing value as the string "null"
        return s.isBlank() || s.equals("null") ? null : s;
    }

    /** An integer value written as a number or as a string ("196", "第1号" gives null). */
    static Integer integer(JsonNode obj, String name) {
        String s = text(obj, name);
        if (s == null) {
            return null;
        }
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?.*");

    /** A date as exports write it: 2019-02-20, 2019/4/26, 2019年4月26日, 令和元年5月1日. */
    static Optional<LocalDate> date(String s) {
        if (s == null) {
            return Optional.empty();
        }
        Matcher m = NUMERIC_DATE.matcher(s.strip());
        if (m.matches()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        return JapaneseDates.findDate(s);
    }
}
