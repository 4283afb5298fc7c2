/**
 * Speech records: minutes published as data, one item per speech (the NDL Kokkai API's JSON, the committee and
 * PoliInfo exports, any other JSON or CSV table of speeches read through a field mapping), read into meetings
 * and their speeches as the record gives them, before roles are resolved.
 */
package jp.meetingsearch.speeches;
