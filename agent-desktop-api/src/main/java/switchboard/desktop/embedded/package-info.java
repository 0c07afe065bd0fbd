/**
 * Decides, before anything connects, whether Switchboard runs on its embedded defaults or in
 * production.
 *
 * <p>With no database configured ({@code SWB_DB_URL} or {@code QUARKUS_DATASOURCE_JDBC_URL}),
 * {@link switchboard.desktop.embedded.EmbeddedDefaultsConfigSourceFactory} starts a real
 * PostgreSQL from zonky's binaries on loopback, keeps its data under the state directory so it
 * survives a restart, and publishes its URL as the datasource. The JWT signing key pair is
 * generated into the same state directory unless a key is configured. Both happen in a
 * {@code ConfigSourceFactory} because the datasource, Flyway and SmallRye JWT read their
 * configuration before any CDI bean exists.
 */
package switchboard.desktop.embedded;
