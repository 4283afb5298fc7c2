/** Test support: the one Elasticsearch node of a test run, and per-test datasets on it. */
package jp.meetingsearch.testsupport;
