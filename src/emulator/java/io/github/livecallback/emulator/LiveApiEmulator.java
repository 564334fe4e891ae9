package io.github.livecallback.emulator;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.net.ssl.SSLContext;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A local emulator of the Live OpenAPI's callback actions (UpdateCallback, DeleteCallback, DescribeCallback at
 * Version 2023-01-01), on loopback only. It verifies signatures as the API gateway does, enforces the documented
 * rules with the documented codes, and keeps configurations in memory. It serves the tests and dev mode; it is
 * compiled with the test sources and never packaged.
 *
 * <p>It plays one edition of the API, an {@link EmulatorProfile}: Volcengine (the default) or BytePlus MediaLive,
 * which differ in the region and service a signature's scope must name (and every envelope's {@code Region}) and in
 * the rate limit per account.
 *
 * <h2>What a request goes through</h2>
 * <ol>
 * <li>chaos latency and connection resets, if set;</li>
 * <li>the gateway: {@code MissingAuthenticationToken} (401, CodeN 100003), {@code MissingSignature} (401, 100005),
 * {@code InvalidAccessKey} (401, 100009), {@code MissingRequestInfo} (400, 100004), {@code InvalidTimestamp} (403,
 * 100006; 15 minutes), {@code SignatureDoesNotMatch} (401, 100010; also for a credential scope of another region or
 * service than the profile's), {@code InvalidSecretToken} (401) for temporary credentials;</li>
 * <li>the rate limit per access key id: a request that would be the (limit + 1)th accepted one within any 1-second
 * window of arrivals is answered 429 {@code AccountFlowLimitExceeded} with {@code Retry-After: 1}, and does not
 * count;</li>
 * <li>{@code InvalidActionOrVersion} (404, 100008);</li>
 * <li>scripted faults, then chaos failures (see the control API);</li>
 * <li>{@code RequestForbidden.BillingStatus} (403) for an account whose service is not active;</li>
 * <li>the action's parameter rules, first violation only ({@code InvalidParam}, {@code InvalidParam.BindError},
 * {@code .Empty}, {@code .OutOfRange}, {@code .Format}, {@code .DomainAndApp}: see {@code UpstreamRules});</li>
 * <li>the account's state: {@code ResourceNotFound.VhostNotExist} (404, "vhost not found") for an unknown Vhost,
 * {@code ResourceNotFound} (404) for an unknown Domain and for a DeleteCallback that matches nothing.</li>
 * </ol>
 * Every answer is the API's envelope; an error's {@code CodeN} is present for the gateway's codes only.
 *
 * <h2>Control API</h2>
 * Beside the emulated API, unsigned, under {@code /_emulator/}:
 * <ul>
 * <li>{@code POST /_emulator/reset}: forget configurations, the journal, pending faults and chaos, and the arrivals
 * the rate limit counts; restore the profile's rate limit.</li>
 * <li>{@code GET /_emulator/journal}: every API request received since the last reset, oldest first:
 * {@code action}, {@code accessKeyId}, {@code status}, {@code outcome} ({@code OK}, the error code, or
 * {@code RESET}), {@code signedHeaders}, {@code xDate}, {@code body}, {@code receivedAt} (epoch milliseconds).</li>
 * <li>{@code POST /_emulator/faults} {@code {"Status":502,"Code":"InternalServiceError","Message":"...",
 * "CodeN":100013,"Times":3,"Action":"UpdateCallback","RetryAfter":1}}: the next {@code Times} (default 1) signed
 * requests of {@code Action} (default every action) get this error. {@code Status} defaults to 500 and
 * {@code Code} to {@code InternalError}; {@code CodeN} defaults to the gateway's number for the code, if it has
 * one ({@code AccessDenied} 100013, {@code SignatureDoesNotMatch} 100010, ...); {@code Message} defaults to the
 * documents' message for the code, if they give one; {@code RetryAfter} (seconds) adds the header. This is how
 * the documented codes the emulator has no cause to produce are produced on demand: {@code CommonErr} with HTTP
 * 200, {@code InvalidParam}, {@code RequestForbidden}, {@code RequestForbidden.AccountIDNotAllow},
 * {@code AccessDenied} (403), {@code InternalError}, {@code InternalError.DB}, {@code InternalServiceError},
 * {@code InternalServiceError.BadResponse}, {@code InternalServiceTimeout}, {@code FlowLimitExceeded} (429).</li>
 * <li>{@code POST /_emulator/chaos} {@code {"FailureRate":0.3,"Failures":[{"Status":503,"Code":"..."}],
 * "ResetRate":0.05,"LatencyMs":20}}: fail a share of all requests with one of the given errors (each as in
 * {@code faults}), reset a share of connections, delay every request; all zero turns chaos off.</li>
 * <li>{@code POST /_emulator/limits} {@code {"RequestsPerSecond":100}}: change the rate limit per account until
 * the next reset; 0 turns it off (for a benchmark). {@code GET /_emulator/limits} answers
 * {@code {"RequestsPerSecond":10,"Profile":"VOLCENGINE","Region":"cn-north-1","Service":"live"}}. From Java:
 * {@link #requestsPerSecond(int)}.</li>
 * </ul>
 *
 * <p>Run on its own: {@code java -cp <test classpath> io.github.livecallback.emulator.LiveApiEmulator [port]
 * [--byteplus]}.
 */
public final class LiveApiEmulator implements AutoCloseable {

    /** The region of the default edition, {@link EmulatorProfile#VOLCENGINE}. */
    public static final String REGION = EmulatorProfile.VOLCENGINE.region();
    /**
     * Vhosts and push domains that exist in the emulated account: push domain to its vhost. The vhosts are the
     * values: {@code push.example.com} (push domain {@code rtmp.push.example.com}) and {@code push.live.example.com},
     * the name the seed documents' examples use for both, which is its own push domain.
     */
    public static final Map<String, String> DOMAINS_TO_VHOSTS = Map.of(
            "rtmp.push.example.com", "push.example.com",
            "push.live.example.com", "push.live.example.com");

    private static final int BACKLOG = 64;

    static {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs: ~40 ms per call.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final EmulatorProfile profile;
    private final AccountFlowLimit flowLimit;

    private LiveApiEmulator(HttpServer server, ExecutorService executor, EmulatorProfile profile,
            AccountFlowLimit flowLimit) {
        this.server = server;
        this.executor = executor;
        this.profile = profile;
        this.flowLimit = flowLimit;
    }

    /**
     * The Volcengine edition.
     *
     * @param port a port on 127.0.0.1, or 0 for any free one
     */
    public static LiveApiEmulator start(int port, List<EmulatorAccount> accounts) throws IOException {
        return start(port, accounts, EmulatorProfile.VOLCENGINE);
    }

    /** @param port a port on 127.0.0.1, or 0 for any free one */
    public static LiveApiEmulator start(int port, List<EmulatorAccount> accounts, EmulatorProfile profile)
            throws IOException {
        return serve(HttpServer.create(loopback(port), BACKLOG), accounts, profile);
    }

    /**
     * The emulator over https, as the real endpoint is served.
     *
     * @param tls holds the certificate the emulator presents
     */
    public static LiveApiEmulator startTls(int port, List<EmulatorAccount> accounts, SSLContext tls)
            throws IOException {
        return startTls(port, accounts, tls, EmulatorProfile.VOLCENGINE);
    }

    /** The emulator over https, playing the given edition. */
    public static LiveApiEmulator startTls(int port, List<EmulatorAccount> accounts, SSLContext tls,
            EmulatorProfile profile) throws IOException {
        HttpsServer server = HttpsServer.create(loopback(port), BACKLOG);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        return serve(server, accounts, profile);
    }

    private static InetSocketAddress loopback(int port) {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    }

    private static LiveApiEmulator serve(HttpServer server, List<EmulatorAccount> accounts,
            EmulatorProfile profile) {
        ObjectMapper mapper = new ObjectMapper();
        Clock clock = Clock.systemUTC();
        CallbackStore store = new CallbackStore(DOMAINS_TO_VHOSTS, mapper, clock);
        FaultPlan faults = new FaultPlan();
        AccountFlowLimit flowLimit = new AccountFlowLimit(profile.requestsPerSecond());
        Journal journal = new Journal();
        server.createContext("/", new OpenApiHandler(new RequestAuthenticator(accounts, profile, clock), store,
                faults, flowLimit, journal, mapper, profile));
        server.createContext(ControlHandler.PATH, new ControlHandler(store, faults, flowLimit, journal, mapper,
                profile));
        ExecutorService executor = Executors.newFixedThreadPool(8);
        server.setExecutor(executor);
        server.start();
        return new LiveApiEmulator(server, executor, profile, flowLimit);
    }

    /** The edition this emulator plays. */
    public EmulatorProfile profile() {
        return profile;
    }

    /** The rate limit per account now in force: requests in any 1-second window, 0 when off. */
    public int requestsPerSecond() {
        return flowLimit.requestsPerSecond();
    }

    /**
     * Changes the rate limit per account, as {@code POST /_emulator/limits} does; a reset restores the profile's.
     *
     * @param limit most accepted requests per account in any 1-second window; 0 turns the limit off
     */
    public void requestsPerSecond(int limit) {
        flowLimit.requestsPerSecond(limit);
    }

    public URI endpoint() {
        String scheme = server instanceof HttpsServer ? "https" : "http";
        return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** Arguments: an optional port (default 8089) and {@code --byteplus} for the BytePlus edition. */
    public static void main(String[] args) throws IOException {
        int port = 8089;
        EmulatorProfile profile = EmulatorProfile.VOLCENGINE;
        for (String arg : args) {
            if (arg.equals("--byteplus")) {
                profile = EmulatorProfile.BYTEPLUS;
            } else {
                port = Integer.parseInt(arg);
            }
        }
        LiveApiEmulator emulator = start(port, EmulatorAccount.demoAccounts(), profile);
        System.out.println("Live OpenAPI emulator (" + profile + ": region " + profile.region() + ", service "
                + profile.service() + ") on " + emulator.endpoint() + " (vhosts "
                + new java.util.TreeSet<>(DOMAINS_TO_VHOSTS.values()) + "), demo access key "
                + EmulatorAccount.DEMO.accessKeyId());
    }
}
