/** Benchmark programs: they print figures (never timed tests); see the README's performance section. */
package jp.meetingsearch.bench;
