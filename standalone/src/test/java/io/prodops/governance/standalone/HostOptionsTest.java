package io.prodops.governance.standalone;

import org.junit.Test;

import java.nio.file.Path;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class HostOptionsTest {
    @Test
    public void defaults() {
        HostOptions o = HostOptions.parse(new String[0]);
        assertEquals(8080, o.port());
        assertEquals(Path.of("data").toAbsolutePath().normalize(), o.dataDir());
        assertEquals("127.0.0.1", o.bindAddress());
        assertFalse(o.anonymousAccess());
    }

    @Test
    public void optionsInBothSpellings() {
        HostOptions o = HostOptions.parse(new String[]{"--port", "0", "--data-dir=/tmp/x", "--bind=0.0.0.0", "--anonymous-access"});
        assertEquals(0, o.port());
        assertEquals(Path.of("/tmp/x"), o.dataDir());
        assertEquals("0.0.0.0", o.bindAddress());
        assertTrue(o.anonymousAccess());
        assertEquals(9090, HostOptions.parse(new String[]{"--port=9090"}).port());
    }

    @Test
    public void badOptionsAreRefusedWithUsage() {
        for (String[] args : new String[][]{{"--port"}, {"--port", "x"}, {"--port", "70000"}, {"--what"}}) {
            try {
                HostOptions.parse(args);
                fail(String.join(" ", args));
            } catch (IllegalArgumentException expected) {
                assertFalse(expected.getMessage().isBlank());
            }
        }
    }
}
