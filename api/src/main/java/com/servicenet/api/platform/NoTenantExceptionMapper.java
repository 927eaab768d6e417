package com.servicenet.api.platform;

import com.servicenet.tenancy.NoTenantException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** Outlet work asked for by a token that names no outlet. */
@Provider
public class NoTenantExceptionMapper extends ProblemMapper<NoTenantException> {

    @Override
    public Response toResponse(NoTenantException exception) {
        return problem(Response.Status.FORBIDDEN, "no-outlet");
    }
}
