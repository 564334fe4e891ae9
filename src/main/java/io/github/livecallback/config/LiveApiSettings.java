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
    private final List<String> missingVariables;
    private final Optional<String> endpointProblem;

    public LiveApiSettings(VolcConfig config) {
        this.config = config;
        List<String> missing = new ArrayList<>();
        if (config.accesskey().filter(value -> !value.isBlank()).isEmpty()) {
            missing.add("VOLC_ACCESSKEY");
        }
        if (config.secretkey().filter(value -> !value.isBlank()).isEmpty()) {
            missing.add("VOLC_SECRETKEY");
        }
        this.missingVariables = List.copyOf(missing);
        this.endpointProblem = endpointProblem(config.live().endpoint());
        this.credentials = missing.isEmpty()
                ? Optional.of(new Credentials(config.accesskey().get().trim(), config.secretkey().get().trim(),
                        config.sessionToken().map(String::trim).filter(token -> !token.isEmpty())))
                : Optional.empty();
    }

    void reportAtStart(@Observes StartupEvent event, FunctionConfig function) {
        List<String> problems = new ArrayList<>();
        endpointProblem.ifPresent(problems::add);
        if (credentials.isEmpty() && !function.roleCredentials()) {
            problems.add(missingCredentials());
        }
        if (!problems.isEmpty()) {
            LOG.errorf("The function cannot call the Live OpenAPI until its configuration is fixed: %s",
                    String.join("; ", problems));
            return;
        }
        LOG.infof("Live OpenAPI endpoint %s, region %s, signing with %s", config.live().endpoint(), config.region(),
                function.roleCredentials()
                        ? "the invocation's role credentials, else " + credentials.map(Credentials::accessKeyId)
                                .orElse("nothing (every invocation must carry role credentials)")
                        : "access key " + credentials.get().accessKeyId());
    }

    /** The credentials configured through VOLC_ACCESSKEY, VOLC_SECRETKEY and VOLC_SESSION_TOKEN, if complete. */
    public Optional<Credentials> credentials() {
        return credentials;
    }

    /** Which variables to set, in a sentence; meaningful when {@link #credentials()} is empty. */
    public String missingCredentials() {
        return "missing credentials: set " + String.join(" and ", missingVariables);
    }

    /** Why the endpoint must not be used, if it must not. */
    public Optional<String> endpointProblem() {
        return endpointProblem;
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
