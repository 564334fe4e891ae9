package io.github.livecallback.config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
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
    Optional<String> sessionToken();

    /** Region that requests are signed for ({@code VOLC_REGION}); default: the edition's. */
    @WithName("region")
    Optional<String> regionOverride();

    /** The region requests are signed for and answers name. */
    default String region() {
        return regionOverride().orElse(live().edition().region());
    }

    /** The Live service. */
    Live live();

    interface Live {

        /**
         * Which edition of the API to call ({@code VOLC_LIVE_EDITION}): {@code volcengine} or {@code byteplus}
         * (BytePlus MediaLive). It sets the defaults of the endpoint, region, signing service and quota.
         */
        @WithDefault("volcengine")
        Edition edition();

        /**
         * Base URL of the Live OpenAPI ({@code VOLC_LIVE_ENDPOINT}); default: the edition's. Must be https, except
         * for a loopback host (a local emulator or capture server).
         */
        @WithName("endpoint")
        Optional<URI> endpointOverride();

        /** The base URL requests go to. */
        default URI endpoint() {
            return endpointOverride().orElse(edition().endpoint());
        }

        /** Service name in the signature's credential scope ({@code VOLC_LIVE_SERVICE}); default: the edition's. */
        @WithName("service")
        Optional<String> serviceOverride();

        /** The service requests are signed for and answers name. */
        default String service() {
            return serviceOverride().orElse(edition().service());
        }

        /** API version sent with every action. */
        @WithDefault("2023-01-01")
        String version();

        /** Time allowed to open a connection to the endpoint, per attempt. */
        @WithDefault("2s")
        Duration connectTimeout();

        /** Time allowed for the answer to one attempt, once connected. */
        @WithDefault("5s")
        Duration readTimeout();

        /**
         * Longest answer read from the API; a longer one fails the attempt unread. The API's answers are a few KB.
         */
        @WithDefault("1M")
        MemorySize maxAnswerSize();

        /** The account's request quota, shared by every action. */
        Quota quota();

        /** Most requests per quota window: the configured number, else the edition's. */
        default int quotaRequests() {
            return quota().requestsOverride().orElse(edition().requestsPerSecond());
        }

        /**
         * Show {@code AuthKeyPrimary} in DescribeCallback results as the API returns it. By default it is masked,
         * keeping only its last four characters, so that the key does not spread to event logs and dead letters.
         */
        @WithDefault("false")
        boolean revealAuthKey();
    }

    interface Quota {

        /**
         * Most requests the Live OpenAPI accepts from the account per window ({@code VOLC_LIVE_QUOTA_REQUESTS});
         * default: the edition's documented limit, 10 per second (BytePlus: 1).
         */
        @WithName("requests")
        Optional<Integer> requestsOverride();

        /** The window of the quota. */
        @WithDefault("1s")
        Duration window();
    }
}
