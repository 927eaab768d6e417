package com.servicenet.api.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Makes the document Payara generates from this API's annotations into a contract a vendor can generate a
 * client from ({@code mp.openapi.filter}; docs/decisions.md, "OpenAPI contract"). Payara's scanner reads only
 * the WAR's own classes and mistakes what it does not know: enums and {@code java.time} types of platform-core
 * become {@code type: object}, {@code @Schema} adds {@code maxProperties: 0}, generic element types and
 * {@code Set} properties go missing. This filter looks at the Java types themselves (the representation and
 * command records, the resources' parameters) and says what JSON-B actually reads and writes; it adds the
 * problem+json responses every operation can give, and makes operation ids and path templates valid.
 */
public class OpenApiContract implements OASFilter {

    static final String PROBLEM_SCHEMA = "Problem";
    /** {@link #successTypes}' key for the method's own return type, whichever success status it is sent with. */
    private static final String ANY = "2xx";
    /** Every decimal the schema stores is numeric(p, 2): prices, fees, scores, weights. */
    static final int DECIMAL_SCALE = 2;
    private static final String PACKAGE = "com/servicenet/api";
    private static final Pattern TEMPLATE_REGEX = Pattern.compile("\\{\\s*(\\w+)\\s*:[^}]*}");
    private static final List<Class<? extends Annotation>> HTTP_METHODS =
            List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class);

    /** The problem statuses an operation may answer, and when. */
    private static final Map<String, String> PROBLEMS = new LinkedHashMap<>();

    static {
        PROBLEMS.put("400", "Rejected input: each rejected field is named in violations; nothing written");
        PROBLEMS.put("401", "No bearer token, or one that is expired, not from this realm or not for this API");
        PROBLEMS.put("403", "The token's roles do not allow this operation");
        PROBLEMS.put("404", "No such resource, or not visible to the caller's outlet");
        PROBLEMS.put("409", "Refused by a business rule in the current state; nothing changed");
        PROBLEMS.put("413", "Request body larger than the API accepts");
        PROBLEMS.put("422", "Understood but not processable as sent");
        PROBLEMS.put("429", "Too many requests; retry after the seconds in Retry-After");
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, List<Class<?>>> classes = apiClasses();
        Map<String, Method> resourceMethods = resourceMethods(classes);
        forgetPayaraEndpoints(openAPI);
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas() == null
                ? new LinkedHashMap<>() : new LinkedHashMap<>(openAPI.getComponents().getSchemas());
        Map<String, Class<?>> records = new LinkedHashMap<>();
        components.forEach((name, schema) -> records.put(name, pick(classes.get(name), schema)));
        records.values().stream().filter(c -> c != null && c.isRecord()).flatMap(c -> Arrays.stream(c.getRecordComponents()))
                .forEach(c -> register(c.getGenericType(), components)); // a platform-core record held by one of ours
        resourceMethods.values().forEach(m -> successTypes(m).values().forEach(t -> register(t, components)));
        records.forEach((name, type) -> describe(components.get(name), type, components.keySet()));
        components.put(PROBLEM_SCHEMA, problemSchema());
        openAPI.getComponents().setSchemas(components);

        Map<String, PathItem> paths = new LinkedHashMap<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> paths.put(plainTemplate(path), item));
        }
        Set<String> operationIds = duplicateOperationIds(paths);
        Set<String> taken = new HashSet<>();
        paths.forEach((path, item) -> item.getOperations().forEach((httpMethod, operation) -> {
            Method method = resourceMethods.get(httpMethod.name() + " " + path);
            if (operationIds.contains(operation.getOperationId())) {
                operation.setOperationId(uniqueId(operation.getOperationId(), path, taken));
            }
            taken.add(operation.getOperationId());
            if (operation.getTags() == null || operation.getTags().isEmpty()) {
                operation.setTags(List.of(path.split("/")[2])); // a generated client's RepairsApi, OutletsApi, ...
            }
            if (operation.getRequestBody() != null && method != null && Arrays.stream(method.getParameters()).anyMatch(OpenApiContract::isEntity)) {
                operation.getRequestBody().setRequired(true); // Inputs.valid refuses a missing body
            }
            parameters(operation, method, components.keySet());
            answer(operation, method, components.keySet());
            problems(operation, path, method);
            examples(operation, components);
        }));
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().setPathItems(paths);
        }
        walk(openAPI, components);
    }

    // ------------------------------------------------------------------ schemas from Java types

    /** Fills in an object schema from its record: every component, its real type, required ones listed. */
    private void describe(Schema schema, Class<?> type, Set<String> components) {
        if (type == null || !type.isRecord()) {
            return;
        }
        schema.setType(SchemaType.OBJECT);
        Map<String, Schema> properties = schema.getProperties() == null
                ? new LinkedHashMap<>() : new LinkedHashMap<>(schema.getProperties());
        List<String> required = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Field field = field(type, component.getName());
            Schema property = properties.get(component.getName());
            Schema fitted = fit(property, component.getGenericType(), field, components);
            properties.put(component.getName(), fitted);
            if (component.getType().isPrimitive() || annotated(field, NotNull.class, NotBlank.class, NotEmpty.class)) {
                required.add(component.getName());
            }
        }
        schema.setProperties(properties);
        schema.setRequired(required.isEmpty() ? null : required);
    }

    /** The schema of a value of this Java type, keeping what the scanner got right (constraints, descriptions). */
    private Schema fit(Schema found, Type type, AnnotatedElement annotations, Set<String> components) {
        Class<?> raw = raw(type);
        Schema schema = found == null ? OASFactory.createSchema() : found;
        if (schema.getRef() != null && !raw.isEnum()) {
            return schema;
        }
        if (raw.isEnum()) {
            schema.setRef(null);
            schema.setType(SchemaType.STRING);
            schema.setEnumeration(Arrays.stream(raw.getEnumConstants()).map(e -> (Object) ((Enum<?>) e).name()).toList());
        } else if (raw == LocalDate.class) {
            scalar(schema, SchemaType.STRING, "date");
        } else if (raw == Instant.class || raw == OffsetDateTime.class || raw == LocalDateTime.class) {
            scalar(schema, SchemaType.STRING, "date-time");
        } else if (raw == BigDecimal.class) {
            scalar(schema, SchemaType.NUMBER, null);
            Digits digits = annotations == null ? null : annotations.getAnnotation(Digits.class);
            int scale = digits == null ? DECIMAL_SCALE : digits.fraction();
            schema.addExtension("x-scale", scale);
            String note = "Decimal with at most " + scale + " fraction digits (yuan for money).";
            schema.setDescription(schema.getDescription() == null ? note : schema.getDescription() + " " + note);
        } else if (raw == long.class || raw == Long.class) {
            scalar(schema, SchemaType.INTEGER, "int64");
        } else if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class) {
            scalar(schema, SchemaType.INTEGER, "int32");
        } else if (raw == boolean.class || raw == Boolean.class) {
            scalar(schema, SchemaType.BOOLEAN, null);
        } else if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            scalar(schema, SchemaType.NUMBER, raw == float.class || raw == Float.class ? "float" : "double");
        } else if (raw == String.class) {
            scalar(schema, SchemaType.STRING, null);
        } else if (raw == byte[].class) {
            scalar(schema, SchemaType.STRING, "binary");
        } else if (Collection.class.isAssignableFrom(raw)) {
            schema.setType(SchemaType.ARRAY);
            schema.setProperties(null);
            if (Set.class.isAssignableFrom(raw)) {
                schema.setUniqueItems(true);
            }
            Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            schema.setItems(fit(schema.getItems(), element, null, components));
        } else if (raw.isRecord() && components.contains(componentName(raw))) {
            return OASFactory.createSchema().ref(componentName(raw));
        }
        return schema;
    }

    /**
     * The component a record is described by: its {@code @Schema(name)}, else its simple name as Payara names
     * the API's own records; platform-core's nested records, which Payara never sees, carry their enclosing
     * class's name too ({@code QualityRollupRun}, {@code CallbackSamplingRun}).
     */
    static String componentName(Class<?> type) {
        var named = type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        if (named != null && !named.name().isEmpty()) {
            return named.name();
        }
        boolean ours = type.getName().startsWith(PACKAGE.replace('/', '.') + ".");
        return !ours && type.getEnclosingClass() != null
                ? type.getEnclosingClass().getSimpleName() + type.getSimpleName() : type.getSimpleName();
    }

    /**
     * A record an operation answers with but Payara did not describe (platform-core's {@code RepairPage} and its
     * rows, a job's run) becomes a component of its own, with the records it holds.
     */
    private void register(Type type, Map<String, Schema> components) {
        Class<?> record = element(type);
        if (!record.isRecord() || components.containsKey(componentName(record))) {
            return;
        }
        Schema schema = OASFactory.createSchema().type(SchemaType.OBJECT);
        components.put(componentName(record), schema);
        for (RecordComponent component : record.getRecordComponents()) {
            register(component.getGenericType(), components);
        }
        describe(schema, record, components.keySet());
    }

    /** The record a value or a collection of values is made of (else the raw type). */
    private static Class<?> element(Type type) {
        Class<?> raw = raw(type);
        if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType p) {
            return raw(p.getActualTypeArguments()[0]);
        }
        return raw;
    }

    /**
     * The Java type of each success answer: what {@code @APIResponse(content = @Content(schema = @Schema(implementation)))}
     * names for its status, and the method's return type (not a {@code Response}) for any success ({@link #ANY}).
     */
    private static Map<String, Type> successTypes(Method method) {
        Map<String, Type> types = new HashMap<>();
        Class<?> returned = method.getReturnType();
        if (returned != void.class && returned != jakarta.ws.rs.core.Response.class) {
            types.put(ANY, method.getGenericReturnType());
        }
        for (var response : method.getAnnotationsByType(org.eclipse.microprofile.openapi.annotations.responses.APIResponse.class)) {
            for (var content : response.content()) {
                Class<?> named = content.schema().implementation();
                if (response.responseCode().startsWith("2") && named != Void.class) {
                    types.put(response.responseCode(), named);
                }
            }
        }
        return types;
    }

    private static void scalar(Schema schema, SchemaType type, String format) {
        schema.setRef(null);
        schema.setType(type);
        schema.setFormat(format);
        schema.setProperties(null);
        schema.setMaxProperties(null);
        schema.setMinProperties(null);
        if (type != SchemaType.STRING) {
            schema.setMinLength(null);
            schema.setMaxLength(null);
            schema.setPattern(null);
        }
    }

    private static Schema problemSchema() {
        Schema violation = OASFactory.createSchema().type(SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().type(SchemaType.STRING)
                        .description("The rejected input: a body field (parts[0].quantity), query or header parameter"))
                .addProperty("message", OASFactory.createSchema().type(SchemaType.STRING)
                        .description("Why, in the caller's language"))
                .required(List.of("field", "message"));
        return OASFactory.createSchema().type(SchemaType.OBJECT)
                .description("An RFC 9457 problem, served as application/problem+json in the caller's language "
                        + "(Accept-Language: en, zh-CN, zh-TW); exception messages never reach a client.")
                .addProperty("type", OASFactory.createSchema().type(SchemaType.STRING)
                        .description("urn:servicenet:problem:<key>, stable: branch on this"))
                .addProperty("title", OASFactory.createSchema().type(SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().type(SchemaType.INTEGER).format("int32"))
                .addProperty("detail", OASFactory.createSchema().type(SchemaType.STRING))
                .addProperty("instance", OASFactory.createSchema().type(SchemaType.STRING)
                        .description("The request path"))
                .addProperty("violations", OASFactory.createSchema().type(SchemaType.ARRAY).items(violation)
                        .description("One entry per rejected input field (400 only)"))
                .addProperty("correlationId", OASFactory.createSchema().type(SchemaType.STRING)
                        .description("Unexpected failures only: quote it to support to find the logged cause"))
                .required(List.of("type", "title", "status"))
                .example(Map.of("type", "urn:servicenet:problem:invalid-input", "title", "Invalid input", "status", 400,
                        "detail", "Some fields were rejected; see violations.", "instance", "/api/v1/repairs",
                        "violations", List.of(Map.of("field", "ticketNo", "message", "must not be blank"))));
    }

    // ------------------------------------------------------------------ operations

    private void parameters(Operation operation, Method method, Set<String> components) {
        if (operation.getParameters() == null || method == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            for (java.lang.reflect.Parameter javaParameter : method.getParameters()) {
                if (parameter.getName().equals(parameterName(javaParameter))) {
                    parameter.setSchema(fit(parameter.getSchema(), javaParameter.getParameterizedType(), javaParameter, components));
                }
            }
            if (parameter.getIn() == Parameter.In.PATH) {
                parameter.setRequired(true);
            }
        }
    }

    /**
     * Success answers as a generated client needs them. Payara names the answer of a method without
     * {@code @APIResponse} {@code default}: it is the method's success, 200 (204 for a void method). A method that
     * names only its problems loses its success answer: it gets a 200 (or its documented 2xx). And every success
     * answer whose Java type is a record gets that record's component ($ref, a list: an array of them) instead of
     * no schema or the inline copy Payara makes of {@code @Schema(implementation)}, which generators turn into
     * one-off classes ({@code Report201Response}).
     */
    private static void answer(Operation operation, Method method, Set<String> components) {
        if (method == null || operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        Map<String, APIResponse> responses = new LinkedHashMap<>(operation.getResponses().getAPIResponses());
        if (responses.containsKey("default") && responses.keySet().stream().noneMatch(k -> k.startsWith("2"))) {
            APIResponse success = responses.remove("default");
            String status = hasMedia(success.getContent()) || method.getReturnType() != void.class ? "200" : "204";
            responses.put(status, success);
            if (success.getDescription() == null || success.getDescription().isBlank()) {
                success.setDescription("204".equals(status) ? "Done" : "OK");
            }
        }
        Map<String, Type> types = successTypes(method);
        if (responses.keySet().stream().noneMatch(k -> k.startsWith("2")) && types.containsKey(ANY)) {
            responses.put("200", OASFactory.createAPIResponse().description("OK"));
        }
        responses.forEach((status, response) -> {
            Type type = status.startsWith("2") ? types.getOrDefault(status, types.get(ANY)) : null;
            Schema schema = type == null ? null : reference(type, components);
            if (schema == null) {
                return;
            }
            if (!hasMedia(response.getContent())) {
                response.setContent(OASFactory.createContent().addMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON,
                        OASFactory.createMediaType()));
            }
            response.getContent().getMediaTypes().forEach((name, media) -> {
                Schema found = media.getSchema();
                boolean referenced = found != null && (found.getRef() != null
                        || (found.getType() == SchemaType.ARRAY && found.getItems() != null && found.getItems().getRef() != null));
                if (name.contains("json") && !referenced) {
                    media.setSchema(schema);
                }
            });
        });
        responses.forEach((status, response) -> {
            if (status.startsWith("2") && hasMedia(response.getContent())) {
                response.getContent().getMediaTypes().forEach((name, media) -> {
                    Schema found = media.getSchema();
                    if (!name.contains("json") && (found == null || found.getType() == null || found.getType() == SchemaType.OBJECT)) {
                        // a CSV, a file: text or bytes, not the object Payara guesses for a Response
                        media.setSchema(OASFactory.createSchema().type(SchemaType.STRING)
                                .format(name.startsWith("text/") ? null : "binary"));
                    }
                });
            }
        });
        operation.getResponses().setAPIResponses(responses);
    }

    /** A $ref to the component of a record, or an array of them; null for anything else. */
    private static Schema reference(Type type, Set<String> components) {
        Class<?> record = element(type);
        if (!record.isRecord() || !components.contains(componentName(record))) {
            return null;
        }
        Schema schema = OASFactory.createSchema().ref(componentName(record));
        return Collection.class.isAssignableFrom(raw(type)) ? OASFactory.createSchema().type(SchemaType.ARRAY).items(schema) : schema;
    }

    private static boolean hasMedia(Content content) {
        return content != null && content.getMediaTypes() != null && !content.getMediaTypes().isEmpty();
    }

    /** The request body's parameter: one JAX-RS fills from neither the address, the headers nor its context. */
    private static boolean isEntity(java.lang.reflect.Parameter parameter) {
        return Arrays.stream(parameter.getAnnotations()).map(Annotation::annotationType)
                .noneMatch(a -> a.getPackageName().equals(QueryParam.class.getPackageName())
                        || a == jakarta.ws.rs.core.Context.class);
    }

    private static String parameterName(java.lang.reflect.Parameter parameter) {
        if (parameter.isAnnotationPresent(QueryParam.class)) {
            return parameter.getAnnotation(QueryParam.class).value();
        }
        if (parameter.isAnnotationPresent(PathParam.class)) {
            return parameter.getAnnotation(PathParam.class).value();
        }
        if (parameter.isAnnotationPresent(HeaderParam.class)) {
            return parameter.getAnnotation(HeaderParam.class).value();
        }
        return null;
    }

    /** The problem responses the platform can give to this operation, each with the Problem schema. */
    private void problems(Operation operation, String path, Method method) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        boolean authenticated = method == null || !method.isAnnotationPresent(PermitAll.class);
        boolean body = operation.getRequestBody() != null;
        boolean input = body || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        Set<String> statuses = new TreeSet<>();
        if (input) {
            statuses.add("400");
        }
        if (authenticated) {
            statuses.add("401");
            statuses.add("403");
        }
        if (path.contains("{")) {
            statuses.add("404");
        }
        if (body) {
            statuses.add("413");
        }
        statuses.add("429");
        if (responses.getAPIResponses() != null) {
            responses.getAPIResponses().keySet().stream().filter(PROBLEMS::containsKey).forEach(statuses::add);
        }
        for (String status : statuses) {
            APIResponse response = responses.getAPIResponse(status);
            if (response == null) {
                response = OASFactory.createAPIResponse().description(PROBLEMS.get(status));
                responses.addAPIResponse(status, response);
            }
            if (response.getContent() == null || response.getContent().getMediaTypes() == null
                    || response.getContent().getMediaTypes().isEmpty()) {
                response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
            }
            if ("429".equals(status)) {
                response.addHeader("Retry-After", OASFactory.createHeader()
                        .description("Seconds to wait before the next request")
                        .schema(OASFactory.createSchema().type(SchemaType.INTEGER).format("int32").minimum(BigDecimal.ONE)));
            }
        }
        operation.setResponses(responses);
    }

    /**
     * Every JSON request body and 2xx (or Payara's {@code default}) JSON answer gets an example on its media type, where clients and tools
     * look first: the one its annotation gives, else its record's {@code @Schema(example)} (a list answer: a
     * list of that), else one composed from the schema itself, record by record (see {@link #sample}). A
     * schema's example is used on its own media type only: one problem's example would mislead on every status.
     */
    private static void examples(Operation operation, Map<String, Schema> components) {
        List<Content> contents = new ArrayList<>();
        if (operation.getRequestBody() != null) {
            contents.add(operation.getRequestBody().getContent());
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().forEach((status, r) -> {
                if (status.startsWith("2") || "default".equals(status)) { // default: Payara's name for an unannotated method's answer
                    contents.add(r.getContent());
                }
            });
        }
        for (Content content : contents) {
            if (content == null || content.getMediaTypes() == null) {
                continue;
            }
            content.getMediaTypes().forEach((type, media) -> {
                boolean given = media.getExample() != null || (media.getExamples() != null && !media.getExamples().isEmpty());
                if (!given && type.contains("json") && media.getSchema() != null) {
                    Object example = sample(media.getSchema(), null, components, 0);
                    if (example != null) {
                        media.setExample(example);
                    }
                }
            });
        }
    }

    /**
     * An example value of this schema: its own example (a record's {@code @Schema(example)}), else one built from
     * its type: the first enum value, a date, 1, 10.00, false, an object of every property, a list of one item.
     * Strings are the property's name (an address for e-mails), cut to its maxLength. Null where nothing sensible can be said (binary).
     */
    static Object sample(Schema schema, String property, Map<String, Schema> components, int depth) {
        if (schema == null || depth > 32) {
            return null;
        }
        if (schema.getExample() != null) {
            return json(schema.getExample());
        }
        if (schema.getRef() != null) {
            return sample(components.get(name(schema.getRef())), property, components, depth + 1);
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        SchemaType type = schema.getType() == null && schema.getProperties() != null ? SchemaType.OBJECT : schema.getType();
        if (type == null) {
            return null;
        }
        switch (type) {
            case STRING: {
                if ("binary".equals(schema.getFormat()) || "byte".equals(schema.getFormat())) {
                    return null;
                }
                if ("date".equals(schema.getFormat())) {
                    return "2026-03-02";
                }
                if ("date-time".equals(schema.getFormat())) {
                    return "2026-03-02T01:30:00Z";
                }
                String text = property == null ? "text" : property;
                if ("email".equals(schema.getFormat()) || text.toLowerCase(java.util.Locale.ROOT).endsWith("email")) {
                    text = "service@outlet.example";
                }
                if (schema.getMaxLength() != null && text.length() > schema.getMaxLength()) {
                    text = text.substring(0, Math.max(1, schema.getMaxLength()));
                }
                return text;
            }
            case INTEGER:
                return schema.getMinimum() != null && schema.getMinimum().signum() > 0 ? schema.getMinimum().longValue() : 1L;
            case NUMBER:
                return schema.getMinimum() != null && schema.getMinimum().compareTo(BigDecimal.TEN) > 0
                        ? schema.getMinimum() : new BigDecimal("10.00");
            case BOOLEAN:
                return Boolean.FALSE;
            case ARRAY: {
                Object item = sample(schema.getItems(), property, components, depth + 1);
                return item == null ? List.of() : List.of(item);
            }
            case OBJECT: {
                Map<String, Object> object = new LinkedHashMap<>();
                if (schema.getProperties() != null) {
                    schema.getProperties().forEach((name, value) -> {
                        Object v = sample(value, name, components, depth + 1);
                        if (v != null) {
                            object.put(name, v);
                        }
                    });
                }
                return object;
            }
            default:
                return null;
        }
    }

    // ------------------------------------------------------------------ the whole document

    /** Every schema in the document: no {@code maxProperties: 0}, JSON examples as JSON, arrays with items. */
    private void walk(OpenAPI openAPI, Map<String, Schema> components) {
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        components.values().forEach(s -> clean(s, seen));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(p -> clean(p.getSchema(), seen));
                }
                if (operation.getRequestBody() != null) {
                    clean(operation.getRequestBody().getContent(), seen, true);
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                        clean(response.getContent(), seen, false);
                        if (response.getHeaders() != null) {
                            for (Header header : response.getHeaders().values()) {
                                if (header.getSchema() == null) {
                                    header.setSchema(OASFactory.createSchema().type(SchemaType.STRING));
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private void clean(Content content, Set<Schema> seen, boolean requestBody) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (MediaType media : content.getMediaTypes().values()) {
            Schema schema = media.getSchema();
            if (requestBody && schema != null && schema.getType() == SchemaType.ARRAY && schema.getItems() == null) {
                scalar(schema, SchemaType.STRING, "binary"); // a file's bytes (byte[] entity)
            }
            clean(schema, seen);
            if (media.getExample() != null) {
                media.setExample(json(media.getExample()));
            }
        }
    }

    private void clean(Schema schema, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (schema.getMaxProperties() != null && schema.getMaxProperties() == 0) {
            schema.setMaxProperties(null);
        }
        // Payara writes every attribute of a @Schema, unset ones as false: exclusive bounds without a bound and
        // uniqueItems on a string, which generators warn about and ignore; false is what absent means anyway
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum()) || schema.getMaximum() == null) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum()) || schema.getMinimum() == null) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems()) || (schema.getType() != null && schema.getType() != SchemaType.ARRAY)) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        if (schema.getMinProperties() != null && schema.getMinProperties() == 0) {
            schema.setMinProperties(null);
        }
        if (schema.getType() != SchemaType.STRING && schema.getRef() == null) {
            if (schema.getMinLength() != null && schema.getMinLength() == 0) {
                schema.setMinLength(null);
            }
        }
        if (schema.getType() == null && schema.getRef() == null && schema.getProperties() != null) {
            schema.setType(SchemaType.OBJECT);
        }
        if (schema.getType() == SchemaType.ARRAY && schema.getItems() == null) {
            schema.setItems(OASFactory.createSchema());
        }
        if (schema.getExample() != null) {
            schema.setExample(json(schema.getExample()));
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> clean(p, seen));
        }
        clean(schema.getItems(), seen);
    }

    /** An example given as JSON text in an annotation, as the JSON it is. */
    static Object json(Object example) {
        if (!(example instanceof String text) || !(text.strip().startsWith("{") || text.strip().startsWith("["))) {
            return example;
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return java(reader.readValue());
        } catch (RuntimeException notJson) {
            return example;
        }
    }

    private static Object java(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                ((JsonObject) value).forEach((k, v) -> map.put(k, java(v)));
                yield map;
            }
            case ARRAY -> ((JsonArray) value).stream().map(OpenApiContract::java).toList();
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).isIntegral() ? (Object) ((JsonNumber) value).longValueExact()
                    : ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }

    // ------------------------------------------------------------------ names and classes

    /** JAX-RS lets a template carry a regex ({code: .+}); OpenAPI templates are plain names. */
    static String plainTemplate(String path) {
        return TEMPLATE_REGEX.matcher(path).replaceAll("{$1}");
    }

    private static Set<String> duplicateOperationIds(Map<String, PathItem> paths) {
        Map<String, Integer> counts = new HashMap<>();
        paths.values().forEach(item -> item.getOperations().values()
                .forEach(o -> counts.merge(String.valueOf(o.getOperationId()), 1, Integer::sum)));
        Set<String> duplicates = new HashSet<>();
        counts.forEach((id, count) -> {
            if (count > 1) {
                duplicates.add(id);
            }
        });
        return duplicates;
    }

    /** A repeated method name made unique by its path: list on /v1/audit-templates is listAuditTemplates. */
    static String uniqueId(String operationId, String path, Set<String> taken) {
        StringBuilder id = new StringBuilder(operationId);
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.startsWith("{") || segment.equals("v1")) {
                continue;
            }
            for (String word : segment.split("-")) {
                id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        String candidate = id.toString();
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = id.toString() + n;
        }
        return candidate;
    }

    private static String name(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static Class<?> pick(List<Class<?>> candidates, Schema schema) {
        if (candidates == null || candidates.isEmpty()) {
            return null;
        }
        if (candidates.size() == 1 || schema.getProperties() == null) {
            return candidates.get(0);
        }
        // two records of the same simple name: the one whose components the scanner saw
        return candidates.stream().filter(Class::isRecord)
                .filter(c -> Arrays.stream(c.getRecordComponents()).map(RecordComponent::getName).toList()
                        .containsAll(schema.getProperties().keySet()))
                .findFirst().orElse(candidates.get(0));
    }

    private static Map<String, Method> resourceMethods(Map<String, List<Class<?>>> classes) {
        Map<String, Method> methods = new HashMap<>();
        classes.values().stream().flatMap(List::stream).filter(c -> c.isAnnotationPresent(Path.class)).forEach(resource -> {
            String base = "/v1/" + resource.getAnnotation(Path.class).value();
            for (Method method : resource.getMethods()) {
                for (Class<? extends Annotation> http : HTTP_METHODS) {
                    if (method.isAnnotationPresent(http)) {
                        String path = method.isAnnotationPresent(Path.class)
                                ? base + "/" + method.getAnnotation(Path.class).value() : base;
                        methods.put(http.getSimpleName() + " " + plainTemplate(path.replaceAll("/+", "/")
                                .replaceAll("(.)/$", "$1")), method);
                    }
                }
            }
        });
        return methods;
    }

    /** This WAR's classes by simple name, as schema components are named, and by their {@code @Schema(name)}. */
    private static Map<String, List<Class<?>>> apiClasses() {
        Map<String, List<Class<?>>> classes = new HashMap<>();
        ClassLoader loader = OpenApiContract.class.getClassLoader();
        try {
            Enumeration<URL> roots = loader.getResources(PACKAGE);
            while (roots.hasMoreElements()) {
                for (String name : classNames(roots.nextElement())) {
                    try {
                        Class<?> type = Class.forName(name, false, loader);
                        if (!type.isAnonymousClass() && !type.isSynthetic() && !Modifier.isPrivate(type.getModifiers())) {
                            classes.computeIfAbsent(type.getSimpleName(), k -> new ArrayList<>()).add(type);
                            var named = type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
                            if (named != null && !named.name().isEmpty()) { // a component renamed to keep two records apart
                                classes.computeIfAbsent(named.name(), k -> new ArrayList<>()).add(type);
                            }
                        }
                    } catch (ClassNotFoundException | LinkageError unloadable) {
                        // not one of ours to describe
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return classes;
    }

    private static List<String> classNames(URL root) throws IOException {
        if ("jar".equals(root.getProtocol())) {
            try (var jar = ((JarURLConnection) root.openConnection()).getJarFile()) {
                return jar.stream().map(java.util.zip.ZipEntry::getName)
                        .filter(n -> n.startsWith(PACKAGE) && n.endsWith(".class"))
                        .map(n -> n.substring(0, n.length() - 6).replace('/', '.')).toList();
            }
        }
        if (!"file".equals(root.getProtocol())) {
            return List.of();
        }
        try {
            java.nio.file.Path base = Paths.get(root.toURI());
            java.nio.file.Path top = base;
            for (int i = 0; i < PACKAGE.split("/").length; i++) {
                top = top.getParent();
            }
            java.nio.file.Path classRoot = top;
            try (Stream<java.nio.file.Path> files = Files.walk(base)) {
                return files.map(p -> classRoot.relativize(p).toString().replace(java.io.File.separatorChar, '/'))
                        .filter(n -> n.endsWith(".class"))
                        .map(n -> n.substring(0, n.length() - 6).replace('/', '.')).toList();
            }
        } catch (URISyntaxException e) {
            return List.of();
        }
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    @SafeVarargs
    private static boolean annotated(AnnotatedElement element, Class<? extends Annotation>... annotations) {
        return element != null && Arrays.stream(annotations).anyMatch(element::isAnnotationPresent);
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    /**
     * Payara adds its own top-level {@code endpoints} map to the document it serves, which is no OpenAPI field
     * (validators reject it). It has no place in the MicroProfile model, hence reflection.
     */
    private static void forgetPayaraEndpoints(OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new HashMap<>());
        } catch (ReflectiveOperationException | RuntimeException notPayara) {
            // another implementation: nothing to forget
        }
    }
}
