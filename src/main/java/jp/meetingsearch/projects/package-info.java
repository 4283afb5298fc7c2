/** Project lists (協働事業一覧, one row per project per fiscal year) read from CSV into project documents. */
package jp.meetingsearch.projects;
