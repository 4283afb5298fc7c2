/** Health of the service: the cluster's status and the document count behind each alias. */
package jp.meetingsearch.health;
