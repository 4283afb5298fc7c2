/**
 * Reading request parameters, shared by every feature's {@code …Request.from(Params)}: typed values, and the one
 * bad-parameter exception that the HTTP layer answers with 400. A package of its own under http so that the
 * features can use it without depending on the HTTP wiring (which depends on them).
 */
package jp.meetingsearch.http.params;
