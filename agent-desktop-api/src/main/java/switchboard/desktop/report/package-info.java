/**
 * Interval reports: per 15 minutes, per queue and per customer tier, offered, answered,
 * abandoned, service level, ASA and AHT from the interactions, and occupancy from the agents'
 * recorded state changes; as JSON or CSV.
 */
package switchboard.desktop.report;
