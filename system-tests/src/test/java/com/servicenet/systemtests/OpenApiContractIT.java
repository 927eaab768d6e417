package com.servicenet.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI document the running platform serves, read as a vendor's tooling reads it: it must pass
 * swagger-parser's validation, point at the API, type what the API reads and writes, document its problems,
 * and its request examples must be accepted as they are (only the values that must be unique are changed).
 */
class OpenApiContractIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PROBLEM_STATUSES = List.of("400", "401", "403", "404", "409", "413", "422", "429");

    private static String document;
    private static OpenAPI api;
    private static List<String> messages;

    @BeforeAll
    static void fetch() {
        HttpResponse<String> served = Platform.send(HttpRequest.newBuilder(URI.create(Platform.URL + "/openapi")).GET());
        assertEquals(200, served.statusCode());
        document = served.body();
        java.nio.file.Path target = java.nio.file.Path.of("target");
        if (java.nio.file.Files.isDirectory(target)) { // to read what was checked
            try {
                java.nio.file.Files.writeString(target.resolve("openapi.yaml"), document);
            } catch (java.io.IOException ignored) {
                // only a copy
            }
        }
        ParseOptions options = new ParseOptions();
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
        messages = result.getMessages() == null ? List.of() : result.getMessages();
        api = result.getOpenAPI();
        assertNotNull(api, "parsed: " + messages);
    }

    @Test
    void passesTheValidator() {
        assertEquals(List.of(), messages);
    }

    @Test
    void hasOneServerTheApisBase() {
        assertEquals(1, api.getServers().size(), api.getServers().toString());
        String url = api.getServers().get(0).getUrl();
        assertTrue(url.endsWith("/api"), url);
        assertTrue(api.getPaths().keySet().stream().allMatch(p -> p.startsWith("/v1/")), api.getPaths().keySet().toString());
    }

    @Test
    void typesWhatTheApiReadsAndWrites() {
        Schema<?> report = component("ReportRepair");
        assertEquals("string", property(report, "purchaseDate").getType());
        assertEquals("date", property(report, "purchaseDate").getFormat());
        assertEquals("date-time", property(report, "receivedAt").getFormat());
        assertEquals("string", property(report, "serviceType").getType());
        assertEquals(List.of("IN_SHOP", "ON_SITE", "INSTALLATION"), property(report, "serviceType").getEnum());
        assertTrue(property(report, "productCategory").getEnum().contains("AIR_CONDITIONER"));
        assertEquals("number", property(report, "labourFee").getType());
        assertEquals(2, ((Number) property(report, "labourFee").getExtensions().get("x-scale")).intValue());
        assertTrue(report.getRequired().containsAll(List.of("ticketNo", "serviceType", "productCategory", "customer")),
                String.valueOf(report.getRequired()));

        Schema<?> repair = component("RepairRepresentation");
        assertEquals("date-time", property(component("Steps"), "closedAt").getFormat());
        assertEquals("number", property(repair, "amountCharged").getType());
        assertEquals("string", property(repair, "status").getType());
        assertFalse(property(repair, "status").getEnum().isEmpty());

        Schema<?> register = component("Register");
        assertEquals("array", property(register, "productCategories").getType());
        assertTrue(property(register, "productCategories").getItems().getEnum().contains("REFRIGERATOR"));

        Parameter status = api.getPaths().get("/v1/repairs").getGet().getParameters().stream()
                .filter(p -> p.getName().equals("status")).findFirst().orElseThrow();
        assertTrue(status.getSchema().getEnum().contains("WAITING_FOR_PARTS"), String.valueOf(status.getSchema()));

        assertFalse(document.contains("maxProperties: 0"), "no schema forbids every property");
        for (Map.Entry<String, Schema> component : api.getComponents().getSchemas().entrySet()) {
            Map<String, Schema> properties = component.getValue().getProperties();
            if (properties != null) {
                properties.forEach((name, schema) -> assertFalse(
                        "object".equals(schema.getType()) && schema.get$ref() == null && schema.getProperties() == null,
                        component.getKey() + "." + name + " is an object without properties"));
            }
        }
    }

    @Test
    void documentsProblemsAndHeaders() {
        assertNotNull(component("Problem").getProperties().get("type"));
        Operation report = api.getPaths().get("/v1/repairs").getPost();
        for (String status : List.of("400", "401", "403", "409", "413", "422", "429")) {
            ApiResponse response = report.getResponses().get(status);
            assertNotNull(response, "POST /v1/repairs documents " + status);
            assertEquals("#/components/schemas/Problem",
                    response.getContent().get("application/problem+json").getSchema().get$ref(), status);
        }
        assertNotNull(report.getResponses().get("429").getHeaders().get("Retry-After"));
        Parameter key = report.getParameters().stream().filter(p -> p.getName().equals("Idempotency-Key")).findFirst().orElseThrow();
        assertEquals("header", key.getIn());
        assertNotNull(key.getDescription());
        assertNotNull(api.getPaths().get("/v1/repairs/{id}").getGet().getResponses().get("404"));

        List<String> undocumented = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            operation.getResponses().forEach((status, response) -> {
                if (PROBLEM_STATUSES.contains(status) && (response.getContent() == null
                        || response.getContent().get("application/problem+json") == null)) {
                    undocumented.add(method + " " + path + " " + status);
                }
            });
            if (operation.getResponses().get("429") == null) {
                undocumented.add(method + " " + path + " 429");
            }
        }));
        assertEquals(List.of(), undocumented);
    }

    /**
     * Every JSON request body and every 2xx JSON answer carries an example on its media type (where generators
     * and tools look), so a vendor sees a whole request and answer for each operation.
     */
    @Test
    void everyJsonBodyAndAnswerHasAnExample() {
        List<String> lacking = new ArrayList<>();
        int[] checked = {0, 0};
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String name = method + " " + path + " (" + operation.getOperationId() + ")";
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                var media = operation.getRequestBody().getContent().get("application/json");
                if (media != null) {
                    checked[0]++;
                    if (!hasExample(media)) {
                        lacking.add(name + " request");
                    } else {
                        conforms(media.getSchema(), JSON.valueToTree(media.getExample()), name + " request", lacking);
                    }
                }
            }
            operation.getResponses().forEach((status, response) -> {
                // "default" is what Payara names the answer of a method without @APIResponse: its success
                if ((status.startsWith("2") || "default".equals(status)) && response.getContent() != null) {
                    var media = response.getContent().get("application/json");
                    if (media != null) {
                        checked[1]++;
                        if (!hasExample(media)) {
                            lacking.add(name + " " + status);
                        } else {
                            conforms(media.getSchema(), JSON.valueToTree(media.getExample()), name + " " + status, lacking);
                        }
                    }
                }
            });
        }));
        System.out.printf("OpenAPI examples: %d JSON request bodies, %d 2xx/default JSON answers, %d of them lacking one%n",
                checked[0], checked[1], lacking.size());
        assertTrue(checked[0] > 20 && checked[1] > 20, "the document's bodies and answers were found: " + checked[0] + ", " + checked[1]);
        assertEquals(List.of(), lacking, lacking.size() + " JSON bodies or 2xx answers without an example, or with one its schema refuses");
        var repair = api.getPaths().get("/v1/repairs/{id}").getGet().getResponses().get("200");
        assertNotNull(repair, "a method naming only its problems keeps its success answer");
        assertTrue(hasExample(repair.getContent().get("application/json")), "GET /v1/repairs/{id} 200 has an example");
    }

    /**
     * What a generated client needs of each operation: a tag (its RepairsApi, OutletsApi...), a real success
     * status (not Payara's {@code default}), a required body where the API refuses a missing one, and every JSON
     * success answer typed by a named component (or a list of them), not left without a schema or copied inline,
     * which generators turn into {@code void} methods and one-off {@code Report201Response} classes.
     */
    @Test
    void everyOperationIsOneAGeneratorCanType() {
        List<String> lacking = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String name = method + " " + path;
            if (operation.getTags() == null || operation.getTags().isEmpty()) {
                lacking.add(name + ": no tag");
            }
            if (operation.getResponses().get("default") != null) {
                lacking.add(name + ": a default answer");
            }
            if (operation.getResponses().keySet().stream().noneMatch(s -> s.startsWith("2"))) {
                lacking.add(name + ": no success status");
            }
            if (operation.getRequestBody() != null && !Boolean.TRUE.equals(operation.getRequestBody().getRequired())) {
                lacking.add(name + ": body not required");
            }
            operation.getResponses().forEach((status, response) -> {
                if ("201".equals(status) && (response.getContent() == null || response.getContent().isEmpty())) {
                    lacking.add(name + " 201: the created resource's body undocumented");
                }
                var media = response.getContent() == null ? null : response.getContent().get("application/json");
                if (status.startsWith("2") && media != null) {
                    Schema<?> schema = media.getSchema();
                    boolean named = schema != null && (schema.get$ref() != null
                            || ("array".equals(schema.getType()) && schema.getItems() != null && schema.getItems().get$ref() != null));
                    if (!named) {
                        lacking.add(name + " " + status + ": " + (schema == null ? "no schema" : "an inline schema"));
                    }
                }
            });
        }));
        api.getComponents().getSchemas().forEach((name, schema) -> untyped(schema, name, lacking));
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(p -> untyped(p.getSchema(), method + " " + path + " ?" + p.getName(), lacking));
            }
            operation.getResponses().forEach((status, response) -> {
                if (response.getContent() != null) {
                    response.getContent().forEach((type, media) -> untyped(media.getSchema(), method + " " + path + " " + status + " " + type, lacking));
                }
            });
        }));
        assertEquals(List.of(), lacking, lacking.size() + " operations a generated client cannot type");

        var page = api.getPaths().get("/v1/repairs").getGet().getResponses().get("200").getContent().get("application/json");
        assertEquals("#/components/schemas/RepairPage", page.getSchema().get$ref());
        assertEquals("#/components/schemas/RepairRow", property(component("RepairPage"), "items").getItems().get$ref());
        assertEquals("date-time", property(component("RepairRow"), "receivedAt").getFormat());
        assertEquals("#/components/schemas/RepairRepresentation", api.getPaths().get("/v1/repairs").getPost()
                .getResponses().get("201").getContent().get("application/json").getSchema().get$ref());
        Operation move = api.getPaths().get("/v1/repairs/{id}/transitions").getPost();
        assertEquals(List.of("repairs"), move.getTags());
        assertNotNull(move.getResponses().get("422"), "a move to REPAIRED by an uncertified technician");
        assertEquals("date-time", property(component("AppointmentRepresentation"), "validFrom").getFormat());
        assertEquals("string", api.getPaths().get("/v1/quality/ranking.csv").getGet().getResponses().get("200")
                .getContent().get("text/csv").getSchema().getType());
        Parameter from = api.getPaths().get("/v1/quality/ranking").getGet().getParameters().stream()
                .filter(p -> p.getName().equals("from")).findFirst().orElseThrow();
        assertTrue("2026-03".matches(from.getSchema().getPattern()) && !"2026-13".matches(from.getSchema().getPattern()),
                "a month: " + from.getSchema().getPattern());
    }

    /**
     * An object schema that says nothing of its properties (a generator makes it an untyped map or Object), or a
     * constraint that does not fit its schema (generators warn and ignore it, and a reader wonders what it means).
     */
    private static void untyped(Schema<?> schema, String where, List<String> lacking) {
        if (schema == null) {
            return;
        }
        if ((schema.getExclusiveMaximum() != null && schema.getMaximum() == null)
                || (schema.getExclusiveMinimum() != null && schema.getMinimum() == null)) {
            lacking.add(where + ": an exclusive bound without a bound");
        }
        if (schema.getUniqueItems() != null && !"array".equals(schema.getType())) {
            lacking.add(where + ": uniqueItems on a " + schema.getType());
        }
        if ("object".equals(schema.getType()) && schema.get$ref() == null && schema.getProperties() == null
                && schema.getAdditionalProperties() == null) {
            lacking.add(where + ": an object without properties");
        }
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> untyped(property, where + "." + name, lacking));
        }
        untyped(schema.getItems(), where + "[]", lacking);
    }

    /**
     * The problems the running API gives are the ones its document names for that operation, as problem+json:
     * each request below provokes one (a query parameter that is no number or no yes/no was a 404 once, as if
     * the address did not exist).
     */
    @Test
    void theProblemsTheApiGivesAreTheOnesItDocuments() {
        String shop = Platform.clientToken("shop-1", "shop-1-dev-secret");
        List<String> mismatches = new ArrayList<>();
        documented(mismatches, "get", "/v1/repairs", Platform.get("repairs?limit=many", shop), 400);
        documented(mismatches, "get", "/v1/repairs", Platform.get("repairs?flagged=maybe", shop), 400);
        documented(mismatches, "get", "/v1/repairs", Platform.get("repairs?limit=0", shop), 400);
        documented(mismatches, "get", "/v1/repairs", Platform.get("repairs", null), 401);
        documented(mismatches, "get", "/v1/repairs/{id}", Platform.get("repairs/999999999", shop), 404);
        documented(mismatches, "get", "/v1/outlets", Platform.get("outlets?limit=x", Platform.userToken("hq.admin")), 400);
        documented(mismatches, "post", "/v1/outlets", Platform.post("outlets", shop, "{}"), 403);
        documented(mismatches, "post", "/v1/repairs", Platform.post("repairs", shop, "{\"fault\": \"" + "x".repeat(300_000) + "\"}"), 413);
        documented(mismatches, "post", "/v1/repairs/{id}/transitions", Platform.post("repairs/999999999/transitions", shop,
                "{\"status\": \"DIAGNOSED\"}"), 404);
        assertEquals(List.of(), mismatches);
    }

    private static void documented(List<String> mismatches, String method, String path, HttpResponse<String> answer, int expected) {
        String where = method.toUpperCase() + " " + path + " " + answer.statusCode();
        if (answer.statusCode() != expected) {
            mismatches.add(where + ", expected " + expected + ": " + answer.body());
            return;
        }
        Operation operation = api.getPaths().get(path).readOperationsMap().get(io.swagger.v3.oas.models.PathItem.HttpMethod.valueOf(method.toUpperCase()));
        ApiResponse response = operation.getResponses().get(String.valueOf(expected));
        if (response == null || response.getContent() == null || response.getContent().get("application/problem+json") == null) {
            mismatches.add(where + " is not documented as a problem");
        }
        if (!answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            mismatches.add(where + " answered " + answer.headers().firstValue("Content-Type").orElse("no type"));
        }
    }

    /** The example fits its schema: types, enum values, required properties present, no unknown ones. */
    private static void conforms(Schema<?> schema, JsonNode value, String where, List<String> problems) {
        if (schema != null && schema.get$ref() != null) {
            schema = api.getComponents().getSchemas().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
        }
        if (schema == null || value == null || value.isNull()) {
            return;
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty() && value.isTextual()
                && schema.getEnum().stream().map(String::valueOf).noneMatch(value.asText()::equals)) {
            problems.add(where + ": " + value + " is none of " + schema.getEnum());
        }
        String type = schema.getType() == null && schema.getProperties() != null ? "object" : schema.getType();
        if (type == null) {
            return;
        }
        boolean fits = switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "string" -> value.isTextual() || (schema.getFormat() != null && schema.getFormat().startsWith("date") && value.isValueNode());
            default -> true;
        };
        if (!fits) {
            problems.add(where + ": " + value + " is no " + type);
            return;
        }
        if (value.isArray()) {
            for (JsonNode item : value) {
                conforms(schema.getItems(), item, where + "[]", problems);
            }
        }
        if (value.isObject() && schema.getProperties() != null) {
            Map<String, Schema> properties = schema.getProperties();
            if (schema.getRequired() != null) {
                schema.getRequired().stream().filter(r -> !value.has(r))
                        .forEach(r -> problems.add(where + ": required " + r + " missing"));
            }
            value.fieldNames().forEachRemaining(field -> {
                if (!properties.containsKey(field)) {
                    problems.add(where + ": " + field + " is not in the schema");
                } else {
                    conforms(properties.get(field), value.get(field), where + "." + field, problems);
                }
            });
        }
    }

    private static boolean hasExample(io.swagger.v3.oas.models.media.MediaType media) {
        return media.getExample() != null || (media.getExamples() != null && !media.getExamples().isEmpty());
    }

    @Test
    void theRepairExampleIsAccepted() throws Exception {
        ObjectNode example = requestExample("/v1/repairs");
        example.put("ticketNo", "T-OAS-" + UUID.randomUUID().toString().substring(0, 8));
        HttpResponse<String> created = Platform.post("repairs", Platform.clientToken("shop-1", "shop-1-dev-secret"),
                JSON.writeValueAsString(example));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(example.get("ticketNo").asText(), Platform.json(created.body()).getString("ticketNo"));
        assertNotNull(responseExample("/v1/repairs"), "the created repair is shown by example too");
    }

    @Test
    void theOutletExampleIsAccepted() throws Exception {
        ObjectNode example = requestExample("/v1/outlets");
        example.put("code", "OAS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        // unique too: without it a second run against the same platform is refused as a licence taken
        example.put("businessLicenceNo", "OAS" + UUID.randomUUID().toString().replace("-", "").substring(0, 15).toUpperCase());
        HttpResponse<String> created = Platform.post("outlets", Platform.userToken("hq.admin"), JSON.writeValueAsString(example));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(example.get("code").asText(), Platform.json(created.body()).getString("code"));
        assertNotNull(responseExample("/v1/outlets"), "the registered outlet is shown by example too");
    }

    private static ObjectNode requestExample(String path) {
        Object example = api.getPaths().get(path).getPost().getRequestBody().getContent().get("application/json").getExample();
        assertNotNull(example, "POST " + path + " has a request example");
        JsonNode node = JSON.valueToTree(example);
        assertTrue(node.isObject(), "an example body, not text: " + node);
        return (ObjectNode) node;
    }

    /** The 201 answer's example: on its media type, or on the schema it names. */
    private static Object responseExample(String path) {
        var media = api.getPaths().get(path).getPost().getResponses().get("201").getContent().get("application/json");
        if (media.getExample() != null) {
            return media.getExample();
        }
        Schema<?> schema = media.getSchema();
        if (schema != null && schema.get$ref() != null) {
            schema = component(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
        }
        return schema == null ? null : schema.getExample();
    }

    private static Schema<?> component(String name) {
        Schema<?> schema = api.getComponents().getSchemas().get(name);
        assertNotNull(schema, name + " is a component");
        return schema;
    }

    private static Schema<?> property(Schema<?> schema, String name) {
        Schema<?> property = schema.getProperties().get(name);
        assertNotNull(property, name + " is documented");
        return property;
    }
}
