package com.servicenet.api.platform;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Turns an exception family into a problem response in the caller's language (Accept-Language: en, zh-CN
 * or zh-TW). Texts live in {@code com/servicenet/api/problems*.properties}; an exception's own message never
 * reaches a client.
 */
public abstract class ProblemMapper<E extends Throwable> implements ExceptionMapper<E> {

    private static final String BUNDLE = "com.servicenet.api.problems";
    private static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE, Locale.ENGLISH);

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    /** A status JAX-RS has no constant for, such as 422 or 429. */
    protected static Response.StatusType status(int code, String reason) {
        return new Response.StatusType() {
            @Override
            public int getStatusCode() {
                return code;
            }

            @Override
            public Response.Status.Family getFamily() {
                return Response.Status.Family.familyOf(code);
            }

            @Override
            public String getReasonPhrase() {
                return reason;
            }
        };
    }

    /** A problem named by its key: {@code problem.KEY.title} and {@code problem.KEY.detail} in the bundle. */
    protected Response problem(Response.StatusType status, String key, Object... detailArguments) {
        return detailedProblem(status, key, List.of(), null, detailArguments);
    }

    protected Response detailedProblem(Response.StatusType status, String key, List<Problem.Violation> violations,
                             String correlationId, Object... detailArguments) {
        ResourceBundle texts = texts();
        Problem problem = new Problem("urn:servicenet:problem:" + key,
                text(texts, "problem." + key + ".title"),
                status.getStatusCode(),
                MessageFormat.format(text(texts, "problem." + key + ".detail"), detailArguments),
                uri == null ? null : uri.getRequestUri().getPath(),
                violations.isEmpty() ? null : violations,
                correlationId);
        return Response.status(status.getStatusCode()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /**
     * Logs an unexpected failure under a correlation id, the request's id ({@link RequestTelemetry}), so that the
     * failure, the request log's line and the caller's report meet; the client gets that id and nothing else.
     */
    protected Response unexpected(Throwable failure) {
        String requestId = headers == null ? null : headers.getHeaderString(RequestTelemetry.HEADER);
        String correlationId = requestId != null ? requestId : java.util.UUID.randomUUID().toString();
        java.util.logging.LogRecord line = new java.util.logging.LogRecord(java.util.logging.Level.SEVERE,
                "unexpected failure, correlation id " + correlationId);
        line.setLoggerName(getClass().getName());
        line.setThrown(failure);
        line.setParameters(new Object[]{java.util.Map.of("requestId", correlationId)});
        java.util.logging.Logger.getLogger(getClass().getName()).log(line);
        return detailedProblem(Response.Status.INTERNAL_SERVER_ERROR, "unexpected", List.of(), correlationId, correlationId);
    }

    /** A problem whose detail is a rule's text, already in the caller's language. */
    protected Response ruleProblem(Response.StatusType status, String ruleKey, String detail) {
        Problem problem = new Problem("urn:servicenet:problem:" + ruleKey,
                text(texts(), "problem.rule." + status.getStatusCode() + ".title"),
                status.getStatusCode(), detail, uri == null ? null : uri.getRequestUri().getPath(), null, null);
        return Response.status(status.getStatusCode()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The text of a key in the caller's language, for messages that go inside a problem. */
    protected String text(String key, Object... arguments) {
        return MessageFormat.format(text(texts(), key), arguments);
    }

    private ResourceBundle texts() {
        return ResourceBundle.getBundle(BUNDLE, locale());
    }

    protected Locale locale() {
        List<Locale> wanted = headers == null ? List.of() : headers.getAcceptableLanguages();
        for (Locale candidate : wanted) {
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(candidate.getLanguage())
                        && (supported.getCountry().equals(candidate.getCountry()) || supported.equals(Locale.ENGLISH))) {
                    return supported;
                }
            }
            if ("zh".equals(candidate.getLanguage())) {
                // zh-Hant, zh-HK and zh-MO read traditional characters; plain zh and zh-Hans simplified
                String tag = candidate.toLanguageTag();
                return tag.contains("Hant") || tag.endsWith("HK") || tag.endsWith("MO")
                        ? Locale.TRADITIONAL_CHINESE : Locale.SIMPLIFIED_CHINESE;
            }
        }
        return Locale.ENGLISH;
    }

    private static String text(ResourceBundle texts, String key) {
        try {
            return texts.getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
    }
}
