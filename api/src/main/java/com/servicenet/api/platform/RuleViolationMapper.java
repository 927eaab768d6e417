package com.servicenet.api.platform;

import com.servicenet.rules.RuleTexts;
import com.servicenet.rules.RuleViolation;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/**
 * A business rule refused the request: 409 Conflict with the rule's text in the caller's language, or 404
 * when the rule is that the thing named does not exist (for the caller).
 */
@Provider
public class RuleViolationMapper extends ProblemMapper<RuleViolation> {

    @Override
    public Response toResponse(RuleViolation violation) {
        Response.Status status = violation.key().endsWith(".unknown") ? Response.Status.NOT_FOUND : Response.Status.CONFLICT;
        return ruleProblem(status, violation.key(), RuleTexts.render(violation, locale()));
    }
}
