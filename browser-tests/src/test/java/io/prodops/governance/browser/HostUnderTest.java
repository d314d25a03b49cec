package io.prodops.governance.browser;

import io.prodops.governance.standalone.HostOptions;
import io.prodops.governance.standalone.StandaloneHost;
import org.junit.rules.ExternalResource;
import org.junit.rules.TemporaryFolder;

import java.net.URI;

/** The standalone host on a free port with a fresh data directory, for one test class. */
public final class HostUnderTest extends ExternalResource {
    private final TemporaryFolder folder = new TemporaryFolder();
    private StandaloneHost host;

    @Override
    protected void before() throws Throwable {
        Browser.requireChromium(); // no host either when the tests are skipped
        folder.create();
        host = StandaloneHost.start(HostOptions.forTests(folder.newFolder("data").toPath()));
    }

    @Override
    protected void after() {
        if (host != null) {
            host.close();
        }
        folder.delete();
    }

    public String url(String path) {
        return host.baseUri().resolve(path.startsWith("/") ? path.substring(1) : path).toString();
    }

    public URI baseUri() {
        return host.baseUri();
    }
}
