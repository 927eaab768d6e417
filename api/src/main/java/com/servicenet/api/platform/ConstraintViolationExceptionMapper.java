package com.servicenet.api.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.Comparator;
import java.util.List;

/** Bean Validation refusals of request input: 400 with one violation per field. */
@Provider
public class ConstraintViolationExceptionMapper extends ProblemMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<Problem.Violation> violations = exception.getConstraintViolations().stream()
                .map(violation -> new Problem.Violation(field(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return detailedProblem(Response.Status.BAD_REQUEST, "invalid-input", violations, null);
    }

    /** The field name as the client sent it: the last node of the path, without the method and parameter names. */
    private static String field(ConstraintViolation<?> violation) {
        String field = "";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                field = field.isEmpty() ? node.getName() : field + "." + node.getName();
            }
        }
        return field.isEmpty() ? "body" : field;
    }
}
