package io.github.livecallback.endtoend.resilience;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link UpstreamErrorStatusTest} against the packaged function: the jar, or the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
class UpstreamErrorStatusIT extends UpstreamErrorStatusTest {
}
