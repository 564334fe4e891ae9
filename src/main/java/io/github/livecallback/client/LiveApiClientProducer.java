package io.github.livecallback.client;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.github.livecallback.config.VolcConfig;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/**
 * Builds the Live REST client from {@link VolcConfig}, so that the endpoint, its timeouts and the signing filter
 * are configured in one place and the endpoint rule (https, or http on loopback only) applies to what is used.
 */
@ApplicationScoped
public class LiveApiClientProducer {

    /** Built by the first use: the warm-up's, beside the start, or else the first invocation's. */
    @Produces
    @ApplicationScoped
    LiveOpenApi liveOpenApi(VolcConfig config, LiveRequestSigner signer, AttemptWatchdog watchdog) {
        VolcConfig.Live live = config.live();
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(baseUri(live.endpoint()))
                .connectTimeout(live.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(live.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .disableDefaultMapper(true)
                .register(new SigningFilter(signer))
                .register(new AttemptWatchdog.RequestHandOver(watchdog))
                .build(LiveOpenApi.class);
    }

    /** Without a path the client would send {@code POST ?Action=...}, which is not a valid request target. */
    static URI baseUri(URI endpoint) {
        return endpoint.getRawPath() == null || endpoint.getRawPath().isEmpty() ? endpoint.resolve("/") : endpoint;
    }
}
