package jp.meetingsearch.search;

import java.util.List;
import java.util.Map;

/**
 * Keyword-in-context lines over the matching remarks.
 *
 * @param total     matching remarks
 * @param lines     one line per match, remarks in the requested order, matches in text order
 * @param truncated true when there were more lines than {@code size}
 * @param expanded  synonyms applied, as in a search
 */
public record KwicResult(long total, List<KwicLine> lines, boolean truncated, Map<String, List<String>> expanded) {
}
