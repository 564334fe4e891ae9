package io.github.livecallback.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.github.livecallback.api.ErrorCodes;
import io.github.livecallback.config.FunctionConfig;
import io.github.livecallback.signing.Digests;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.vertx.ext.web.RoutingContext;

/**
 * When {@code live-callback.inbound-token} is set, every invocation must carry {@code Authorization: Bearer
 * <token>}. The comparison takes the same time whatever the token sent, so timing tells an attacker nothing. A token
 * that is set but blank, or holds whitespace or control characters, fails closed: it is a mistake, and reading it as
 * "no authentication" would open the function to anyone.
 */
@ApplicationScoped
public class InboundAuthentication {

    private static final Logger LOG = Logger.getLogger(InboundAuthentication.class);
    private static final String BEARER = "bearer ";

    private final Optional<byte[]> expectedDigest;
    private final Optional<String> tokenProblem;

    public InboundAuthentication(FunctionConfig config) {
        this.tokenProblem = config.inboundToken().flatMap(InboundAuthentication::problem);
        this.expectedDigest = config.inboundToken().filter(token -> tokenProblem.isEmpty()).map(String::trim)
                .map(InboundAuthentication::digest);
    }

    static Optional<String> problem(String token) {
        String trimmed = token.trim();
        if (trimmed.isEmpty()) {
            return Optional.of("LIVE_CALLBACK_INBOUND_TOKEN is set but blank; set a token, or unset it to accept "
                    + "invocations without one");
        }
        if (trimmed.chars().anyMatch(c -> c <= ' ' || c >= 0x7f)) {
            return Optional.of("LIVE_CALLBACK_INBOUND_TOKEN contains whitespace or characters that are not printable "
                    + "ASCII, which no Authorization header can carry");
        }
        return Optional.empty();
    }

    /** Why the configured token cannot be used, if it cannot: every invocation is refused meanwhile. */
    Optional<String> tokenProblem() {
        return tokenProblem;
    }

    void warnWhenOpen(@Observes StartupEvent event) {
        if (tokenProblem.isPresent()) {
            LOG.errorf("The function refuses every invocation until its configuration is fixed: %s",
                    tokenProblem.get());
        } else if (expectedDigest.isEmpty() && LaunchMode.current() == LaunchMode.NORMAL) {
            LOG.warn("No LIVE_CALLBACK_INBOUND_TOKEN is set: anyone who can reach this function can change the "
                    + "account's callback configuration. Set a token, or make sure the platform authenticates callers.");
        }
    }

    void check(RoutingContext context) {
        if (tokenProblem.isPresent()) {
            context.fail(new RequestRefused(500, ErrorCodes.FUNCTION_MISCONFIGURED,
                    "The function is not configured to accept invocations: " + tokenProblem.get()));
            return;
        }
        if (expectedDigest.isEmpty()) {
            context.next();
            return;
        }
        String authorization = context.request().getHeader("Authorization");
        if (authorization == null || authorization.isBlank()) {
            refuse(context, ErrorCodes.MISSING_AUTHENTICATION_TOKEN,
                    "Authorization: Bearer <token> is required to invoke this function");
        } else if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || !MessageDigest.isEqual(expectedDigest.get(),
                        digest(authorization.substring(BEARER.length()).trim()))) {
            refuse(context, ErrorCodes.INVALID_AUTHENTICATION_TOKEN,
                    "The bearer token in Authorization is not the one this function expects");
        } else {
            context.next();
        }
    }

    private static void refuse(RoutingContext context, String code, String message) {
        context.response().putHeader("WWW-Authenticate", "Bearer");
        context.fail(new RequestRefused(401, code, message));
    }

    /** Digests have one length, so comparing them leaks neither the token nor its length. */
    private static byte[] digest(String token) {
        return Digests.sha256Hex(token).getBytes(StandardCharsets.US_ASCII);
    }
}
