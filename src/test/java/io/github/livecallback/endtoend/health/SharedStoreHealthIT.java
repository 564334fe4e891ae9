package io.github.livecallback.endtoend.health;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link SharedStoreHealthTest} against the packaged function: the jar, or the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
class SharedStoreHealthIT extends SharedStoreHealthTest {
}
