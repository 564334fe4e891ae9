package io.github.livecallback.emulator;

import java.io.IOException;

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
 * "Times":3,"Action":"UpdateCallback"}}: fail the next matching requests (Action defaults to every action).</li>
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
                JsonNode fault = mapper.readTree(exchange.getRequestBody());
                faults.add(new FaultPlan.Fault(fault.path("Action").asText("*"), fault.path("Status").asInt(500),
                        fault.path("Code").asText("InternalError"),
                        fault.path("Message").asText("injected by the emulator"), fault.path("Times").asInt(1)));
                respond(exchange, 204, null);
            } else {
                respond(exchange, 404, null);
            }
        }
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
