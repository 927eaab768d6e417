package com.servicenet.networkadmin.identity;

import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one outlet's identity looks in the realm: the group {@code outlet-<id>}, users carrying the attribute
 * {@code outlet_id}, and the confidential API client {@code shop-<id>} of its shop software. The client is shaped
 * exactly like the demo clients {@code shop-1} and {@code shop-2} in {@code deploy/keycloak/servicenet-realm.json}
 * (a unit test compares them), so that every outlet's tokens look the same to the API. Pure: no Keycloak calls.
 */
final class OutletIdentityLayout {

    static final String OUTLET_ATTRIBUTE = "outlet_id";
    static final String API_AUDIENCE = "servicenet-api";
    static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";
    /** The realm's client scope that lets a shop client's tokens carry the realm role outlet-system, and only it. */
    static final String SHOP_SCOPE = "shop-software";

    private OutletIdentityLayout() {
    }

    static String groupName(long outletId) {
        return "outlet-" + outletId;
    }

    static String clientId(long outletId) {
        return "shop-" + outletId;
    }

    /** The outlet's API client as it is created; Keycloak generates its secret. */
    static ClientRepresentation apiClient(long outletId) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(clientId(outletId));
        client.setName("Shop software of outlet " + outletId);
        client.setDescription("Outlet " + outletId + "'s own shop software (client credentials), created by HQ onboarding.");
        client.setProtocol("openid-connect");
        client.setPublicClient(false);
        client.setClientAuthenticatorType("client-secret");
        client.setStandardFlowEnabled(false);
        client.setImplicitFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        client.setServiceAccountsEnabled(true);
        client.setFrontchannelLogout(true);
        client.setFullScopeAllowed(false);
        client.setEnabled(true);
        client.setProtocolMappers(apiClientMappers(outletId));
        return client;
    }

    /**
     * Whether an existing client still has the settings that matter for its tokens and its flows; a retry
     * puts them back if not (name and description are left as an administrator may have changed them).
     */
    static boolean needsRepair(ClientRepresentation existing) {
        ClientRepresentation wanted = apiClient(0);
        return !wanted.getProtocol().equals(existing.getProtocol())
                || !Boolean.FALSE.equals(existing.isPublicClient())
                || !Boolean.FALSE.equals(existing.isStandardFlowEnabled())
                || !Boolean.FALSE.equals(existing.isImplicitFlowEnabled())
                || !Boolean.FALSE.equals(existing.isDirectAccessGrantsEnabled())
                || !Boolean.TRUE.equals(existing.isServiceAccountsEnabled())
                || !Boolean.FALSE.equals(existing.isFullScopeAllowed())
                || !Boolean.TRUE.equals(existing.isEnabled());
    }

    /** Puts the settings {@link #needsRepair} checks back onto an existing client's representation. */
    static void repair(ClientRepresentation existing) {
        existing.setProtocol("openid-connect");
        existing.setPublicClient(false);
        existing.setStandardFlowEnabled(false);
        existing.setImplicitFlowEnabled(false);
        existing.setDirectAccessGrantsEnabled(false);
        existing.setServiceAccountsEnabled(true);
        existing.setFullScopeAllowed(false);
        existing.setEnabled(true);
    }

    /** Realm roles into a top-level {@code groups} claim, the outlet as a hard-coded claim, the API as audience. */
    static List<ProtocolMapperRepresentation> apiClientMappers(long outletId) {
        List<ProtocolMapperRepresentation> mappers = new ArrayList<>();
        mappers.add(mapper("groups (realm roles)", "oidc-usermodel-realm-role-mapper", ordered(
                "claim.name", "groups",
                "multivalued", "true",
                "jsonType.label", "String",
                "access.token.claim", "true",
                "id.token.claim", "true",
                "userinfo.token.claim", "true",
                "introspection.token.claim", "true")));
        mappers.add(mapper("outlet_id (hardcoded)", "oidc-hardcoded-claim-mapper", ordered(
                "claim.name", OUTLET_ATTRIBUTE,
                "claim.value", Long.toString(outletId),
                "jsonType.label", "String",
                "access.token.claim", "true",
                "id.token.claim", "true",
                "userinfo.token.claim", "true",
                "introspection.token.claim", "true",
                "access.tokenResponse.claim", "false")));
        mappers.add(mapper("audience " + API_AUDIENCE, "oidc-audience-mapper", ordered(
                "included.client.audience", API_AUDIENCE,
                "access.token.claim", "true",
                "id.token.claim", "false",
                "introspection.token.claim", "true")));
        return mappers;
    }

    /**
     * A new outlet user: tied to the outlet by the attribute, with a temporary password that must be changed at
     * first login. Role and group are granted separately (Keycloak ignores them in a create request).
     */
    static UserRepresentation newUser(long outletId, String username, String email, String temporaryPassword) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(email);
        user.setEmailVerified(false);
        user.setEnabled(true);
        user.setAttributes(new HashMap<>(Map.of(OUTLET_ATTRIBUTE, List.of(Long.toString(outletId)))));
        user.setRequiredActions(List.of(UPDATE_PASSWORD));
        user.setCredentials(List.of(temporaryPassword(temporaryPassword)));
        return user;
    }

    static CredentialRepresentation temporaryPassword(String value) {
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(value);
        password.setTemporary(true);
        return password;
    }

    /** The outlet a user belongs to by its attribute, if it has exactly one that is a number. */
    static Long outletOf(UserRepresentation user) {
        List<String> values = user.getAttributes() == null ? null : user.getAttributes().get(OUTLET_ATTRIBUTE);
        if (values == null || values.size() != 1) {
            return null;
        }
        try {
            return Long.valueOf(values.get(0).strip());
        } catch (NumberFormatException notAnOutlet) {
            return null;
        }
    }

    /** Adds or replaces the outlet attribute, keeping the user's other attributes. */
    static void tieToOutlet(UserRepresentation user, long outletId) {
        Map<String, List<String>> attributes = user.getAttributes() == null ? new HashMap<>() : new HashMap<>(user.getAttributes());
        attributes.put(OUTLET_ATTRIBUTE, List.of(Long.toString(outletId)));
        user.setAttributes(attributes);
    }

    private static ProtocolMapperRepresentation mapper(String name, String type, Map<String, String> config) {
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName(name);
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper(type);
        mapper.setConfig(config);
        return mapper;
    }

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
