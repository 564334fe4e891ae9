package io.github.livecallback.emulator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * The emulator's own test API, beside the emulated one:
 * <ul>
 * <li>{@code POST /_emulator/reset}: forget configurations, the journal, pending faults and chaos, and the arrivals
 * the rate limit counts; restore the profile's rate limit;</li>
 * <li>{@code GET /_emulator/journal}: every API request received, with its outcome;</li>
 * <li>{@code POST /_emulator/faults} {@code {"Status":502,"Code":"InternalServiceError","Message":"...",
 * "Times":3,"Action":"UpdateCallback","RetryAfter":1}}: fail the next matching requests (Action defaults to every
 * action; RetryAfter, in seconds, adds the header);</li>
 * <li>{@code POST /_emulator/chaos} {@code {"FailureRate":0.3,"Failures":[{"Status":503,"Code":"..."}],
 * "ResetRate":0.05,"LatencyMs":20}}: fail a share of all requests at random, reset connections, add latency;</li>
 * <li>{@code POST /_emulator/limits} {@code {"RequestsPerSecond":100}}: change the rate limit per account (0 turns
 * it off, so that a benchmark can lift it); {@code GET /_emulator/limits} answers
 * {@code {"RequestsPerSecond":10,"Profile":"VOLCENGINE","Region":"cn-north-1","Service":"live"}}.</li>
 * </ul>
 */
final class ControlHandler implements HttpHandler {

    static final String PATH = "/_emulator/";

    private final CallbackStore store;
    private final FaultPlan faults;
    private final AccountFlowLimit flowLimit;
    private final Journal journal;
    private final ObjectMapper mapper;
    private final EmulatorProfile profile;

    ControlHandler(CallbackStore store, FaultPlan faults, AccountFlowLimit flowLimit, Journal journal,
            ObjectMapper mapper, EmulatorProfile profile) {
        this.store = store;
        this.faults = faults;
        this.flowLimit = flowLimit;
        this.journal = journal;
        this.mapper = mapper;
        this.profile = profile;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String command = exchange.getRequestURI().getPath().substring(PATH.length());
            String method = exchange.getRequestMethod();
            if (method.equals("POST") && command.equals("reset")) {
                store.clear();
                faults.clear();
                flowLimit.reset();
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
            } else if (method.equals("POST") && command.equals("limits")) {
                JsonNode limits = mapper.readTree(exchange.getRequestBody());
                JsonNode limit = limits == null ? null : limits.get("RequestsPerSecond");
                if (limit == null || !limit.canConvertToInt() || !limit.isIntegralNumber() || limit.intValue() < 0) {
                    respond(exchange, 400, mapper.writeValueAsBytes(Map.of("Message",
                            "RequestsPerSecond must be a whole number, 0 (off) or more")));
                } else {
                    flowLimit.requestsPerSecond(limit.intValue());
                    respond(exchange, 204, null);
                }
            } else if (method.equals("GET") && command.equals("limits")) {
                Map<String, Object> limits = new LinkedHashMap<>();
                limits.put("RequestsPerSecond", flowLimit.requestsPerSecond());
                limits.put("Profile", profile.name());
                limits.put("Region", profile.region());
                limits.put("Service", profile.service());
                respond(exchange, 200, mapper.writeValueAsBytes(limits));
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
