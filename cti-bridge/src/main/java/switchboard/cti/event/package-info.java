/**
 * Asterisk-Java classes for the UserEvents of Switchboard's dialplan (config/asterisk), registered
 * on every connection; without them Asterisk-Java drops the events silently.
 */
package switchboard.cti.event;
