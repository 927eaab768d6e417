package com.servicenet.api.platform;

import com.servicenet.identity.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * Version 1 of the ServiceNet REST API, served under {@code /api/v1}. Callers present a Keycloak bearer
 * token whose audience is {@code servicenet-api}; the outlet they act for is the token's {@code outlet_id}.
 * Tokens are verified by {@link com.servicenet.api.platform.security.BearerAuthentication}, not by the server's
 * MP-JWT mechanism, and roles are checked by {@link com.servicenet.api.platform.security.RoleCheck}.
 */
@ApplicationPath("v1")
@ApplicationScoped
@DeclareRoles({Roles.HQ_NETWORK_ADMIN, Roles.HQ_TRAINER, Roles.HQ_AUDITOR, Roles.HQ_QUALITY,
        Roles.MYSTERY_SHOPPER, Roles.OUTLET_MANAGER, Roles.OUTLET_TECHNICIAN, Roles.OUTLET_SYSTEM})
@OpenAPIDefinition(
        info = @Info(title = "ServiceNet API", version = "1",
                description = "Repairs, price list and technicians for authorized service outlets' own software."),
        security = @SecurityRequirement(name = "keycloak"))
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "An access token from Keycloak: client credentials of the outlet's API client, or an outlet user's token.")
public class ApiApplication extends Application {
}
