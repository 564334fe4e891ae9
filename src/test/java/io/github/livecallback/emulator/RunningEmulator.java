package io.github.livecallback.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An emulator for a test class: started on a free port before its tests, reset before each, stopped after them.
 * {@code @RegisterExtension static final RunningEmulator EMULATOR = new RunningEmulator();}
 */
public final class RunningEmulator implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private final EmulatorProfile profile;
    private LiveApiEmulator emulator;
    private SignedApi api;

    public RunningEmulator() {
        this(EmulatorProfile.VOLCENGINE);
    }

    public RunningEmulator(EmulatorProfile profile) {
        this.profile = profile;
    }

    public LiveApiEmulator emulator() {
        return emulator;
    }

    /** The emulated API, signed for the demo account and this emulator's edition. */
    public SignedApi api() {
        return api;
    }

    /** Every API request received since the last reset, as the emulator's journal lists them (JSON). */
    public String journal() {
        return SignedApi.control(emulator, "journal", null).body();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        emulator = LiveApiEmulator.start(0, EmulatorAccount.demoAccounts(), profile);
        api = new SignedApi(emulator.endpoint(), profile.region(), profile.service(),
                SignedApi.credentials(EmulatorAccount.DEMO));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        assertEquals(204, SignedApi.control(emulator, "reset", "{}").status());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        emulator.close();
    }
}
