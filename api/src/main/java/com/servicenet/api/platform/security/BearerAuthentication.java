package com.servicenet.api.platform.security;

import com.servicenet.identity.Caller;
import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.tenancy.TenantAdmission;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Logger;

/**
 * Authenticates every API request from its bearer token and nothing else: verifies it
 * ({@link BearerTokenVerifier}), makes its caller the request's {@link jakarta.ws.rs.core.SecurityContext},
 * establishes the tenant once and admits it. A request without a token goes on anonymous (the role check
 * answers 401 where one is needed); a token that fails verification is answered 401 at once.
 * <p>
 * This replaces Payara's MP-JWT mechanism, which re-parsed the JWKS and ran Jakarta Authentication and JACC
 * on every request: about a fifth of the server's CPU per repair create (docs/decisions.md).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthentication implements ContainerRequestFilter {

    static final String CHALLENGE = "Bearer realm=\"servicenet\"";
    private static final Logger LOG = Logger.getLogger(BearerAuthentication.class.getName());
    private static final String SCHEME = "Bearer ";

    @Inject
    BearerTokenVerifier verifier;

    @Inject
    CurrentTenant tenant;

    @Inject
    TenantAdmission admission;

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || tenant.isEstablished()) {
            return;
        }
        if (!authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw new NotAuthorizedException(CHALLENGE);
        }
        Caller caller;
        try {
            caller = verifier.verify(authorization.substring(SCHEME.length()).strip());
        } catch (Jwt.InvalidToken refused) {
            LOG.fine(() -> "bearer token refused: " + refused.getMessage());
            throw new NotAuthorizedException(CHALLENGE + ", error=\"invalid_token\"");
        }
        request.setSecurityContext(new CallerSecurityContext(caller, request.getSecurityContext().isSecure()));
        tenant.establish(caller);
        admission.admit();
    }
}
