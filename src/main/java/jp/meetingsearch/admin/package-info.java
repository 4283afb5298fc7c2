/** Operations that change the service's data or configuration, open only to holders of the admin token. */
package jp.meetingsearch.admin;
