package com.servicenet.api.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Request bodies are small (a repair with fifty parts is a few kilobytes): anything over {@value #MAX_BYTES}
 * bytes is refused with 413 before it is parsed — at once when Content-Length says so, else as soon as
 * that many bytes have been read — so a huge body costs neither memory nor a half-done write.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class BodyLimit implements ContainerRequestFilter {

    static final int MAX_BYTES = 256 * 1024;

    /**
     * A refused body is still read up to this size: a client that is still sending does not read the answer
     * until it has sent everything, so leaving the body unread would leave it waiting. Beyond it, the
     * connection is closed instead.
     */
    static final int DRAINED_BYTES = 16 * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BYTES) {
            boolean drained = request.getLength() <= DRAINED_BYTES && drain(request.getEntityStream());
            Response.ResponseBuilder tooLarge = Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE);
            throw new WebApplicationException(drained ? tooLarge.build() : tooLarge.header("Connection", "close").build());
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Bounded(request.getEntityStream()));
        }
    }

    static boolean drain(InputStream body) {
        byte[] buffer = new byte[16 * 1024];
        try {
            long total = 0;
            for (int n; (n = body.read(buffer)) >= 0; ) {
                total += n;
                if (total > DRAINED_BYTES) {
                    return false;
                }
            }
            return true;
        } catch (IOException broken) {
            return false;
        }
    }

    /** Read past the limit. An IOException, so that it travels through the JSON parser to the mapper. */
    public static final class TooLarge extends IOException {
        TooLarge() {
            super("request body larger than " + MAX_BYTES + " bytes");
        }
    }

    private static final class Bounded extends FilterInputStream {
        private long read;

        Bounded(InputStream in) {
            super(in);
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

        private void count(int n) throws TooLarge {
            read += n;
            if (read > MAX_BYTES) {
                drain(in);
                throw new TooLarge();
            }
        }
    }
}
