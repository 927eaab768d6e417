package com.servicenet.api.platform;

import com.servicenet.rules.RuleTexts;
import com.servicenet.rules.RuleViolation;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/**
 * A business rule refused the request: 409 Conflict with the rule's text in the caller's language; 404 when
 * the rule is that the thing named does not exist (for the caller); 422 when a key that makes a request
 * idempotent comes again with a different request.
 */
@Provider
public class RuleViolationMapper extends ProblemMapper<RuleViolation> {

    private static final Response.StatusType UNPROCESSABLE = status(422, "Unprocessable Content");

    @Override
    public Response toResponse(RuleViolation violation) {
        String key = violation.key();
        Response.StatusType status = key.endsWith(".unknown") || key.endsWith(".none") ? Response.Status.NOT_FOUND
                : key.endsWith("-reused") ? UNPROCESSABLE : Response.Status.CONFLICT;
        return ruleProblem(status, key, RuleTexts.render(violation, locale()));
    }
}
