/** The one JSON mapping of the project: snake_case names, ISO dates; used for ES documents and API answers. */
package jp.meetingsearch.json;
