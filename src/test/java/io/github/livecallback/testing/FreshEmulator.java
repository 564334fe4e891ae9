package io.github.livecallback.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Each test of the annotated class starts with an emptied emulator ({@link Emulator#reset()}): no configurations,
 * no journal, no injected faults, the profile's rate limit. Runs before the class's own {@code @BeforeEach}
 * methods, so that those may set the emulator up.
 */
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(FreshEmulator.Reset.class)
public @interface FreshEmulator {

    /** The extension behind {@link FreshEmulator}. */
    class Reset implements BeforeEachCallback {
        @Override
        public void beforeEach(ExtensionContext context) {
            Emulator.reset();
        }
    }
}
