/** Japanese text utilities: 和暦 dates and fiscal years, kanji numerals, width folding and encoding detection. */
package jp.meetingsearch.text;
