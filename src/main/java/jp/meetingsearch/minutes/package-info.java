/** Parsing of meeting minutes (会議概要 summaries and ○-marker 会議録 transcripts) into meetings and remarks. */
package jp.meetingsearch.minutes;
