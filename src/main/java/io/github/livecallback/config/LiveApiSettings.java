package io.github.livecallback.config;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.github.livecallback.signing.Credentials;
import io.quarkus.runtime.StartupEvent;

/**
 * The configuration as the function uses it: the credentials, if complete, and the problems that stop it from
 * calling the API. Problems are reported once at start, naming the environment variables to set, and then
 * answer every invocation; the function never prints a secret and never fails with a stack trace for them.
 */
@ApplicationScoped
public class LiveApiSettings {

    private static final Logger LOG = Logger.getLogger(LiveApiSettings.class);
    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final VolcConfig config;
    private final Optional<Credentials> credentials;
    private final List<String> problems;

    public LiveApiSettings(VolcConfig config) {
        this.config = config;
        List<String> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        if (config.accesskey().filter(value -> !value.isBlank()).isEmpty()) {
            missing.add("VOLC_ACCESSKEY");
        }
        if (config.secretkey().filter(value -> !value.isBlank()).isEmpty()) {
            missing.add("VOLC_SECRETKEY");
        }
        if (!missing.isEmpty()) {
            found.add("missing credentials: set " + String.join(" and ", missing));
        }
        endpointProblem(config.live().endpoint()).ifPresent(found::add);
        this.problems = List.copyOf(found);
        this.credentials = missing.isEmpty()
                ? Optional.of(new Credentials(config.accesskey().get().trim(), config.secretkey().get().trim(),
                        config.sessionToken().map(String::trim).filter(token -> !token.isEmpty())))
                : Optional.empty();
    }

    void reportAtStart(@Observes StartupEvent event) {
        if (problems.isEmpty()) {
            LOG.infof("Live OpenAPI endpoint %s, region %s, access key %s", config.live().endpoint(), config.region(),
                    credentials.map(Credentials::accessKeyId).orElse("-"));
        } else {
            LOG.errorf("The function cannot call the Live OpenAPI until its configuration is fixed: %s",
                    String.join("; ", problems));
        }
    }

    public Optional<Credentials> credentials() {
        return credentials;
    }

    /** Why the function cannot call the API, one sentence each; empty when it can. */
    public List<String> problems() {
        return problems;
    }

    public VolcConfig config() {
        return config;
    }

    static Optional<String> endpointProblem(URI endpoint) {
        String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
        if (endpoint.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of("VOLC_LIVE_ENDPOINT '" + endpoint + "' is not an absolute https:// URL");
        }
        if (scheme.equals("http") && !isLoopback(endpoint.getHost())) {
            return Optional.of("VOLC_LIVE_ENDPOINT '" + endpoint
                    + "' uses plain http, which is accepted only for loopback hosts (localhost, 127.0.0.0/8, ::1); use https");
        }
        return Optional.empty();
    }

    private static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!IPV4_LITERAL.matcher(literal).matches() && !literal.contains(":")) {
            return false; // a name other than localhost is never resolved, so DNS cannot make it count as loopback
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
