package com.servicenet.api.platform;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** A body that is not the JSON this API expects (syntax, or a value of the wrong type): 400, nothing written. */
@Provider
public class MalformedJsonMapper extends ProblemMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException malformed) {
        return problem(Response.Status.BAD_REQUEST, "malformed-json");
    }
}
