/** AMI actions Asterisk has and Asterisk-Java lacks a class for. */
package switchboard.cti.action;
