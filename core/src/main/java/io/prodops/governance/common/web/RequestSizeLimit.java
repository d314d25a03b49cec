package io.prodops.governance.common.web;

import io.prodops.governance.common.domain.PayloadTooLargeException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Caps request bodies before any resource reads them into memory (resources take the body as a String): a declared
 * Content-Length over the limit is refused at once, a chunked body is cut off when it passes the limit. Both answer
 * 413 PAYLOAD_TOO_LARGE. Template and gate-set writes and imports may be larger than anything else.
 */
@Provider
public class RequestSizeLimit implements ContainerRequestFilter {
    /** A PRD section is at most 64 KB of content; JSON escaping can double it. */
    static final long DEFAULT_LIMIT = 512 * 1024;
    /** Templates carry up to 60 sections of starter content; an import carries many templates. */
    static final long TEMPLATES_LIMIT = 16 * 1024 * 1024;
    private static final List<String> LARGE = List.of("templates", "gatesets");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.hasEntity()) {
            return;
        }
        String path = request.getUriInfo().getPath();
        long limit = LARGE.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/") || path.startsWith("/" + p))
                ? TEMPLATES_LIMIT : DEFAULT_LIMIT;
        if (request.getLength() > limit) {
            throw tooLarge(limit);
        }
        request.setEntityStream(new Limited(request.getEntityStream(), limit));
    }

    private static PayloadTooLargeException tooLarge(long limit) {
        return new PayloadTooLargeException("The request body is larger than " + (limit / 1024) + " KB.");
    }

    /** Counts what is read and stops at the limit. */
    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long read;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            read += n;
            if (read > limit) {
                throw tooLarge(limit);
            }
        }
    }
}
