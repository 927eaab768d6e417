package com.servicenet.web.security;

import com.servicenet.identity.Caller;
import com.servicenet.identity.Roles;
import com.servicenet.tenancy.AccessRevokedException;
import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.tenancy.TenantAdmission;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Resolves the tenant of every authenticated browser request once, from the verified OpenID Connect identity. */
@WebFilter("/*")
public class TenantFilter extends HttpFilter {

    @Inject
    CurrentTenant tenant;

    @Inject
    OpenIdContext openId;

    @Inject
    TenantAdmission admission;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && !tenant.isEstablished() && !isStaticResource(request)) {
            tenant.establish(caller(request));
            try {
                admission.admit();
            } catch (AccessRevokedException revoked) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Style sheets and scripts need no tenant, and a page loads a dozen of them. */
    private static boolean isStaticResource(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/");
    }

    private Caller caller(HttpServletRequest request) {
        var roles = Roles.ALL.stream().filter(request::isUserInRole).toList();
        String outletClaim = openId.getIdentityToken().getJwtClaims().getStringClaim("outlet_id").orElse(null);
        return Caller.of(request.getUserPrincipal().getName(), roles, outletClaim);
    }
}
