package io.github.livecallback.emulator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * The emulator's own test API, beside the emulated one:
 * <ul>
 * <li>{@code POST /_emulator/reset}: forget configurations, the journal and pending faults;</li>
 * <li>{@code GET /_emulator/journal}: every API request received, with its outcome;</li>
 * <li>{@code POST /_emulator/faults} {@code {"Status":502,"Code":"InternalServiceError","Message":"...",
 * "Times":3,"Action":"UpdateCallback","RetryAfter":1}}: fail the next matching requests (Action defaults to every
 * action; RetryAfter, in seconds, adds the header);</li>
 * <li>{@code POST /_emulator/chaos} {@code {"FailureRate":0.3,"Failures":[{"Status":503,"Code":"..."}],
 * "ResetRate":0.05,"LatencyMs":20}}: fail a share of all requests at random, reset connections, add latency.</li>
 * </ul>
 */
final class ControlHandler implements HttpHandler {

    static final String PATH = "/_emulator/";

    private final CallbackStore store;
    private final FaultPlan faults;
    private final Journal journal;
    private final ObjectMapper mapper;

    ControlHandler(CallbackStore store, FaultPlan faults, Journal journal, ObjectMapper mapper) {
        this.store = store;
        this.faults = faults;
        this.journal = journal;
        this.mapper = mapper;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String command = exchange.getRequestURI().getPath().substring(PATH.length());
            String method = exchange.getRequestMethod();
            if (method.equals("POST") && command.equals("reset")) {
                store.clear();
                faults.clear();
                journal.clear();
                respond(exchange, 204, null);
            } else if (method.equals("GET") && command.equals("journal")) {
                respond(exchange, 200, mapper.writeValueAsBytes(journal.entries()));
            } else if (method.equals("POST") && command.equals("faults")) {
                faults.add(fault(mapper.readTree(exchange.getRequestBody())));
                respond(exchange, 204, null);
            } else if (method.equals("POST") && command.equals("chaos")) {
                JsonNode chaos = mapper.readTree(exchange.getRequestBody());
                List<FaultPlan.Fault> failures = new ArrayList<>();
                chaos.path("Failures").forEach(failure -> failures.add(fault(failure)));
                faults.chaos(new FaultPlan.Chaos(chaos.path("FailureRate").asDouble(0), List.copyOf(failures),
                        chaos.path("ResetRate").asDouble(0), chaos.path("LatencyMs").asLong(0)));
                respond(exchange, 204, null);
            } else {
                respond(exchange, 404, null);
            }
        }
    }

    private static FaultPlan.Fault fault(JsonNode fault) {
        return new FaultPlan.Fault(fault.path("Action").asText("*"), fault.path("Status").asInt(500),
                fault.path("Code").asText("InternalError"), fault.path("Message").asText("injected by the emulator"),
                fault.path("Times").asInt(1), fault.hasNonNull("RetryAfter") ? fault.get("RetryAfter").asInt() : null);
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }
}
