package jp.meetingsearch.speeches;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import jp.meetingsearch.minutes.TableLayout;

/**
 * Minutes text carried in JSON, in either of the two ways minutes systems and their scrapers serve it:
 * <ul>
 * <li>the record's text in one field of each item, labels included: one item per block (DiscussNet's
 * {@code tenant_minutes[].body}) or one item for the whole record ({@code schedules[].minutes[].text}). The field
 * whose values hold the most speaker lines (○議長（…）) is taken, and its values, in document order across every
 * array holding it, are the record's text;</li>
 * <li>one item per turn with the speaker in fields of its own and the text without a label
 * ({@code {speaker, role, body}}): each item's label is written back as the record prints it
 * (○role（speaker君）), so the same label grammar reads it; items without a speaker (headings, lists) stay text.</li>
 * </ul>
 * A record printed as a table ({@link TableLayout}: 日程 | 発言者 | 発言, the speakers without marks) counts its
 * speaker rows as speaker lines.
 */
public final class JsonMinutesText {
    private JsonMinutesText() {
    }

    private static final Pattern SPEAKER_LINE = Pattern.compile("(?m)^(?:<[^>]+>)*[\\s　]*[○〇◯◎◆][^\\s　]{1,30}");
    /** Field names of a turn's text, speaker and title or seat, in order of preference. */
    private static final List<String> TEXT_FIELDS = List.of("body", "text", "speech", "utterance", "content");
    private static final List<String> SPEAKER_FIELDS = List.of("speaker", "speakerName", "speaker_name");
    private static final List<String> ROLE_FIELDS = List.of("role", "speakerPosition", "speaker_position", "position");

    /** The record's text, or empty when no array of items carries speaker lines or speakers. */
    public static Optional<String> find(JsonNode root) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        countLabelled(root, lines);
        String best = null;
        for (Map.Entry<String, Integer> e : lines.entrySet()) {
            if (e.getValue() >= 2 && (best == null || e.getValue() > lines.get(best))) {
                best = e.getKey();
            }
        }
        if (best != null) {
            List<String> parts = new ArrayList<>();
            collect(root, best, parts);
            return Optional.of(String.join("\n", parts));
        }
        List<String> turns = new ArrayList<>();
        int[] labelled = {0};
        turns(root, turns, labelled);
        return labelled[0] >= 2 ? Optional.of(String.join("\n", turns)) : Optional.empty();
    }

    /** Fields that name a meeting in the objects around the text: the sitting (平成25年第1回臨時会) or its name. */
    private static final List<String> NAME_FIELDS = List.of("session", "name", "title", "meetingName", "meeting_name",
            "councilName", "council_name");
    /** A value that names a sitting or a body, not a day (01月28日) or a part of the record (（名簿）). */
    private static final Pattern SITTING = Pattern.compile("定例会|臨時会|会議|委員会|議会|審議会|協議会|本会議");

    /**
     * The meeting's name the JSON gives apart from the text: the first field of the top-level object named like one
     * ({@code session}, {@code name}, {@code title} …) whose value names a sitting or a body
     * ({@code {name: "令和7年第1回臨時会", schedules: [{name: "01月28日", minutes: [{text}]}]}}). Names deeper down
     * name a day or a part of the record (01月28日, （名簿）); a top level without one (a DiscussNet page) gives none.
     */
    public static Optional<String> meetingName(JsonNode root) {
        if (!root.isObject()) {
            return Optional.empty();
        }
        for (String name : NAME_FIELDS) {
            JsonNode v = Nodes.field(root, name);
            if (v != null && v.isTextual() && SITTING.matcher(v.asText()).find() && v.asText().length() <= 60) {
                return Optional.of(v.asText().strip());
            }
        }
        return Optional.empty();
    }

    /** Per field of items in arrays, the speaker lines its values hold. */
    private static void countLabelled(JsonNode node, Map<String, Integer> lines) {
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (item.isObject()) {
                    item.fields().forEachRemaining(e -> {
                        if (e.getValue().isTextual()) {
                            String value = e.getValue().asText();
                            Matcher m = SPEAKER_LINE.matcher(value);
                            // a record printed as a table (日程 | 発言者 | 発言) writes its speakers without marks
                            int n = TableLayout.rows(value);
                            while (m.find()) {
                                // a mark and a word with nothing after it (minute_type "○議長", "◆質問") is the
                                // kind of an item, not a speaker line of the record's text
                                if (!value.substring(m.end()).isBlank()) {
                                    n++;
                                }
                            }
                            if (n > 0) {
                                lines.merge(e.getKey(), n, Integer::sum);
                            }
                        }
                    });
                }
            }
        }
        if (node.isContainerNode()) {
            node.forEach(child -> countLabelled(child, lines));
        }
    }

    /** The non-blank values of a field of items in arrays, in document order. */
    private static void collect(JsonNode node, String field, List<String> parts) {
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode v = item.isObject() ? Nodes.field(item, field) : null;
                if (v != null && v.isTextual() && !v.asText().isBlank()) {
                    parts.add(v.asText());
                }
            }
        }
        if (node.isContainerNode()) {
            node.forEach(child -> collect(child, field, parts));
        }
    }

    /** Items with a text field, as printed lines: with the label written back where the item names a speaker. */
    private static void turns(JsonNode node, List<String> out, int[] labelled) {
        if (node.isArray()) {
            for (JsonNode item : node) {
                String text = item.isObject() ? firstText(item, TEXT_FIELDS) : null;
                if (text == null || text.isBlank()) {
                    continue;
                }
                String speaker = firstText(item, SPEAKER_FIELDS);
                String role = firstText(item, ROLE_FIELDS);
                if (speaker == null && role == null) {
                    out.add(text);
                    continue;
                }
                labelled[0]++;
                String label = role == null ? speaker + "君" : speaker == null ? role : role + "（" + speaker + "君）";
                out.add("○" + label.replaceAll("[\\s　]+", "") + "　" + text.strip());
            }
        }
        if (node.isContainerNode()) {
            node.forEach(child -> turns(child, out, labelled));
        }
    }

    private static String firstText(JsonNode item, List<String> names) {
        for (String name : names) {
            JsonNode v = Nodes.field(item, name);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return v.asText().strip();
            }
        }
        return null;
    }
}
