package com.servicenet.web.errors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Logs an unexpected failure under a reference the error page shows, so support can find it; the user sees nothing else. */
@Named
@RequestScoped
public class ErrorReference {

    private static final Logger LOG = Logger.getLogger(ErrorReference.class.getName());

    @Inject
    HttpServletRequest request;

    private String value;

    @PostConstruct
    void log() {
        value = UUID.randomUUID().toString();
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        LOG.log(Level.SEVERE, "unexpected failure at " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
                + ", reference " + value, failure instanceof Throwable cause ? cause : null);
    }

    public String getValue() {
        return value;
    }
}
