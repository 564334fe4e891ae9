package io.github.livecallback.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How the function is invoked: inbound authentication, credentials from the platform, CloudEvent types and
 * batches. Environment variables: the property name in upper case with {@code _} for {@code .} and {@code -},
 * e.g. {@code LIVE_CALLBACK_INBOUND_TOKEN}.
 */
@ConfigMapping(prefix = "live-callback")
public interface FunctionConfig {

    /**
     * Bearer token every caller must send ({@code Authorization: Bearer <token>}), except on {@code /v1/ping}. Unset:
     * the function does not authenticate callers and warns at start in production.
     */
    Optional<String> inboundToken();

    /**
     * Sign with the temporary credentials veFaaS passes per invocation ({@code X-Faas-Access-Key-Id},
     * {@code X-Faas-Secret-Access-Key}, {@code X-Faas-Session-Token}) when the function has a role, falling back to
     * {@code VOLC_ACCESSKEY}/{@code VOLC_SECRETKEY} when an invocation carries none.
     */
    @WithDefault("false")
    boolean roleCredentials();

    /**
     * Longest time one invocation may take, rate-limit waits and retries included. What could not be sent by then
     * is answered with a retriable 503.
     */
    @WithDefault("25s")
    Duration deadline();

    /**
     * The platform's function timeout: veFaaS sets {@code _FAAS_FUNC_TIMEOUT} (seconds). When set, the deadline ends
     * {@code deadline-margin} before it, if that is sooner.
     */
    Optional<Duration> platformTimeout();

    /** Time kept in hand before the platform's timeout, for the last attempt's answer and the response. */
    @WithDefault("3s")
    Duration deadlineMargin();

    /** The deadline an invocation gets. */
    default Duration effectiveDeadline() {
        return platformTimeout().map(timeout -> timeout.minus(deadlineMargin()))
                .filter(fromPlatform -> fromPlatform.compareTo(deadline()) < 0)
                .map(fromPlatform -> fromPlatform.isNegative() ? Duration.ZERO : fromPlatform)
                .orElse(deadline());
    }

    /**
     * Show the real signature in dry-run answers. Off by default: a signed request is a credential for 15 minutes
     * (replayed, it does what it says), and anyone who may invoke the function may ask for a dry run. Turn it on
     * only to debug signing against your own account.
     */
    @WithDefault("false")
    boolean dryRunRevealsSignature();

    /**
     * Warm up the first invocation's path beside the start (JSON binding, serialization, signing, the trust store,
     * the tracer), so that the invocation that made the platform start the instance waits less. Done only when the
     * instance has more than one processor; nothing is sent (io.github.livecallback.function.FirstCallWarmUp).
     */
    @WithDefault("true")
    boolean warmUp();

    /** Most changes one batch may carry. */
    @WithDefault("100")
    int batchMaxItems();

    /**
     * The console log's format. {@code text} (the default, and what dev mode and the tests use): Quarkus' pattern,
     * with the invocation log's {@code name=value} fields as the message. {@code json}: every console line is one
     * JSON object, with {@code timestamp} (ISO-8601, UTC), {@code level}, {@code logger}, {@code thread},
     * {@code message}, the MDC's entries ({@code correlationId} while an invocation is handled) and
     * {@code exception} (stack trace included, as one string); an invocation log line adds its fields as JSON
     * fields of their own type, see docs/operating.md. veFaaS's {@code run.sh} and the Knative Service set
     * {@code LIVE_CALLBACK_LOG_FORMAT=json}. Written by {@code io.github.livecallback.logging.ConsoleLogFormat}; the
     * console pattern follows this setting (application.properties).
     */
    @WithDefault("text")
    LogFormat logFormat();

    /** The console log's formats. */
    enum LogFormat {
        TEXT,
        JSON
    }

    /** CloudEvent types, per action, that this function accepts. */
    EventTypes eventTypes();

    interface EventTypes {

        /** Types of events that ask for UpdateCallback. */
        @WithDefault("live.callback.update")
        List<String> updateCallback();

        /** Types of events that ask for DeleteCallback. */
        @WithDefault("live.callback.delete")
        List<String> deleteCallback();

        /** Types of events that ask for DescribeCallback. */
        @WithDefault("live.callback.describe")
        List<String> describeCallback();

        /** Types of events whose data is a batch of changes ({@code {"Changes": [...]}}). */
        @WithDefault("live.callback.batch")
        List<String> batch();
    }
}
