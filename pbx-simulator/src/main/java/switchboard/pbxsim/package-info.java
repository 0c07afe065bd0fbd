/**
 * A fake Asterisk for tests, demos and load: an AMI server that speaks the wire protocol of
 * Asterisk 22 (AMI 11.0.0) closely enough that Asterisk-Java cannot tell, over a simulated set of
 * channels. See {@link switchboard.pbxsim.ami.AmiServer}.
 */
package switchboard.pbxsim;
