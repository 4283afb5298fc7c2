/** Seeded synthetic meeting minutes in the published formats, for benchmarks and loader tests. */
package jp.meetingsearch.corpus;
