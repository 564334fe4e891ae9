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
 * The emulator's own test API, beside the emulated one: {@code /_emulator/reset}, {@code journal}, {@code faults},
 * {@code chaos} and {@code limits}, as the javadoc of {@link LiveApiEmulator} describes them.
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
        String code = fault.path("Code").asText("InternalError");
        Integer codeN = fault.hasNonNull("CodeN") ? Integer.valueOf(fault.get("CodeN").asInt())
                : EmulatorError.GATEWAY_CODE_N.get(code);
        String message = fault.path("Message")
                .asText(EmulatorError.DOCUMENTED_MESSAGES.getOrDefault(code, "injected by the emulator"));
        return new FaultPlan.Fault(fault.path("Action").asText("*"), fault.path("Status").asInt(500), code, codeN,
                message, fault.path("Times").asInt(1),
                fault.hasNonNull("RetryAfter") ? fault.get("RetryAfter").asInt() : null);
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
