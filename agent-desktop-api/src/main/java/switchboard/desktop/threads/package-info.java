/**
 * The application's threads: every executor and thread of {@code agent-desktop-api} is made by
 * {@link switchboard.desktop.threads.Threads}, so each is named for its job and none keeps the
 * JVM from stopping.
 */
package switchboard.desktop.threads;
