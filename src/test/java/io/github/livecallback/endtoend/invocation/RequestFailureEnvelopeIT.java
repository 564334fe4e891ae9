package io.github.livecallback.endtoend.invocation;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link RequestFailureEnvelopeTest} against the packaged function: the jar, or the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
class RequestFailureEnvelopeIT extends RequestFailureEnvelopeTest {
}
