/**
 * Fidelity of the minutes parsers on records with per-turn expectations ({@code *.turns.tsv}): turns aligned to
 * their expectations, counted right, wrong, missed, extra and silently merged, per record, family and overall.
 */
package jp.meetingsearch.fidelity;
