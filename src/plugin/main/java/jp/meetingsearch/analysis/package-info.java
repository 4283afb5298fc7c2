/** Elasticsearch analysis plugin on the stable plugin API: Lucene's Kuromoji plus CJK width and bigram filters. */
package jp.meetingsearch.analysis;
