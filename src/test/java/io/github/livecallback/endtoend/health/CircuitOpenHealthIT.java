package io.github.livecallback.endtoend.health;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link CircuitOpenHealthTest} against the packaged function: the jar, or the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
class CircuitOpenHealthIT extends CircuitOpenHealthTest {
}
