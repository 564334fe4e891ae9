package io.github.livecallback.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import io.github.livecallback.emulator.EmulatorAccount;
import io.github.livecallback.emulator.EmulatorProfile;
import io.github.livecallback.emulator.LiveApiEmulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts the Live API emulator on a free loopback port and points the function at it. The init argument
 * {@code credentials} chooses what the function signs with: {@code demo} (default), {@code sts},
 * {@code suspended}, {@code wrong-secret}, {@code unknown-key} or {@code none}; {@code endpoint} gives the function
 * another endpoint than the emulator's; {@code edition} {@code byteplus} starts the emulator as BytePlus MediaLive
 * ({@link EmulatorProfile#BYTEPLUS}) and tells the function so with {@code volc.live.edition=byteplus}.
 */
public class EmulatorResource implements QuarkusTestResourceLifecycleManager {

    public static final String CREDENTIALS = "credentials";
    /** Init argument: the endpoint the function is given instead of the emulator's. */
    public static final String ENDPOINT = "endpoint";
    /** Init argument: {@code volcengine} (default) or {@code byteplus}, the edition the emulator plays. */
    public static final String EDITION = "edition";
    /** Where the tests find the emulator, whatever endpoint the function was given. */
    public static final String URL_PROPERTY = "test.emulator.url";

    /** The demo account's access key with another secret: the emulator answers SignatureDoesNotMatch. */
    public static final EmulatorAccount WRONG_SECRET = new EmulatorAccount(EmulatorAccount.DEMO.accessKeyId(),
            "bm90LXRoZS1yaWdodC1zZWNyZXQ=", null, true);
    /** An access key the emulator does not know: it answers InvalidAccessKey. */
    public static final EmulatorAccount UNKNOWN_KEY = new EmulatorAccount("AKLTdW5rbm93bi1hY2Nlc3Mta2V5",
            EmulatorAccount.DEMO.secretKey(), null, true);

    private LiveApiEmulator emulator;
    private String credentials = "demo";
    private String endpoint;
    private String edition = "volcengine";

    @Override
    public void init(Map<String, String> initArgs) {
        credentials = initArgs.getOrDefault(CREDENTIALS, "demo");
        endpoint = initArgs.get(ENDPOINT);
        edition = initArgs.getOrDefault(EDITION, "volcengine");
    }

    @Override
    public Map<String, String> start() {
        try {
            emulator = LiveApiEmulator.start(0, EmulatorAccount.demoAccounts(), profile(edition));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> config = new HashMap<>();
        config.put(URL_PROPERTY, emulator.endpoint().toString());
        // Integration tests run the function in another process; their own configuration does not see ours.
        System.setProperty(URL_PROPERTY, emulator.endpoint().toString());
        config.put("volc.live.endpoint", endpoint != null ? endpoint : emulator.endpoint().toString());
        if (emulator.profile() == EmulatorProfile.BYTEPLUS) {
            config.put("volc.live.edition", "byteplus");
        }
        switch (credentials) {
            case "demo" -> signWith(config, EmulatorAccount.DEMO);
            case "sts" -> signWith(config, EmulatorAccount.STS);
            case "suspended" -> signWith(config, EmulatorAccount.SUSPENDED);
            case "wrong-secret" -> signWith(config, WRONG_SECRET);
            case "unknown-key" -> signWith(config, UNKNOWN_KEY);
            case "none" -> {
                config.put("volc.accesskey", "");
                config.put("volc.secretkey", "");
            }
            default -> throw new IllegalArgumentException("unknown credentials " + credentials);
        }
        return config;
    }

    private static EmulatorProfile profile(String edition) {
        return switch (edition) {
            case "volcengine" -> EmulatorProfile.VOLCENGINE;
            case "byteplus" -> EmulatorProfile.BYTEPLUS;
            default -> throw new IllegalArgumentException("unknown edition " + edition);
        };
    }

    private static void signWith(Map<String, String> config, EmulatorAccount account) {
        config.put("volc.accesskey", account.accessKeyId());
        config.put("volc.secretkey", account.secretKey());
        if (account.sessionToken() != null) {
            config.put("volc.session-token", account.sessionToken());
        }
    }

    @Override
    public void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }
}
