package io.github.livecallback.emulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * {@code POST /?Action=...&Version=2023-01-01}: the gateway's checks (signature, then the account's rate limit),
 * then the scripted faults, then the account's billing state, then the action's own rules and state. Every answer
 * is the API's envelope.
 */
final class OpenApiHandler implements HttpHandler {

    static final String VERSION = "2023-01-01";
    private static final Set<String> ACTIONS = Set.of("UpdateCallback", "DeleteCallback", "DescribeCallback");
    private static final Pattern SIGNED_HEADERS = Pattern.compile("SignedHeaders=([^,\\s]+)");

    private final RequestAuthenticator authenticator;
    private final CallbackStore store;
    private final FaultPlan faults;
    private final AccountFlowLimit flowLimit;
    private final Journal journal;
    private final ObjectMapper mapper;
    private final EmulatorProfile profile;

    OpenApiHandler(RequestAuthenticator authenticator, CallbackStore store, FaultPlan faults,
            AccountFlowLimit flowLimit, Journal journal, ObjectMapper mapper, EmulatorProfile profile) {
        this.authenticator = authenticator;
        this.store = store;
        this.faults = faults;
        this.flowLimit = flowLimit;
        this.journal = journal;
        this.mapper = mapper;
        this.profile = profile;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long receivedAt = System.currentTimeMillis();
        long arrivalNanos = System.nanoTime();
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            String action = query.getOrDefault("Action", "");
            pause(faults.latencyMillis());
            if (faults.resetNow()) {
                journal.add(new Journal.Entry(action, null, 0, "RESET", null, exchange.getRequestHeaders().getFirst(
                        "X-Date"), new String(body, StandardCharsets.UTF_8), receivedAt));
                return; // closing the exchange without an answer drops the connection
            }
            String requestId = UUID.randomUUID().toString().replace("-", "").toUpperCase();
            String accessKeyId = null;
            ObjectNode answer = metadata(requestId, action);
            int status = 200;
            String outcome = "OK";
            try {
                EmulatorAccount account = authenticator.authenticate(exchange.getRequestMethod(),
                        exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(),
                        exchange.getRequestHeaders(), body);
                accessKeyId = account.accessKeyId();
                if (!flowLimit.admit(accessKeyId, arrivalNanos)) {
                    throw flowLimitExceeded();
                }
                JsonNode result = serve(account, action, query.get("Version"), body);
                if (result != null) {
                    answer.set("Result", result);
                }
            } catch (EmulatorError error) {
                status = error.status;
                outcome = error.code;
                if (error.retryAfter != null) {
                    exchange.getResponseHeaders().set("Retry-After", String.valueOf(error.retryAfter));
                }
                ObjectNode errorNode = ((ObjectNode) answer.get("ResponseMetadata")).putObject("Error");
                if (error.codeN != null) {
                    errorNode.put("CodeN", error.codeN);
                }
                errorNode.put("Code", error.code).put("Message", error.getMessage());
            } catch (RuntimeException bug) {
                // An emulator defect answers as the API's own failure would, instead of leaving the caller waiting.
                status = 500;
                outcome = "InternalError";
                ((ObjectNode) answer.get("ResponseMetadata")).putObject("Error").put("Code", "InternalError")
                        .put("Message", "an internal error occurred, please contact the administrator.");
                System.err.println("emulator: " + action + " failed: " + bug);
            }
            journal.add(new Journal.Entry(action, accessKeyId, status, outcome,
                    signedHeaders(exchange.getRequestHeaders().getFirst("Authorization")),
                    exchange.getRequestHeaders().getFirst("X-Date"), new String(body, StandardCharsets.UTF_8),
                    receivedAt));
            byte[] bytes = mapper.writeValueAsBytes(answer);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private JsonNode serve(EmulatorAccount account, String action, String version, byte[] body) {
        if (!ACTIONS.contains(action) || !VERSION.equals(version)) {
            throw EmulatorError.gateway(404, "InvalidActionOrVersion",
                    "Could not find operation " + action + " for version " + version);
        }
        faults.next(action).ifPresent(fault -> {
            throw fault;
        });
        if (!account.billingActive()) {
            throw new EmulatorError(403, "RequestForbidden.BillingStatus", null,
                    "Billing status is not available for the AccountID, please activate the service or recharge.");
        }
        JsonNode payload = parse(body);
        switch (action) {
            case "UpdateCallback" -> {
                UpstreamRules.checkUpdate(payload);
                store.update(payload);
                return null;
            }
            case "DeleteCallback" -> {
                UpstreamRules.checkDelete(payload);
                store.delete(payload);
                return null;
            }
            default -> {
                UpstreamRules.checkDescribe(payload);
                return store.describe(payload);
            }
        }
    }

    private EmulatorError flowLimitExceeded() {
        return new EmulatorError(429, "AccountFlowLimitExceeded", null, "Account flow limit exceeded: this account "
                + "may make at most " + flowLimit.requestsPerSecond() + " requests per second; retry after 1 second",
                1);
    }

    private static void pause(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private JsonNode parse(byte[] body) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw EmulatorError.invalid("InvalidParam.BindError", "Request parameter error, please check input data");
        }
    }

    private ObjectNode metadata(String requestId, String action) {
        ObjectNode answer = mapper.createObjectNode();
        answer.putObject("ResponseMetadata")
                .put("RequestId", requestId)
                .put("Action", action)
                .put("Version", VERSION)
                .put("Service", profile.service())
                .put("Region", profile.region());
        return answer;
    }

    private static String signedHeaders(String authorization) {
        if (authorization == null) {
            return null;
        }
        Matcher matcher = SIGNED_HEADERS.matcher(authorization);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> parameters = new HashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    parameters.putIfAbsent(
                            java.net.URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            java.net.URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return parameters;
    }
}
