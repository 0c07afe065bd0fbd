/**
 * Hosts the IVR ({@code ivr-scripts}) on a FastAGI server and answers its questions from the
 * CRM: a caller by number (normalised to E.164) or account number, the identity code (the last
 * four digits of one of the customer's account numbers), and the balance (the monthly charge of
 * the active accounts).
 */
package switchboard.desktop.ivr;
