package io.github.livecallback.function;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.TrustManagerFactory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.livecallback.api.CallbackScope;
import io.github.livecallback.api.Envelopes;
import io.github.livecallback.api.LiveResponse;
import io.github.livecallback.client.LiveApiGateway;
import io.github.livecallback.client.LiveOpenApi;
import io.github.livecallback.config.FunctionConfig;
import io.github.livecallback.config.VolcConfig;
import io.github.livecallback.telemetry.Tracing;
import io.quarkus.arc.ClientProxy;
import io.quarkus.runtime.StartupEvent;

/**
 * Does, beside the end of the start, the part of a first invocation that depends on no invocation, so that the
 * invocation which made the platform start this instance does not wait for it: reading and checking a change of each
 * action, serializing and signing the upstream request (not sent), building the REST client, reading an upstream
 * answer and writing the reply, the random source of correlation ids, the trust store of an https endpoint and, when
 * spans are exported, the tracer. In a native executable each of these is a first use (reflection metadata,
 * serializers, providers) worth some milliseconds. Nothing is sent, stored or counted, the warm-up's own lines are
 * DEBUG (the tracer announces its export at INFO, as it would with the first invocation), and the cold-start mark
 * stays for the first real invocation. Only where the instance has a processor to spare ({@link #worthwhile}): on a
 * single one, it would be done before the first invocation instead of during it, which gains nothing.
 */
@ApplicationScoped
public class FirstCallWarmUp {

    private static final Logger LOG = Logger.getLogger(FirstCallWarmUp.class);
    /** A change as most invocations ask for one; its fields are the ones every action binds and checks. */
    private static final String CHANGE = """
            {"Vhost":"warm-up.example.com","App":"live","MessageType":"push","CallbackDetailList":
            [{"CallbackType":"http","URL":"https://warm-up.example.com/callback"}]}""";
    /** The API's answer to a change. */
    private static final String ANSWER = """
            {"ResponseMetadata":{"RequestId":"warm-up","Action":"UpdateCallback","Version":"2023-01-01",
            "Service":"live","Region":"cn-north-1"},"Result":{}}""";

    private final ObjectMapper mapper;
    private final LiveApiGateway gateway;
    private final LiveOpenApi client;
    private final Envelopes envelopes;
    private final Tracing tracing;
    private final boolean httpsEndpoint;
    private final CompletableFuture<Boolean> done = new CompletableFuture<>();

    public FirstCallWarmUp(ObjectMapper mapper, LiveApiGateway gateway, LiveOpenApi client, Envelopes envelopes,
            Tracing tracing, VolcConfig volc) {
        this.mapper = mapper;
        this.gateway = gateway;
        this.client = client;
        this.envelopes = envelopes;
        this.tracing = tracing;
        this.httpsEndpoint = "https".equalsIgnoreCase(volc.live().endpoint().getScheme());
    }

    /** Whether a warm-up beside the start can shorten the first invocation. */
    static boolean worthwhile(boolean enabled, int processors) {
        return enabled && processors > 1;
    }

    void start(@Observes StartupEvent started, FunctionConfig config) {
        if (worthwhile(config.warmUp(), Runtime.getRuntime().availableProcessors())) {
            Thread warmUp = new Thread(this::warmUp, "first-call-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
        } else {
            done.complete(false);
        }
    }

    /** Completes when the warm-up has ended, or at once when there is none: {@code true} when all of it ran. */
    public CompletableFuture<Boolean> done() {
        return done;
    }

    private void warmUp() {
        long started = System.nanoTime();
        boolean complete = false;
        try {
            tracing.tracer();
            UUID.randomUUID();
            JsonNode change = mapper.readTree(CHANGE);
            CallbackScope update = LiveAction.UPDATE_CALLBACK.bind(change).request();
            LiveAction.DELETE_CALLBACK.bind(change);
            LiveAction.DESCRIBE_CALLBACK.bind(change);
            LiveResponse answer = mapper.readValue(ANSWER, LiveResponse.class);
            mapper.writeValueAsBytes(envelopes.success(null, LiveAction.UPDATE_CALLBACK.apiName(), answer.result()));
            if (httpsEndpoint) {
                TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm()).init((KeyStore) null);
            }
            gateway.prepare(LiveAction.UPDATE_CALLBACK.apiName(), update);
            // An injected client is a proxy that builds nothing until used; unwrapping it builds it, sending nothing.
            ClientProxy.unwrap(client);
            LOG.debugf("First invocation's path warmed up in %d ms",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            complete = true;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            // Missing credentials, say: the first invocation meets the same failure and reports it.
            LOG.debugf("First invocation's path not warmed up: %s", e);
        } finally {
            done.complete(complete);
        }
    }
}
