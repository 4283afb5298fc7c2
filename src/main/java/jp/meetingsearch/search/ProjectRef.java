package jp.meetingsearch.search;

import java.util.List;

/**
 * A listed project a remark discusses: its id, its name as the latest list gives it, and the words of the remark
 * that named it (the project's name as people say it: サポートセンター for 市民活動サポートセンター運営事業).
 */
public record ProjectRef(String id, String name, List<String> words) {
    public ProjectRef {
        words = words == null ? List.of() : List.copyOf(words);
    }
}
