/** Writing documents to Elasticsearch: bulk requests checked item by item, retries, and removal of stale documents. */
package jp.meetingsearch.ingest;
