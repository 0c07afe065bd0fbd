/**
 * The simulated telephony: channels with Uniqueid and Linkedid assigned as Asterisk assigns them
 * ({@code <epoch>.<counter>}, a Local pair {@code ;1}/{@code ;2} sharing the {@code ;1}'s
 * Linkedid), a small dialplan interpreter (Answer, Wait, Set, Goto/GotoIf, Dial of devices and
 * Local channels, Queue with ringall, AGI, AMD, ChanSpy, MusicOnHold, UserEvent, Hangup),
 * app_queue's queues and members, and the AMI events each change produces, in Asterisk 22's
 * order and with its header block, as a recorded Asterisk session shows them. Every change runs
 * on one thread, the PBX's executor, so every AMI client sees the events in one order.
 */
package switchboard.pbxsim.pbx;
