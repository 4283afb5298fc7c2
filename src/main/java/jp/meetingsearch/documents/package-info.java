/**
 * Minutes as their publishers put them out (a saved web page, a PDF, a Word document) turned into the plain text
 * the minutes parsers read, with what the document says about where it came from: its URL and the page each line
 * was printed on.
 */
package jp.meetingsearch.documents;
