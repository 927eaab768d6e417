package com.servicenet.api.platform;

import com.servicenet.rules.InvalidField;
import com.servicenet.rules.RuleTexts;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/** The domain rejected one input field (a part not on the price list, another outlet's technician): 400 naming it. */
@Provider
public class InvalidFieldMapper extends ProblemMapper<InvalidField> {

    @Override
    public Response toResponse(InvalidField invalid) {
        return detailedProblem(Response.Status.BAD_REQUEST, "invalid-input",
                List.of(new Problem.Violation(invalid.field(), RuleTexts.render(invalid, locale()))), null);
    }
}
