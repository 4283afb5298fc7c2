/** Finding remarks and meetings: the request model, query building, synonyms, search, KWIC and export services. */
package jp.meetingsearch.search;
