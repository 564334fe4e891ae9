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
 * A local emulator of the Live OpenAPI's callback actions, on loopback only. It verifies signatures as the API
 * gateway does, enforces the documented rules with the documented codes, and keeps configurations in memory.
 * It serves the tests and dev mode; it is compiled with the test sources and never packaged.
 *
 * <p>Run on its own: {@code java -cp <test classpath> io.github.livecallback.emulator.LiveApiEmulator [port]}.
 */
public final class LiveApiEmulator implements AutoCloseable {

    public static final String REGION = "cn-north-1";
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

    private LiveApiEmulator(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** @param port a port on 127.0.0.1, or 0 for any free one */
    public static LiveApiEmulator start(int port, List<EmulatorAccount> accounts) throws IOException {
        return serve(HttpServer.create(loopback(port), BACKLOG), accounts);
    }

    /**
     * The emulator over https, as the real endpoint is served.
     *
     * @param tls holds the certificate the emulator presents
     */
    public static LiveApiEmulator startTls(int port, List<EmulatorAccount> accounts, SSLContext tls)
            throws IOException {
        HttpsServer server = HttpsServer.create(loopback(port), BACKLOG);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        return serve(server, accounts);
    }

    private static InetSocketAddress loopback(int port) {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    }

    private static LiveApiEmulator serve(HttpServer server, List<EmulatorAccount> accounts) {
        ObjectMapper mapper = new ObjectMapper();
        Clock clock = Clock.systemUTC();
        CallbackStore store = new CallbackStore(DOMAINS_TO_VHOSTS, mapper, clock);
        FaultPlan faults = new FaultPlan();
        Journal journal = new Journal();
        server.createContext("/", new OpenApiHandler(new RequestAuthenticator(accounts, REGION, clock), store, faults,
                journal, mapper, REGION));
        server.createContext(ControlHandler.PATH, new ControlHandler(store, faults, journal, mapper));
        ExecutorService executor = Executors.newFixedThreadPool(8);
        server.setExecutor(executor);
        server.start();
        return new LiveApiEmulator(server, executor);
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

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8089;
        LiveApiEmulator emulator = start(port, EmulatorAccount.demoAccounts());
        System.out.println("Live OpenAPI emulator on " + emulator.endpoint() + " (vhosts "
                + DOMAINS_TO_VHOSTS.values() + "), demo access key " + EmulatorAccount.DEMO.accessKeyId());
    }
}
