package io.github.livecallback.client;

import java.net.URI;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.github.livecallback.api.Envelopes;
import io.github.livecallback.config.LiveApiSettings;
import io.github.livecallback.config.VolcConfig;
import io.github.livecallback.signing.VolcSigner;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/**
 * Builds the Live REST client from {@link VolcConfig}, so that the endpoint, its timeouts and the signing filter
 * are configured in one place and the endpoint rule (https, or http on loopback only) applies to what is used.
 */
@ApplicationScoped
public class LiveApiClientProducer {

    @Produces
    @ApplicationScoped
    LiveOpenApi liveOpenApi(LiveApiSettings settings) {
        VolcConfig.Live live = settings.config().live();
        CredentialsSource credentials = () -> settings.credentials()
                .orElseThrow(() -> new FunctionMisconfigured(settings.problems()));
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(withRootPath(live.endpoint()))
                .connectTimeout(live.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(live.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .disableDefaultMapper(true)
                .register(new SigningFilter(new VolcSigner(settings.config().region(), Envelopes.SERVICE), credentials,
                        Clock.systemUTC()))
                .build(LiveOpenApi.class);
    }

    /** Without a path the client would send {@code POST ?Action=...}, which is not a valid request target. */
    static URI withRootPath(URI endpoint) {
        return endpoint.getRawPath() == null || endpoint.getRawPath().isEmpty() ? endpoint.resolve("/") : endpoint;
    }
}
