package io.github.livecallback.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An upstream that misbehaves in one chosen way, on loopback, over raw sockets so that nothing is buffered or fixed up
 * on its side. It records when each request arrived and when the function closed each connection, so that tests can
 * tell whether an attempt was cut off.
 */
public final class HostileUpstream implements AutoCloseable {

    /** What the upstream does with every request. */
    public enum Behaviour {
        /** Reads the request and never answers. */
        HANG,
        /** Sends headers for a 1 MB body, then one byte per second. */
        DRIP,
        /** Sends a 100 MB body as fast as the function takes it. */
        HUGE,
        /** Answers 200 with a body that is not JSON. */
        INVALID_JSON,
        /** Answers 429 with a Retry-After too large for any clock. */
        ENDLESS_RETRY_AFTER,
        /** Answers 302 to somewhere else. */
        REDIRECT
    }

    /** One connection: when its request arrived and when the function closed it (0 while open). */
    public static final class Connection {
        private final long arrivedAt = System.currentTimeMillis();
        private volatile long closedAt;

        public long arrivedAt() {
            return arrivedAt;
        }

        public long closedAt() {
            return closedAt;
        }
    }

    private static final int HUGE_BYTES = 100 * 1024 * 1024;

    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Connection> connections = new CopyOnWriteArrayList<>();
    private volatile Behaviour behaviour;

    private HostileUpstream(Behaviour behaviour) throws IOException {
        this.behaviour = behaviour;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::accept);
    }

    public static HostileUpstream start(Behaviour behaviour) throws IOException {
        return new HostileUpstream(behaviour);
    }

    public void behave(Behaviour next) {
        behaviour = next;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** Every connection whose request arrived, oldest first. */
    public List<Connection> connections() {
        return List.copyOf(connections);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                threads.execute(() -> serve(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        Connection connection = null;
        try (socket) {
            InputStream in = socket.getInputStream();
            readRequest(in);
            connection = new Connection();
            connections.add(connection);
            OutputStream out = socket.getOutputStream();
            switch (behaviour) {
                case HANG -> awaitClose(in);
                case DRIP -> {
                    out.write(head(200, "Content-Length: 1048576"));
                    for (int i = 0; i < 1_048_576; i++) {
                        out.write('{');
                        out.flush();
                        Thread.sleep(1000);
                    }
                }
                case HUGE -> {
                    out.write(head(200, "Content-Length: " + HUGE_BYTES));
                    byte[] chunk = new byte[64 * 1024];
                    java.util.Arrays.fill(chunk, (byte) ' ');
                    for (int sent = 0; sent < HUGE_BYTES; sent += chunk.length) {
                        out.write(chunk);
                    }
                    out.flush();
                    awaitClose(in);
                }
                case INVALID_JSON -> answer(out, 200, "", "this is not JSON");
                case ENDLESS_RETRY_AFTER -> answer(out, 429, "Retry-After: 99999999999999999",
                        "{\"ResponseMetadata\":{\"RequestId\":\"R\",\"Error\":{\"Code\":\"FlowLimitExceeded\"}}}");
                case REDIRECT -> answer(out, 302, "Location: https://elsewhere.example.com/",
                        "{\"ResponseMetadata\":{\"RequestId\":\"R\",\"Error\":{\"Code\":\"Moved\"}}}");
            }
        } catch (IOException | InterruptedException gone) {
            // the function closed the connection: that is what the tests look for
        } finally {
            if (connection != null) {
                connection.closedAt = System.currentTimeMillis();
            }
        }
    }

    private static void readRequest(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c == -1) {
                throw new IOException("closed before the request ended");
            }
            head.append((char) c);
        }
        String lower = head.toString().toLowerCase(java.util.Locale.ROOT);
        int at = lower.indexOf("content-length:");
        int length = at < 0 ? 0 : Integer.parseInt(lower.substring(at + 15, lower.indexOf('\r', at)).trim());
        in.readNBytes(length);
    }

    private static void awaitClose(InputStream in) throws IOException {
        while (in.read() != -1) {
            // nothing is expected; read until the function closes the connection
        }
    }

    private static void answer(OutputStream out, int status, String header, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        out.write(head(status, (header.isEmpty() ? "" : header + "\r\n") + "Content-Length: " + bytes.length));
        out.write(bytes);
        out.flush();
    }

    private static byte[] head(int status, String headers) {
        return ("HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\n" + headers + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        server.close();
        threads.shutdownNow();
    }
}
