package switchboard.desktop.embedded;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;

/**
 * Supplies the datasource and the JWT keys: from {@code SWB_*} variables in production, or from
 * the embedded PostgreSQL and generated keys when nothing is configured.
 *
 * <p>Its source ranks below environment variables and system properties, so a standard Quarkus
 * variable always wins, and above {@code application.properties}.
 */
public final class EmbeddedDefaultsConfigSourceFactory implements ConfigSourceFactory {

    static final String EMBEDDED = "swb.embedded";
    private static final String BUILD_TIME_READER = "io.quarkus.deployment.configuration.BuildTimeConfigurationReader";
    private static final int ORDINAL = 260;
    private static final Logger LOG = Logger.getLogger(EmbeddedDefaultsConfigSourceFactory.class);

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Map<String, String> values = new HashMap<>();
        Path stateDir = Path.of(value(context, "swb.state-dir").orElse(".switchboard")).toAbsolutePath();
        boolean buildTime = isBuildTime();
        boolean embedded = !buildTime && configureDatasource(context, stateDir, values);
        values.put(EMBEDDED, Boolean.toString(embedded));
        if (!buildTime || !context.getProfiles().contains("prod")) {
            configureSigningKeys(context, stateDir, embedded, buildTime, values);
        }
        return List.of(source(values));
    }

    /**
     * Quarkus also discovers config sources while it builds the application; a database started
     * then would serve nobody and could collide with a running instance on the same data.
     */
    private static boolean isBuildTime() {
        return StackWalker.getInstance().walk(frames -> frames
                .anyMatch(frame -> frame.getClassName().equals(BUILD_TIME_READER)));
    }

    private static ConfigSource source(Map<String, String> values) {
        return new MapBackedConfigSource("switchboard-defaults", values, ORDINAL) {
        };
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    private static boolean configureDatasource(ConfigSourceContext context, Path stateDir, Map<String, String> values) {
        if (value(context, "quarkus.datasource.jdbc.url").isPresent()) {
            return false;
        }
        Optional<String> url = value(context, "swb.db.url");
        if (url.isPresent()) {
            values.put("quarkus.datasource.jdbc.url", url.get());
            value(context, "swb.db.user").ifPresent(v -> values.put("quarkus.datasource.username", v));
            value(context, "swb.db.password").ifPresent(v -> values.put("quarkus.datasource.password", v));
            return false;
        }
        EmbeddedDatabase database = EmbeddedDatabase.start(new EmbeddedDatabase.Settings(
                stateDir.resolve("pgdata"),
                value(context, "swb.embedded-db.port").map(Integer::parseInt).orElse(0),
                value(context, "swb.embedded-db.reset").map(Boolean::parseBoolean).orElse(false),
                stateDir.resolve("journal")));
        values.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
        values.put("quarkus.datasource.username", EmbeddedDatabase.USER);
        values.put("quarkus.datasource.password", EmbeddedDatabase.PASSWORD);
        return true;
    }

    /**
     * Publishes the key locations at runtime, and also while building for tests and dev mode
     * (without writing keys then), because SmallRye JWT otherwise installs an in-memory key pair
     * in those modes. Never while building for production: Quarkus would bake the build machine's
     * paths into the application as defaults.
     */
    private static void configureSigningKeys(ConfigSourceContext context, Path stateDir, boolean embedded,
            boolean buildTime, Map<String, String> values) {
        Optional<String> privateKey = value(context, "smallrye.jwt.sign.key.location")
                .or(() -> value(context, "swb.jwt.private-key"));
        Optional<String> publicKey = value(context, "mp.jwt.verify.publickey.location")
                .or(() -> value(context, "swb.jwt.public-key"));
        if (privateKey.isPresent() != publicKey.isPresent()) {
            throw new IllegalStateException("Configure both SWB_JWT_PRIVATE_KEY and SWB_JWT_PUBLIC_KEY, or neither");
        }
        if (privateKey.isEmpty()) {
            if (!embedded && !buildTime) {
                LOG.warn("No JWT signing key configured (SWB_JWT_PRIVATE_KEY / SWB_JWT_PUBLIC_KEY): using a key pair "
                        + "generated under " + stateDir + "; tokens are then valid on this node only");
            }
            Path directory = stateDir.resolve("jwt");
            SigningKeyFiles keys = buildTime ? SigningKeyFiles.in(directory) : SigningKeyFiles.ensure(directory);
            privateKey = Optional.of(keys.privateKey().toString());
            publicKey = Optional.of(keys.publicKey().toString());
        }
        values.put("smallrye.jwt.sign.key.location", privateKey.get());
        values.put("mp.jwt.verify.publickey.location", publicKey.get());
    }

    private static Optional<String> value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank()
                ? Optional.empty()
                : Optional.of(value.getValue());
    }
}
