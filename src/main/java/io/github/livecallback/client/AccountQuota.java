package io.github.livecallback.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.github.livecallback.config.VolcConfig;
import io.github.livecallback.store.QuotaPlace;
import io.github.livecallback.store.QuotaStore;

/**
 * The account's quota: Volcengine allows 10 requests per second per account (BytePlus 1), for every action, as
 * its gateway counts them on arrival. A request holds its place in the window from the moment it may be sent until
 * one window after its answer came back; a new request goes out only while fewer than the limit hold a place. The
 * (N+1)th request therefore leaves at least one window after the first one's answer, so it cannot arrive within the
 * same window as the first, however long either spent in queues, connection pools or the network on the way. The
 * places are counted in the {@link QuotaStore}, per access key id: in Redis, every instance of the function shares
 * them.
 *
 * <p>Why not SmallRye's {@code @RateLimit}: it refuses excess calls instead of queueing them, its rolling window
 * counts every refusal (so callers that wait and ask again keep it full), it spaces the moments permits are granted,
 * not the moments requests arrive (a burst held back in the client arrived together and broke the quota), and it
 * counts per instance.
 */
@ApplicationScoped
public class AccountQuota {

    private final QuotaStore places;
    private final InvocationCredentials credentials;
    private final int limit;
    private final Duration window;

    public AccountQuota(QuotaStore places, InvocationCredentials credentials, VolcConfig config) {
        this.places = places;
        this.credentials = credentials;
        this.limit = config.live().quotaRequests();
        this.window = config.live().quota().window();
    }

    /**
     * Waits for a place in the window of the account that signs this invocation, at most until the deadline.
     *
     * @return the place, to be released once the request is answered or failed; empty if none came free in time
     * @throws io.github.livecallback.store.StoreUnavailable when the shared store cannot be asked
     */
    public Optional<QuotaPlace> acquire(Instant deadline) throws InterruptedException {
        return places.acquire(credentials.current().accessKeyId(), limit, window, deadline);
    }
}
