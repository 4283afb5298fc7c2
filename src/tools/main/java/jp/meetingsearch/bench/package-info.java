/** Benchmark programs: they print figures (never timed tests); see docs/performance.md. */
package jp.meetingsearch.bench;
