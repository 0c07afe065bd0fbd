package switchboard.desktop.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

/** An RSA key pair in PEM files, generated once and reused on every later start. */
record SigningKeyFiles(Path privateKey, Path publicKey) {

    private static final int KEY_BITS = 2048;

    /** Where the key pair lives in {@code directory}, whether it exists yet or not. */
    static SigningKeyFiles in(Path directory) {
        return new SigningKeyFiles(directory.resolve("private-key.pem"), directory.resolve("public-key.pem"));
    }

    /** The key pair in {@code directory}, generated first if it is not there. */
    static synchronized SigningKeyFiles ensure(Path directory) {
        SigningKeyFiles files = in(directory);
        if (!Files.exists(files.privateKey()) || !Files.exists(files.publicKey())) {
            files.generate();
        }
        return files;
    }

    private void generate() {
        try {
            Files.createDirectories(privateKey.getParent());
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_BITS);
            KeyPair pair = generator.generateKeyPair();
            write(publicKey, "PUBLIC KEY", pair.getPublic().getEncoded());
            write(privateKey, "PRIVATE KEY", pair.getPrivate().getEncoded());
            restrictToOwner(privateKey);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the JWT signing keys to " + privateKey.getParent(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM cannot generate RSA keys", e);
        }
    }

    private static void write(Path file, String type, byte[] der) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        Files.writeString(file, "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n");
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the directory's own permissions are all there is.
        }
    }
}
