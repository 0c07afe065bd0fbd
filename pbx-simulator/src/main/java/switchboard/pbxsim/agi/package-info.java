/**
 * The Asterisk side of FastAGI: a simulated channel connects to an {@code agi://} server, sends
 * its {@code agi_*} environment, and answers the script's commands as Asterisk would, with the
 * caller's key presses taken from a script ({@link switchboard.pbxsim.agi.CallerKeys}).
 */
package switchboard.pbxsim.agi;
