/** The theme taxonomy: a user-editable file of boolean word rules that become Elasticsearch queries at request time. */
package jp.meetingsearch.themes;
