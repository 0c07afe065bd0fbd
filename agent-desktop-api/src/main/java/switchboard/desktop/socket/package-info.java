/** What every WebSocket message of the application shares: its envelope. */
package switchboard.desktop.socket;
