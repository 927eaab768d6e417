package com.servicenet.networkadmin.identity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.ScopeMappingRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A provisioned outlet's API client must look exactly like the demo clients of the realm file, so their tokens do. */
class OutletIdentityLayoutTest {

    private static RealmRepresentation realm;

    @BeforeAll
    static void readRealmFile() throws IOException {
        realm = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .readValue(new File("../deploy/keycloak/servicenet-realm.json"), RealmRepresentation.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void apiClientHasTheDemoClientsSettings(long outletId) {
        ClientRepresentation demo = demoClient("shop-" + outletId);
        ClientRepresentation provisioned = OutletIdentityLayout.apiClient(outletId);

        assertEquals(demo.getClientId(), provisioned.getClientId());
        assertEquals(demo.getName(), provisioned.getName());
        assertEquals(demo.getProtocol(), provisioned.getProtocol());
        assertEquals(demo.isEnabled(), provisioned.isEnabled());
        assertEquals(demo.isPublicClient(), provisioned.isPublicClient());
        assertEquals(demo.getClientAuthenticatorType(), provisioned.getClientAuthenticatorType());
        assertEquals(demo.isStandardFlowEnabled(), provisioned.isStandardFlowEnabled());
        assertEquals(demo.isImplicitFlowEnabled(), provisioned.isImplicitFlowEnabled());
        assertEquals(demo.isDirectAccessGrantsEnabled(), provisioned.isDirectAccessGrantsEnabled());
        assertEquals(demo.isServiceAccountsEnabled(), provisioned.isServiceAccountsEnabled());
        assertEquals(demo.isFrontchannelLogout(), provisioned.isFrontchannelLogout());
        assertEquals(demo.isFullScopeAllowed(), provisioned.isFullScopeAllowed());
        assertNull(provisioned.getSecret(), "Keycloak generates the secret");
        assertFalse(OutletIdentityLayout.needsRepair(provisioned));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void apiClientHasTheDemoClientsMappers(long outletId) {
        assertEquals(mappers(demoClient("shop-" + outletId).getProtocolMappers()),
                mappers(OutletIdentityLayout.apiClientMappers(outletId)));
    }

    @Test
    void demoServiceAccountsHaveOnlyTheRoleTheProvisionedClientIsScopedTo() {
        for (String client : List.of("shop-1", "shop-2")) {
            UserRepresentation account = realm.getUsers().stream()
                    .filter(u -> client.equals(u.getServiceAccountClientId())).findFirst().orElseThrow();
            assertEquals(List.of("outlet-system"), account.getRealmRoles(),
                    "groups claim = the service account's roles within the client's scope: outlet-system only");
            ScopeMappingRepresentation scope = realm.getScopeMappings().stream()
                    .filter(s -> client.equals(s.getClient())).findFirst().orElseThrow();
            assertTrue(scope.getRoles().contains("outlet-system"));
        }
    }

    @Test
    void theRealmHasTheScopeThatGivesShopClientsOutletSystemAndKeepsKeycloaksDefaultScopes() {
        assertTrue(realm.getClientScopes().stream().anyMatch(s -> OutletIdentityLayout.SHOP_SCOPE.equals(s.getName())));
        ScopeMappingRepresentation scope = realm.getScopeMappings().stream()
                .filter(s -> OutletIdentityLayout.SHOP_SCOPE.equals(s.getClientScope())).findFirst().orElseThrow();
        assertEquals(java.util.Set.of("outlet-system"), scope.getRoles());
        assertEquals("true", realm.getAttributes().get("CreateDefaultClientScopes"),
                "a realm file that lists client scopes gets Keycloak's own (profile, roles, ...) only with this attribute");
    }

    @Test
    void aChangedClientIsRepaired() {
        ClientRepresentation changed = OutletIdentityLayout.apiClient(7);
        changed.setDirectAccessGrantsEnabled(true);
        changed.setFullScopeAllowed(true);
        changed.setEnabled(false);

        assertTrue(OutletIdentityLayout.needsRepair(changed));
        OutletIdentityLayout.repair(changed);
        assertFalse(OutletIdentityLayout.needsRepair(changed));
    }

    @Test
    void newUserBelongsToTheOutletAndMustChooseAPassword() {
        UserRepresentation user = OutletIdentityLayout.newUser(42, "mgr.42", "mgr@example.com", "Temp0rary");

        assertEquals(42L, OutletIdentityLayout.outletOf(user));
        assertEquals(List.of("UPDATE_PASSWORD"), user.getRequiredActions());
        assertTrue(user.getCredentials().get(0).isTemporary());
        assertEquals("Temp0rary", user.getCredentials().get(0).getValue());
        assertTrue(user.isEnabled());
    }

    @Test
    void outletOfReadsOnlyOneNumericValue() {
        UserRepresentation user = new UserRepresentation();
        assertNull(OutletIdentityLayout.outletOf(user));
        user.setAttributes(Map.of("outlet_id", List.of("1", "2")));
        assertNull(OutletIdentityLayout.outletOf(user));
        user.setAttributes(Map.of("outlet_id", List.of("x")));
        assertNull(OutletIdentityLayout.outletOf(user));
        user.setAttributes(Map.of("outlet_id", List.of("12"), "other", List.of("kept")));
        OutletIdentityLayout.tieToOutlet(user, 13);
        assertEquals(13L, OutletIdentityLayout.outletOf(user));
        assertEquals(List.of("kept"), user.getAttributes().get("other"));
    }

    @Test
    void namesFollowTheOutletId() {
        assertEquals("outlet-5", OutletIdentityLayout.groupName(5));
        assertEquals("shop-5", OutletIdentityLayout.clientId(5));
    }

    private static ClientRepresentation demoClient(String clientId) {
        return realm.getClients().stream().filter(c -> clientId.equals(c.getClientId())).findFirst().orElseThrow();
    }

    private static Map<String, String> mappers(List<ProtocolMapperRepresentation> mappers) {
        return mappers.stream().collect(Collectors.toMap(ProtocolMapperRepresentation::getName,
                m -> m.getProtocol() + " " + m.getProtocolMapper() + " " + new java.util.TreeMap<>(m.getConfig())));
    }
}
