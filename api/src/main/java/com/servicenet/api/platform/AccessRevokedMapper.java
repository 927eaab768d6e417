package com.servicenet.api.platform;

import com.servicenet.tenancy.AccessRevokedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** A terminated outlet's token: 403, whatever it asks for. */
@Provider
public class AccessRevokedMapper extends ProblemMapper<AccessRevokedException> {

    @Override
    public Response toResponse(AccessRevokedException revoked) {
        return problem(Response.Status.FORBIDDEN, "access-revoked");
    }
}
