package io.github.livecallback.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.github.livecallback.config.Edition;
import io.github.livecallback.api.LiveResponse;
import io.github.livecallback.api.UpdateCallbackRequest;
import io.github.livecallback.signing.Credentials;
import io.github.livecallback.signing.SignableRequest;
import io.github.livecallback.signing.SignedHeaders;
import io.github.livecallback.signing.VolcSigner;
import io.github.livecallback.validation.Binding;
import io.github.livecallback.validation.CallbackRules;

/**
 * The function's own CPU work for one UpdateCallback, without the network and the framework around it: parse the
 * payload, check it against the API's rules, serialize the upstream body, sign it, read the upstream answer and
 * serialize the answer to the caller. Each stage alone, and all of them as one invocation, in microseconds.
 * Run by {@link InvocationCostBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class InvocationCost {

    /** A typical change: one HTTP receiver, callback authentication on. */
    static final byte[] PAYLOAD = ("{\"Vhost\":\"push.example.com\",\"App\":\"live\",\"MessageType\":\"push\","
            + "\"CallbackDetailList\":[{\"CallbackType\":\"http\",\"URL\":\"https://hooks.example.com/live/push\"}],"
            + "\"AuthEnable\":true,\"AuthKeyPrimary\":\"k3y-for-the-callback-receiver\"}")
            .getBytes(StandardCharsets.UTF_8);
    /** What the Live OpenAPI answers to it. */
    static final byte[] UPSTREAM_ANSWER = ("{\"ResponseMetadata\":{\"RequestId\":\"20261124101500AB3C1F7E2D9A\","
            + "\"Action\":\"UpdateCallback\",\"Version\":\"2023-01-01\",\"Service\":\"live\","
            + "\"Region\":\"cn-north-1\"}}").getBytes(StandardCharsets.UTF_8);
    private static final URI UPDATE_URI = URI.create(
            "https://live.volcengineapi.com/?Action=UpdateCallback&Version=2023-01-01");
    private static final Map<String, String> CONTENT_TYPE = Map.of("Content-Type", "application/json");

    /** Configured as Quarkus configures the application's mapper: unknown properties are ignored. */
    private final ObjectMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final VolcSigner signer = new VolcSigner(Edition.VOLCENGINE.region(), Edition.VOLCENGINE.service());
    private final Credentials credentials = Credentials.of("AKLTbenchmarkaccesskey",
            "YmVuY2htYXJrLXNlY3JldC1rZXktdGhhdC1pcy1sb25n");

    private UpdateCallbackRequest request;
    private byte[] upstreamBody;

    @Setup
    public void prepare() throws IOException {
        request = parseAndValidate();
        upstreamBody = mapper.writeValueAsBytes(request);
    }

    @Benchmark
    public UpdateCallbackRequest parseAndValidate() throws IOException {
        JsonNode payload = mapper.readTree(PAYLOAD);
        Binding<UpdateCallbackRequest> binding = CallbackRules.bindUpdate(payload, Set.of());
        if (!binding.valid()) {
            throw new IllegalStateException("the benchmark payload breaks a rule: " + binding.violations());
        }
        return binding.request();
    }

    @Benchmark
    public byte[] serializeRequest() throws IOException {
        return mapper.writeValueAsBytes(request);
    }

    @Benchmark
    public SignedHeaders sign() {
        return signer.sign(new SignableRequest("POST", UPDATE_URI, CONTENT_TYPE, upstreamBody), credentials,
                Instant.now());
    }

    @Benchmark
    public byte[] readAnswerAndReply() throws IOException {
        return mapper.writeValueAsBytes(mapper.readValue(UPSTREAM_ANSWER, LiveResponse.class));
    }

    /** The stages in sequence, each on the previous one's output, as an invocation runs them. */
    @Benchmark
    public byte[] invocation() throws IOException {
        byte[] body = mapper.writeValueAsBytes(parseAndValidate());
        SignedHeaders headers = signer.sign(new SignableRequest("POST", UPDATE_URI, CONTENT_TYPE, body), credentials,
                Instant.now());
        LiveResponse upstream = mapper.readValue(UPSTREAM_ANSWER, LiveResponse.class);
        if (headers.authorization().isEmpty() || upstream.failed()) {
            throw new IllegalStateException("the invocation did not complete");
        }
        return mapper.writeValueAsBytes(upstream);
    }
}
