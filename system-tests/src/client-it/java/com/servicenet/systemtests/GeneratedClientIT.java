package com.servicenet.systemtests;

import com.servicenet.client.ApiClient;
import com.servicenet.client.ApiException;
import com.servicenet.client.api.RepairsApi;
import com.servicenet.client.model.CustomerContact;
import com.servicenet.client.model.PartLine;
import com.servicenet.client.model.Problem;
import com.servicenet.client.model.RepairPage;
import com.servicenet.client.model.RepairRepresentation;
import com.servicenet.client.model.RepairRow;
import com.servicenet.client.model.ReportRepair;
import com.servicenet.client.model.Transition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API as a vendor's shop software meets it: through a Java client that openapi-generator made, at build time,
 * from the document this platform serves (system-tests' generated-client profile; nothing of it is committed).
 * Real client-credentials tokens of shop-1 (outlet 1) and shop-2 (outlet 2); the client is used as generated, its
 * base address the document's one server. Refusals arrive as the generated ApiException, and their problem+json
 * body reads into the generated Problem model.
 */
class GeneratedClientIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** The generated client, as a vendor would set it up: its own base address, the token on every request. */
    private static RepairsApi repairs(String clientId) {
        String token = Platform.clientToken(clientId, clientId + "-dev-secret");
        ApiClient client = new ApiClient();
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return new RepairsApi(client);
    }

    /** A report outlet 1's price list and technicians accept (see RepairApiIT). */
    private static ReportRepair report(String ticket) {
        return new ReportRepair()
                .ticketNo(ticket)
                .serviceType(ReportRepair.ServiceTypeEnum.IN_SHOP)
                .productCategory(ReportRepair.ProductCategoryEnum.AIR_CONDITIONER)
                .model("KFR-35GW/BP3")
                .serialNo("SN-" + ticket)
                .purchaseDate(LocalDate.now(SHANGHAI).minusYears(4))
                .fault("不制冷，压缩机频繁启停")
                .customer(new CustomerContact().name("张伟").phone("13812345678"))
                .technicianCode("T01")
                .labourFee(new BigDecimal("50.00"))
                .warrantyDecision(ReportRepair.WarrantyDecisionEnum.PAID_REPAIR)
                .parts(List.of(new PartLine().partCode("AC-CAP-35").quantity(1).unitPrice(new BigDecimal("45.00"))));
    }

    @Test
    void theGeneratedClientCallsTheApiTheDocumentNames() {
        assertEquals(Platform.URL + "/api", new ApiClient().getBaseUri(), "the document's one server is the API's base");
    }

    @Test
    void createsReadsListsAndMovesARepair() throws ApiException {
        RepairsApi shop = repairs("shop-1");
        String ticket = "GC-" + Fixtures.unique();

        RepairRepresentation created = shop.report(report(ticket), UUID.randomUUID().toString());
        assertNotNull(created.getId());
        assertEquals(ticket, created.getTicketNo());
        assertEquals(RepairRepresentation.StatusEnum.RECEIVED, created.getStatus());
        assertEquals(0, new BigDecimal("95.00").compareTo(created.getAmountCharged()), "typed money: " + created.getAmountCharged());
        assertEquals(LocalDate.now(SHANGHAI).minusYears(4), created.getPurchaseDate(), "a date, not a string");
        assertNotNull(created.getSteps().getReceivedAt(), "a date-time");
        assertTrue(created.getAllowedTransitions().contains(RepairRepresentation.AllowedTransitionsEnum.DIAGNOSED),
                String.valueOf(created.getAllowedTransitions()));

        RepairRepresentation read = shop.repair(created.getId());
        assertEquals(created.getId(), read.getId());
        assertEquals("T01", read.getTechnician().getCode());
        assertEquals(1, read.getParts().size());

        RepairPage page = shop.listRepairs(null, null, null, null, null, ticket, null, null, null, 20);
        List<RepairRow> rows = page.getItems();
        assertEquals(List.of(created.getId()), rows.stream().map(RepairRow::getId).toList());
        assertEquals("张*", rows.get(0).getCustomerName(), "lists mask the customer");
        assertNull(page.getNextCursor(), "one row, one page");

        RepairRepresentation diagnosed = shop.transition(created.getId(), new Transition().status(Transition.StatusEnum.DIAGNOSED));
        assertEquals(RepairRepresentation.StatusEnum.DIAGNOSED, diagnosed.getStatus());
        assertNotNull(diagnosed.getSteps().getDiagnosedAt());
        assertEquals(RepairRepresentation.StatusEnum.DIAGNOSED, shop.repair(created.getId()).getStatus());
        RepairPage diagnosedOnes = shop.listRepairs("DIAGNOSED", null, null, null, null, ticket, null, null, null, 20);
        assertEquals(List.of(created.getId()), diagnosedOnes.getItems().stream().map(RepairRow::getId).toList());
    }

    @Test
    void refusalsArriveAsTypedProblems() throws ApiException {
        RepairsApi shop = repairs("shop-1");
        String ticket = "GC-" + Fixtures.unique();
        String key = UUID.randomUUID().toString();
        RepairRepresentation created = shop.report(report(ticket), key);

        Problem reused = problem(422, () -> shop.report(report(ticket + "-B"), key));
        assertEquals("urn:servicenet:problem:repair.idempotency-key-reused", reused.getType());

        Problem taken = problem(409, () -> shop.report(report(ticket), UUID.randomUUID().toString()));
        assertEquals("urn:servicenet:problem:repair.ticket-taken", taken.getType());
        assertTrue(taken.getDetail().contains(ticket), taken.getDetail());

        Problem refusedMove = problem(409, () -> shop.transition(created.getId(), new Transition().status(Transition.StatusEnum.CLOSED)));
        assertTrue(refusedMove.getDetail().contains("diagnosed, cancelled"), refusedMove.getDetail());

        Problem invalid = problem(400, () -> shop.report(report("GC-" + Fixtures.unique())
                .customer(new CustomerContact().name("张伟").phone("not a phone")), null));
        assertEquals("customer.phone", invalid.getViolations().get(0).getField());
    }

    @Test
    void anotherOutletsSoftwareNeitherReadsNorListsNorMovesTheRepair() throws ApiException {
        String ticket = "GC-" + Fixtures.unique();
        long id = repairs("shop-1").report(report(ticket), null).getId();
        RepairsApi other = repairs("shop-2");

        Problem unseen = problem(404, () -> other.repair(id));
        assertFalse(unseen.getDetail().contains(ticket), "says nothing of the repair: " + unseen.getDetail());
        problem(404, () -> other.transition(id, new Transition().status(Transition.StatusEnum.DIAGNOSED)));
        List<RepairRow> listed = other.listRepairs(null, null, null, null, null, ticket, null, null, null, 200).getItems();
        assertTrue(listed.stream().noneMatch(r -> r.getId() == id), "not in outlet 2's list: " + listed);
        assertEquals(RepairRepresentation.StatusEnum.RECEIVED, repairs("shop-1").repair(id).getStatus(), "and it did not move");
    }

    /** The call fails with this status, and its body is a problem the generated model reads. */
    private static Problem problem(int status, Executable call) {
        ApiException refused = assertThrows(ApiException.class, call);
        assertEquals(status, refused.getCode(), refused.getResponseBody());
        assertTrue(refused.getResponseHeaders().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                String.valueOf(refused.getResponseHeaders()));
        try {
            Problem problem = new ApiClient().getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
            assertEquals(status, problem.getStatus());
            assertNotNull(problem.getTitle());
            return problem;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
