/** The command-line loaders: minutes files and project lists into the indices, with progress and a summary. */
package jp.meetingsearch.loaders;
