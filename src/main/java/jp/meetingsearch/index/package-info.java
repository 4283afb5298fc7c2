/** Index definitions (from {@code mappings/}), versioned index names behind aliases, and their bootstrap. */
package jp.meetingsearch.index;
