package com.servicenet.api.platform.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;
import java.util.Set;

/**
 * Enforces {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on every resource method, the
 * method's annotation before its class's. A method that names none of them is refused: a forgotten
 * annotation fails closed. 401 when nobody is authenticated, 403 when the caller lacks every role.
 */
@Provider
public class RoleCheck implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Set<String> roles = rolesFor(resource.getResourceMethod(), resource.getResourceClass());
        if (roles != null) {
            context.register(new Filter(roles));
        }
    }

    /** @return the roles allowed, empty for none at all, {@code null} for everyone */
    static Set<String> rolesFor(Method method, Class<?> resourceClass) {
        if (method.isAnnotationPresent(DenyAll.class)) {
            return Set.of();
        }
        if (method.isAnnotationPresent(RolesAllowed.class)) {
            return Set.of(method.getAnnotation(RolesAllowed.class).value());
        }
        if (method.isAnnotationPresent(PermitAll.class)) {
            return null;
        }
        if (resourceClass.isAnnotationPresent(DenyAll.class)) {
            return Set.of();
        }
        if (resourceClass.isAnnotationPresent(RolesAllowed.class)) {
            return Set.of(resourceClass.getAnnotation(RolesAllowed.class).value());
        }
        return resourceClass.isAnnotationPresent(PermitAll.class) ? null : Set.of();
    }

    @Priority(Priorities.AUTHORIZATION)
    private static final class Filter implements ContainerRequestFilter {

        private final Set<String> roles;

        Filter(Set<String> roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = request.getSecurityContext();
            if (!(security instanceof CallerSecurityContext)) {
                throw new NotAuthorizedException(BearerAuthentication.CHALLENGE);
            }
            if (roles.stream().noneMatch(security::isUserInRole)) {
                throw new ForbiddenException();
            }
        }
    }
}
