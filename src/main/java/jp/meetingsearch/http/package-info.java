/** The HTTP API on Javalin: routes, parameter checks, error answers; handlers only translate HTTP to services. */
package jp.meetingsearch.http;
