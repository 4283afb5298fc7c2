/** The service's configuration, read once from the environment and validated at start. */
package jp.meetingsearch.config;
