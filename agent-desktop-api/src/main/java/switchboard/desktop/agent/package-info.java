/** Agents, their teams, and the skills they have with a proficiency of 1 to 5. */
package switchboard.desktop.agent;
