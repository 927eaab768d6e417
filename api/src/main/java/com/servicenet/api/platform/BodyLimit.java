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

    /** A file upload (a visit's photo, an action's evidence) is the one body that may be larger. */
    static final int MAX_UPLOAD_BYTES = com.servicenet.audits.entity.Upload.MAX_BYTES;

    /**
     * A refused body is still read up to this size: a client that is still sending does not read the answer
     * until it has sent everything, so leaving the body unread would leave it waiting. Beyond it, the
     * connection is closed instead.
     */
    static final int DRAINED_BYTES = 32 * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        int limit = limit(request.getUriInfo().getPath());
        if (request.getLength() > limit) {
            boolean drained = request.getLength() <= DRAINED_BYTES && drain(request.getEntityStream());
            Response.ResponseBuilder tooLarge = Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE);
            throw new WebApplicationException(drained ? tooLarge.build() : tooLarge.header("Connection", "close").build());
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Bounded(request.getEntityStream(), limit));
        }
    }

    static int limit(String path) {
        return path.endsWith("/attachments") || path.endsWith("/evidence") ? MAX_UPLOAD_BYTES : MAX_BYTES;
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
        TooLarge(int limit) {
            super("request body larger than " + limit + " bytes");
        }
    }

    private static final class Bounded extends FilterInputStream {
        private final int limit;
        private long read;

        Bounded(InputStream in, int limit) {
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

        private void count(int n) throws TooLarge {
            read += n;
            if (read > limit) {
                drain(in);
                throw new TooLarge(limit);
            }
        }
    }
}
