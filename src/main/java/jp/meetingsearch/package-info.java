/** Search and analytics over Japanese meeting minutes and project lists: entry point and process wiring. */
package jp.meetingsearch;
