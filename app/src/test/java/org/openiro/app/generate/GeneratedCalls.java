package org.openiro.app.generate;

/** What a generated authority's load sends, for tests that check a load against it from outside this package. */
public final class GeneratedCalls {

    private GeneratedCalls() {
    }

    /** Every request that records the first authority the settings generate: each one a write. */
    public static int count(Generator.Settings settings) {
        return Load.calls(new Generator(settings).authority(0)).size();
    }
}
