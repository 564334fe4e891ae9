package io.github.livecallback.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A test profile: the function requires {@link #TOKEN} from every caller ({@code live-callback.inbound-token}). */
public class InboundToken implements QuarkusTestProfile {

    public static final String TOKEN = "s3cret-inbound-token";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("live-callback.inbound-token", TOKEN);
    }

    /** The {@code Authorization} header's value that carries the token. */
    public static String bearer() {
        return "Bearer " + TOKEN;
    }
}
