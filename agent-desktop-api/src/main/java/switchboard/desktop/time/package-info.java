/** The application's clock, injected wherever time is read. */
package switchboard.desktop.time;
