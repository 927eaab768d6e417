package com.servicenet.api.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Bean Validation refusals of request input: 400 with one violation per field, in the caller's language. */
@Provider
public class ConstraintViolationExceptionMapper extends ProblemMapper<ConstraintViolationException> {

    /** Resources name their request body parameter so; its violations are the body's fields. */
    private static final String BODY = "command";

    private static final MessageInterpolator INTERPOLATOR = Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        Locale locale = locale();
        List<Problem.Violation> violations = exception.getConstraintViolations().stream()
                .map(violation -> new Problem.Violation(field(violation), message(violation, locale)))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return detailedProblem(Response.Status.BAD_REQUEST, "invalid-input", violations, null);
    }

    /** The validator rendered the message in the server's language; render it again in the caller's. */
    private static String message(ConstraintViolation<?> violation, Locale locale) {
        try {
            return INTERPOLATOR.interpolate(violation.getMessageTemplate(), new MessageInterpolator.Context() {
                @Override
                public ConstraintDescriptor<?> getConstraintDescriptor() {
                    return violation.getConstraintDescriptor();
                }

                @Override
                public Object getValidatedValue() {
                    return violation.getInvalidValue();
                }

                @Override
                public <T> T unwrap(Class<T> type) {
                    throw new jakarta.validation.ValidationException("not supported");
                }
            }, locale);
        } catch (RuntimeException cannotRenderAgain) {
            return violation.getMessage();
        }
    }

    /** The field as the client sent it, e.g. {@code parts[1].quantity}: properties only, without method and parameter names. */
    private static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY
                    || node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                if (node.isInIterable() && node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    field.append(field.length() == 0 ? "" : ".").append(node.getName());
                }
            } else if (node.getKind() == jakarta.validation.ElementKind.PARAMETER && !BODY.equals(node.getName())) {
                // a query parameter or header, named as in the request (the build keeps parameter names)
                field.append(node.getName());
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }
}
