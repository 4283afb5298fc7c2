package jp.meetingsearch.search;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** One remark (its fields at the top level, as in a search hit) with the remarks around it in its meeting. */
public record RemarkInContext(
        @JsonUnwrapped RemarkHit remark,
        List<RemarkHit> contextBefore,
        List<RemarkHit> contextAfter) {
}
