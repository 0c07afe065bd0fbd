/** Do-not-call lists: the internal one, filled by customers' requests, and imported external lists. */
package switchboard.desktop.dnc;
