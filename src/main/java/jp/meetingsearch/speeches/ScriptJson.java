package jp.meetingsearch.speeches;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Speech records served as a script that carries one JSON value, as sites that need no server publish their data
 * and as JSONP answers come: {@code window.DB.registerMinutes({…});}, {@code var minutes = [ … ];},
 * {@code callback({…})}, {@code export default {…};}, {@code module.exports = {…}}, after comments and
 * {@code "use strict";}. The value may be written as JavaScript writes objects (names without quotes, strings in
 * single quotes, a comma before the closing bracket, comments). Anything but that one statement is refused: the
 * script is data, never run.
 */
public final class ScriptJson {
    private ScriptJson() {
    }

    /** Why a script could not be read, with the line of the script it concerns (1-based; 0 when none). */
    public static final class NotData extends Exception {
        private final int line;

        NotData(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();

    private static final String NAME = "[A-Za-z_$][\\w$]*";
    /** What stands before the value: an assignment to a name or property, a call, or a module's export. */
    private static final Pattern PREFIX = Pattern.compile("(?:(?:var|let|const)\\s+" + NAME + "\\s*=|export\\s+default"
            + "|" + NAME + "(?:\\s*\\.\\s*" + NAME + "|\\s*\\[\\s*(?:\"[^\"\\n]*\"|'[^'\\n]*')\\s*\\])*\\s*(?:=|\\())\\s*");
    private static final Pattern USE_STRICT = Pattern.compile("([\"'])use strict\\1\\s*;?");

    /** Whether {@code text} reads as such a script: comments, then a prefix, then an object or an array. */
    public static boolean looksLikeOne(String text) {
        int at = skipComments(text, 0);
        Matcher m = PREFIX.matcher(text).region(at, text.length());
        return m.lookingAt() && m.end() < text.length() && (text.charAt(m.end()) == '{' || text.charAt(m.end()) == '[');
    }

    /** The value the script carries; refused, with the line, when it carries none or more than one statement. */
    public static JsonNode read(String text) throws NotData {
        int at = skipComments(text, 0);
        Matcher strict = USE_STRICT.matcher(text).region(at, text.length());
        if (strict.lookingAt()) {
            at = skipComments(text, strict.end());
        }
        Matcher m = PREFIX.matcher(text).region(at, text.length());
        if (!m.lookingAt() || m.end() >= text.length() || (text.charAt(m.end()) != '{' && text.charAt(m.end()) != '[')) {
            throw new NotData(lineAt(text, at), "a script that carries no JSON value: expected one statement that "
                    + "assigns or passes an object or an array (var minutes = {…}; or callback({…});)");
        }
        int start = m.end();
        JsonNode value;
        int end;
        try (JsonParser p = LENIENT.createParser(text.substring(start))) {
            value = LENIENT.readTree(p);
            JsonLocation after = p.currentLocation();
            end = start + (int) after.getCharOffset();
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? lineAt(text, start) : lineAt(text, start) + loc.getLineNr() - 1;
            throw new NotData(line, "the value the script carries is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new NotData(lineAt(text, start), "the value the script carries is not readable: " + e.getMessage());
        }
        boolean call = text.substring(at, m.end()).stripTrailing().endsWith("(");
        int rest = skipComments(text, end);
        if (call && rest < text.length() && text.charAt(rest) == ')') {
            rest = skipComments(text, rest + 1);
        }
        if (rest < text.length() && text.charAt(rest) == ';') {
            rest = skipComments(text, rest + 1);
        }
        if (rest < text.length()) {
            throw new NotData(lineAt(text, rest), "more than the one statement that carries the data: the script "
                    + "goes on after its value with '" + shorten(text.substring(rest)) + "'");
        }
        return value;
    }

    /** The position after white space, {@code //} and {@code /* *}{@code /} comments and a byte-order mark. */
    private static int skipComments(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (text.startsWith("//", i)) {
                int nl = text.indexOf('\n', i);
                i = nl < 0 ? text.length() : nl + 1;
            } else if (text.startsWith("/*", i)) {
                int close = text.indexOf("*/", i + 2);
                i = close < 0 ? text.length() : close + 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String shorten(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() > 40 ? one.substring(0, 40) + "…" : one;
    }
}
