package io.github.livecallback.testing;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A certificate for 127.0.0.1, made by the JDK's keytool for one test run: the key store the emulator serves it
 * from, and a trust store that holds only that certificate, for the function. Nothing else trusts it.
 */
public record TlsMaterial(Path keyStore, Path trustStore, String password) {

    private static final String ALIAS = "live-api-emulator";

    public static TlsMaterial create(Path directory) throws Exception {
        TlsMaterial material = new TlsMaterial(directory.resolve("emulator.p12"), directory.resolve("trust.p12"),
                "emulator-test-only");
        Path certificate = directory.resolve("emulator.pem");
        material.keytool("-genkeypair", "-alias", ALIAS, "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", material.keyStore.toString(), "-storepass", material.password);
        material.keytool("-exportcert", "-rfc", "-alias", ALIAS, "-keystore", material.keyStore.toString(),
                "-storepass", material.password, "-file", certificate.toString());
        material.keytool("-importcert", "-noprompt", "-alias", ALIAS, "-file", certificate.toString(), "-storetype",
                "PKCS12", "-keystore", material.trustStore.toString(), "-storepass", material.password);
        return material;
    }

    /** What the emulator needs to present the certificate. */
    public SSLContext serverContext() throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            keys.load(in, password.toCharArray());
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, password.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(managers.getKeyManagers(), null, null);
        return context;
    }

    /** The JDK system properties that make a JVM, or a native executable, trust the certificate. */
    public List<String> trustProperties() {
        return List.of("-Djavax.net.ssl.trustStore=" + trustStore, "-Djavax.net.ssl.trustStorePassword=" + password,
                "-Djavax.net.ssl.trustStoreType=PKCS12");
    }

    private void keytool(String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("keytool " + arguments[0] + " failed: " + output);
        }
    }
}
