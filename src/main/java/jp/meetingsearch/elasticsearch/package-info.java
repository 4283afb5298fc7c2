/** Elasticsearch: the one client per process, and the project's own local node when no cluster is given. */
package jp.meetingsearch.elasticsearch;
