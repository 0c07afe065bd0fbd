/**
 * The agent desktop's live channel, {@code /ws/agent}: JSON messages {@code {type, seq, ts, ...}}.
 * Server to agent: {@code screen-pop} (pushed when the agent is reserved, before the phone rings),
 * {@code call-state}, {@code agent-state}, {@code error}. Agent to server: {@code set-state},
 * {@code disposition}, {@code resume{lastSeq}}. Every message to an agent is numbered and kept
 * (the last {@value switchboard.desktop.screenpop.AgentDesks#KEPT} per agent), so a desktop that
 * reconnects and resumes gets what it missed.
 */
package switchboard.desktop.screenpop;
