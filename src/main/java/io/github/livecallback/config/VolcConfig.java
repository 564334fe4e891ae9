package io.github.livecallback.config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * Credentials and endpoint of the Volcengine Live OpenAPI. Each property is also read from the environment
 * variable in its javadoc, the names Volcengine's own SDKs and tools use.
 */
@ConfigMapping(prefix = "volc")
public interface VolcConfig {

    /** Access key id ({@code VOLC_ACCESSKEY}). Required. */
    Optional<String> accesskey();

    /** Secret access key ({@code VOLC_SECRETKEY}). Required; never logged or returned. */
    Optional<String> secretkey();

    /** Session token of temporary STS credentials ({@code VOLC_SESSION_TOKEN}); sent as X-Security-Token. */
    @WithName("session-token")
    Optional<String> sessionToken();

    /** Region that requests are signed for ({@code VOLC_REGION}). */
    @WithDefault("cn-north-1")
    String region();

    /** The Live service. */
    Live live();

    interface Live {

        /**
         * Base URL of the Live OpenAPI ({@code VOLC_LIVE_ENDPOINT}). Must be https, except for a loopback host
         * (a local emulator or capture server).
         */
        @WithDefault("https://live.volcengineapi.com")
        URI endpoint();

        /** API version sent with every action. */
        @WithDefault("2023-01-01")
        String version();

        /** Time allowed to open a connection to the endpoint, per attempt. */
        @WithName("connect-timeout")
        @WithDefault("2s")
        Duration connectTimeout();

        /** Time allowed for the answer to one attempt, once connected. */
        @WithName("read-timeout")
        @WithDefault("5s")
        Duration readTimeout();

        /** The account's request quota, shared by every action. */
        Quota quota();

        /**
         * Show {@code AuthKeyPrimary} in DescribeCallback results as the API returns it. By default it is masked,
         * keeping only its last four characters, so that the key does not spread to event logs and dead letters.
         */
        @WithName("reveal-auth-key")
        @WithDefault("false")
        boolean revealAuthKey();
    }

    interface Quota {

        /** Most requests the Live OpenAPI accepts from the account per window: 10 per second, as documented. */
        @WithDefault("10")
        int requests();

        /** The window of the quota. */
        @WithDefault("1s")
        Duration window();
    }
}
