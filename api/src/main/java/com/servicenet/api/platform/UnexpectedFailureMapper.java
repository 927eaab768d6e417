package com.servicenet.api.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The last resort: logs the cause under a correlation id and tells the client nothing else. */
@Provider
public class UnexpectedFailureMapper extends ProblemMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        String correlationId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "unexpected failure, correlation id " + correlationId, failure);
        return detailedProblem(Response.Status.INTERNAL_SERVER_ERROR, "unexpected", List.of(), correlationId, correlationId);
    }
}
