package com.servicenet.web.security;

import com.servicenet.identity.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.util.List;

/** Who is logged in, for page headers. */
@Named
@RequestScoped
public class CallerView {

    @Inject
    SecurityContext security;

    private String name = "";
    private List<String> roles = List.of();

    @PostConstruct
    void load() {
        if (security.getCallerPrincipal() != null) {
            name = security.getCallerPrincipal().getName();
            roles = Roles.ALL.stream().filter(security::isCallerInRole).toList();
        }
    }

    public String getName() {
        return name;
    }

    public List<String> getRoles() {
        return roles;
    }
}
