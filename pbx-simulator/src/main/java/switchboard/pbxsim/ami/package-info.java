/**
 * The AMI wire protocol: CRLF-framed {@code Key: Value} messages ended by a blank line, the
 * {@code Asterisk Call Manager/11.0.0} banner, Challenge/MD5 and plain login, ActionID echoed
 * verbatim, list actions with {@code EventList}, and Asterisk's own error messages.
 */
package switchboard.pbxsim.ami;
