/**
 * Outbound retention campaigns: target lists from CRM segments, the compliance check before
 * every dial (calling window in the customer's local time, do-not-call, consent, redial lockout
 * after an abandoned call, attempts), the audit trail of every decision, and the dialer that
 * paces calls for the campaign's agents.
 */
package switchboard.desktop.campaign;
