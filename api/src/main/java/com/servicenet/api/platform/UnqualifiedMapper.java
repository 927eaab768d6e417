package com.servicenet.api.platform;

import com.servicenet.rules.RuleTexts;
import com.servicenet.rules.Unqualified;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/**
 * The certification gate refused a technician: 422, the request is well formed but its technician may not do
 * this repair; the violation names the field and says which technician lacks which certification.
 */
@Provider
public class UnqualifiedMapper extends ProblemMapper<Unqualified> {

    private static final Response.StatusType UNPROCESSABLE = status(422, "Unprocessable Content");

    @Override
    public Response toResponse(Unqualified refused) {
        return detailedProblem(UNPROCESSABLE, "unqualified",
                List.of(new Problem.Violation(refused.field(), RuleTexts.render(refused, locale()))), null);
    }
}
