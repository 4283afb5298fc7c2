/** Tests of the web pages in {@code dashboards/} (in a real browser) and of the Kibana saved objects. */
package jp.meetingsearch.dashboards;
