/** Builds the vendored thesaurus (mappings/thesaurus) from SudachiDict's synonym dictionary. */
package jp.meetingsearch.thesaurus;
