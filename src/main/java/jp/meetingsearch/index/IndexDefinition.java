package jp.meetingsearch.index;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One index as {@code mappings/} defines it: the full create-index body (settings with the shared analysis chain
 * and the user dictionary merged in, and mappings), its schema version and a fingerprint of its analysis.
 */
public record IndexDefinition(IndexName name, int schemaVersion, String analysisFingerprint, ObjectNode body) {
}
