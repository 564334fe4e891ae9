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
 * What the configuration means for calling the API: the credentials, if complete, and the problems that stop a
 * call. The raw values are read from {@link VolcConfig} directly. Problems are reported once at start, naming the environment variables to set, and then
 * answer every invocation; the function never prints a secret and never fails with a stack trace for them.
 */
@ApplicationScoped
public class LiveApiSettings {

    private static final Logger LOG = Logger.getLogger(LiveApiSettings.class);
    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    /** Region and service names: {@code cn-north-1}, {@code live}. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9-]+");

    private final VolcConfig config;
    private final Optional<Credentials> credentials;
    private final List<String> missingVariables;
    private final List<String> problems;

    public LiveApiSettings(VolcConfig config) {
        this.config = config;
        List<String> found = new ArrayList<>();
        endpointProblem(config.live().endpoint()).ifPresent(found::add);
        nameProblem("VOLC_REGION", config.region(), "cn-north-1").ifPresent(found::add);
        nameProblem("VOLC_LIVE_SERVICE", config.live().service(), "live").ifPresent(found::add);
        Optional<String> accessKey = secret("VOLC_ACCESSKEY", config.accesskey(), found);
        Optional<String> secretKey = secret("VOLC_SECRETKEY", config.secretkey(), found);
        Optional<String> sessionToken = secret("VOLC_SESSION_TOKEN", config.sessionToken(), found);
        this.problems = List.copyOf(found);
        List<String> missing = new ArrayList<>();
        if (config.accesskey().filter(value -> !value.isBlank()).isEmpty()) {
            missing.add("VOLC_ACCESSKEY");
        }
        if (config.secretkey().filter(value -> !value.isBlank()).isEmpty()) {
            missing.add("VOLC_SECRETKEY");
        }
        this.missingVariables = List.copyOf(missing);
        this.credentials = accessKey.isPresent() && secretKey.isPresent()
                ? Optional.of(new Credentials(accessKey.get(), secretKey.get(), sessionToken))
                : Optional.empty();
    }

    void reportAtStart(@Observes StartupEvent event, FunctionConfig function) {
        List<String> problems = standingProblems(function.roleCredentials());
        if (!problems.isEmpty()) {
            LOG.errorf("The function cannot call the Live OpenAPI until its configuration is fixed: %s",
                    String.join("; ", problems));
            return;
        }
        LOG.infof("Live OpenAPI endpoint %s, region %s, service %s, signing with %s", config.live().endpoint(),
                config.region(), config.live().service(),
                function.roleCredentials()
                        ? "the invocation's role credentials, else " + credentials.map(Credentials::accessKeyId)
                                .orElse("nothing (every invocation must carry role credentials)")
                        : "access key " + credentials.get().accessKeyId());
    }

    /** The credentials configured through VOLC_ACCESSKEY, VOLC_SECRETKEY and VOLC_SESSION_TOKEN, if complete. */
    public Optional<Credentials> credentials() {
        return credentials;
    }

    /**
     * Everything that stops a call signed with these credentials, in one list so that one redeploy fixes it all: the
     * endpoint, region and service, configured keys that can not be sent as header values, and, when there are no
     * credentials, the variables to set. Each names the variable and never quotes a secret.
     *
     * @param signingWith the credentials the call would be signed with, if any
     * @param alternative ends the sentence of missing variables, e.g. ", or give the function a role"
     */
    public List<String> problems(Optional<Credentials> signingWith, String alternative) {
        if (signingWith.isPresent() || missingVariables.isEmpty()) {
            return problems;
        }
        List<String> all = new ArrayList<>(problems);
        all.add("missing credentials: set " + String.join(" and ", missingVariables) + alternative);
        return List.copyOf(all);
    }

    /**
     * What stops every call, whatever an invocation carries: {@link #problems} without the credentials of any
     * invocation. With role credentials, configured keys are only a fallback, so their absence stops nothing: each
     * invocation may bring its own. Reported at start and by the readiness check.
     */
    public List<String> standingProblems(boolean roleCredentials) {
        return roleCredentials ? problems : problems(Optional.empty(), "");
    }

    /**
     * The endpoint is a scheme, a host and perhaps a port: a query would add to the request's own (an Action!), a
     * path would change what is signed, and userinfo is a password in a URL. The message names the part, never its
     * value.
     */
    static Optional<String> endpointProblem(URI endpoint) {
        String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
        if (endpoint.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of("VOLC_LIVE_ENDPOINT is not an absolute https:// URL with a host");
        }
        String origin = scheme + "://" + endpoint.getHost() + (endpoint.getPort() < 0 ? "" : ":" + endpoint.getPort());
        List<String> extras = new ArrayList<>();
        if (endpoint.getRawUserInfo() != null) {
            extras.add("the user information (user:password@)");
        }
        if (endpoint.getRawPath() != null && !endpoint.getRawPath().isEmpty() && !endpoint.getRawPath().equals("/")) {
            extras.add("the path");
        }
        if (endpoint.getRawQuery() != null) {
            extras.add("the query (?...)");
        }
        if (endpoint.getRawFragment() != null) {
            extras.add("the fragment (#...)");
        }
        if (!extras.isEmpty()) {
            return Optional.of("VOLC_LIVE_ENDPOINT must be a scheme, a host and a port only, like " + origin
                    + "; remove " + String.join(", ", extras));
        }
        if (scheme.equals("http") && !isLoopback(endpoint.getHost())) {
            return Optional.of("VOLC_LIVE_ENDPOINT " + origin
                    + " uses plain http, which is accepted only for loopback hosts (localhost, 127.0.0.0/8, ::1); use https");
        }
        return Optional.empty();
    }

    /** Whether this is a region or service name: letters, digits and {@code -}. */
    public static boolean isName(String value) {
        return NAME.matcher(value).matches();
    }

    static Optional<String> nameProblem(String variable, String value, String example) {
        return isName(value) ? Optional.empty()
                : Optional.of(variable + " must be letters, digits and '-' only, like " + example);
    }

    /**
     * A configured key or token, trimmed, if it can be sent as a header value; an embedded whitespace or control
     * character (a token pasted with a line break) is a problem, named without the value.
     */
    private static Optional<String> secret(String variable, Optional<String> value, List<String> problems) {
        Optional<String> trimmed = value.map(String::trim).filter(text -> !text.isEmpty());
        if (trimmed.isPresent() && trimmed.get().chars().anyMatch(c -> Character.isWhitespace(c)
                || Character.isISOControl(c) || Character.isSpaceChar(c) || c > 0x7e)) {
            problems.add(variable + " contains whitespace, a control character or a character that is not "
                    + "printable ASCII; set it to the value as issued");
            return Optional.empty();
        }
        return trimmed;
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
