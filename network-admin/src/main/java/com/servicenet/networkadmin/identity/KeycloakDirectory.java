package com.servicenet.networkadmin.identity;

import com.servicenet.identity.Roles;
import com.servicenet.rules.RuleViolation;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.admin.client.spi.StreamMessageBodyReader;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static com.servicenet.networkadmin.identity.OutletIdentityLayout.clientId;
import static com.servicenet.networkadmin.identity.OutletIdentityLayout.groupName;

/**
 * The outlets' accounts in Keycloak, reached through {@code keycloak-admin-client} as the HQ service account
 * {@code servicenet-provisioner} (client credentials; realm-management rights to manage users and clients only).
 * <p>
 * Every write is idempotent: it looks first and creates or corrects only what is missing or wrong, so the identity
 * outbox may repeat a task after a partial failure (Keycloak down half-way, a node killed) and the realm converges
 * to the same state, never to duplicates. Failures surface as the admin client's runtime exceptions
 * ({@code ProcessingException}, {@code WebApplicationException}); a request Keycloak will keep refusing whatever
 * the retry (a user name of another outlet) is a {@link RuleViolation}.
 */
@ApplicationScoped
public class KeycloakDirectory {

    private static final int PAGE = 200;
    private static final List<String> ACCOUNT_ROLES = List.of(Roles.OUTLET_MANAGER, Roles.OUTLET_TECHNICIAN);

    @Inject
    @ConfigProperty(name = "servicenet.keycloak.url")
    String serverUrl;

    @Inject
    @ConfigProperty(name = "servicenet.keycloak.realm", defaultValue = "servicenet")
    String realmName;

    @Inject
    @ConfigProperty(name = "servicenet.keycloak.provisioner-client-id", defaultValue = "servicenet-provisioner")
    String provisionerClientId;

    @Inject
    @ConfigProperty(name = "servicenet.keycloak.provisioner-secret")
    String provisionerSecret;

    private Keycloak keycloak;

    // ---------------------------------------------------------------- writes (identity outbox)

    /**
     * The outlet's group, its first manager (temporary password, must choose a new one at first login) and its
     * API client with a service account, all tied to the outlet. A manager that already exists for this outlet
     * keeps the password it has.
     */
    public void provisionOutlet(long outletId, String managerUsername, String email, String temporaryPassword) {
        RealmResource realm = realm();
        String groupId = ensureGroup(realm, outletId);
        ensureUser(realm, outletId, groupId, managerUsername, email, temporaryPassword, Roles.OUTLET_MANAGER);
        ensureApiClient(realm, outletId, groupId);
    }

    /** Another user of an outlet that has its accounts, e.g. a technician. */
    public void addUser(long outletId, String username, String email, String temporaryPassword, String role) {
        if (!ACCOUNT_ROLES.contains(role)) {
            throw new IllegalArgumentException("not an outlet user role: " + role);
        }
        RealmResource realm = realm();
        ensureUser(realm, outletId, ensureGroup(realm, outletId), username, email, temporaryPassword, role);
    }

    /**
     * Every user of the outlet (by attribute or by group) disabled and logged out, and its API client disabled,
     * so that no new token can be had for the outlet. Works for outlets provisioned before groups existed too.
     */
    public void disableOutlet(long outletId) {
        RealmResource realm = realm();
        Map<String, UserRepresentation> users = new LinkedHashMap<>();
        usersWithAttribute(realm, outletId).forEach(user -> users.put(user.getId(), user));
        group(realm, outletId).ifPresent(group -> groupMembers(realm, group.getId()).forEach(user -> users.putIfAbsent(user.getId(), user)));
        Optional<ClientRepresentation> client = apiClientOf(realm, outletId);
        client.filter(c -> Boolean.TRUE.equals(c.isServiceAccountsEnabled()))
                .map(c -> serviceAccountOf(realm, c))
                .ifPresent(user -> users.putIfAbsent(user.getId(), user));
        users.keySet().forEach(id -> disable(realm.users().get(id)));
        client.ifPresent(c -> {
            if (!Boolean.FALSE.equals(c.isEnabled())) {
                ClientResource resource = realm.clients().get(c.getId());
                ClientRepresentation current = resource.toRepresentation();
                current.setEnabled(false);
                resource.update(current);
            }
        });
    }

    /** Disables and logs out one user of the outlet; a user that does not exist (any more) is not an error. */
    public void disableUser(long outletId, String username) {
        RealmResource realm = realm();
        Optional<UserRepresentation> user = userNamed(realm, username);
        if (user.isEmpty()) {
            return;
        }
        if (!belongsTo(realm, user.get(), outletId)) {
            throw new RuleViolation("identity.user-of-other-outlet", username, outletId);
        }
        disable(realm.users().get(user.get().getId()));
    }

    // ---------------------------------------------------------------- reads (screen)

    /** The outlet's people (not its software's service account), by user name. */
    public List<OutletAccount> accounts(long outletId) {
        RealmResource realm = realm();
        Map<String, UserRepresentation> users = new LinkedHashMap<>();
        usersWithAttribute(realm, outletId).forEach(user -> users.put(user.getId(), user));
        group(realm, outletId).ifPresent(group -> groupMembers(realm, group.getId()).forEach(user -> users.putIfAbsent(user.getId(), user)));
        return users.values().stream()
                .filter(user -> user.getServiceAccountClientId() == null && !user.getUsername().startsWith("service-account-"))
                .map(user -> new OutletAccount(user.getUsername(), user.getEmail(), !Boolean.FALSE.equals(user.isEnabled()),
                        accountRole(realm, user.getId())))
                .sorted(Comparator.comparing(OutletAccount::username))
                .toList();
    }

    /** The outlet's API client, if it has one. */
    public Optional<ApiClient> apiClient(long outletId) {
        return apiClientOf(realm(), outletId).map(c -> new ApiClient(c.getClientId(), !Boolean.FALSE.equals(c.isEnabled())));
    }

    /** The API client's current secret, for HQ to hand to the outlet's software supplier. */
    public Optional<String> apiClientSecret(long outletId) {
        RealmResource realm = realm();
        return apiClientOf(realm, outletId).map(c -> realm.clients().get(c.getId()).getSecret().getValue());
    }

    /** Whether a user of this name exists in the realm at all, whatever it belongs to. */
    public boolean usernameTaken(String username) {
        return userNamed(realm(), username).isPresent();
    }

    /** Whether a user of this name exists and is not the outlet's own. */
    public boolean usernameTakenOutside(long outletId, String username) {
        RealmResource realm = realm();
        return userNamed(realm, username).filter(user -> !belongsTo(realm, user, outletId)).isPresent();
    }

    // ---------------------------------------------------------------- steps

    private String ensureGroup(RealmResource realm, long outletId) {
        Optional<GroupRepresentation> existing = group(realm, outletId);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        GroupRepresentation group = new GroupRepresentation();
        group.setName(groupName(outletId));
        group.setAttributes(Map.of(OutletIdentityLayout.OUTLET_ATTRIBUTE, List.of(Long.toString(outletId))));
        try (Response response = realm.groups().add(group)) {
            if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                return group(realm, outletId).orElseThrow(() -> new IllegalStateException("group " + groupName(outletId) + " conflicts but cannot be found")).getId();
            }
            return CreatedResponseUtil.getCreatedId(response);
        }
    }

    private void ensureUser(RealmResource realm, long outletId, String groupId, String username, String email,
                            String temporaryPassword, String role) {
        Optional<UserRepresentation> existing = userNamed(realm, username);
        String userId;
        if (existing.isEmpty()) {
            userId = create(realm, outletId, username, email, temporaryPassword);
        } else {
            UserRepresentation user = existing.get();
            Long owner = OutletIdentityLayout.outletOf(user);
            if (owner == null || owner != outletId) {
                throw new RuleViolation("identity.username-taken", username);
            }
            userId = user.getId();
            UserResource resource = realm.users().get(userId);
            if (!Boolean.TRUE.equals(user.isEnabled())) {
                UserRepresentation current = resource.toRepresentation();
                current.setEnabled(true);
                resource.update(current);
            }
            // created by an earlier attempt that failed before its password was set: set it now
            if (resource.credentials().stream().noneMatch(c -> CredentialRepresentation.PASSWORD.equals(c.getType()))) {
                resource.resetPassword(OutletIdentityLayout.temporaryPassword(temporaryPassword));
            }
        }
        UserResource resource = realm.users().get(userId);
        grantRealmRole(realm, resource, role);
        resource.joinGroup(groupId);
    }

    private String create(RealmResource realm, long outletId, String username, String email, String temporaryPassword) {
        try (Response response = realm.users().create(OutletIdentityLayout.newUser(outletId, username, email, temporaryPassword))) {
            if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                // the same name was created meanwhile, or the e-mail address is another user's
                throw userNamed(realm, username).isPresent()
                        ? new RuleViolation("identity.username-taken", username)
                        : new RuleViolation("identity.email-taken", email);
            }
            return CreatedResponseUtil.getCreatedId(response);
        }
    }

    private void ensureApiClient(RealmResource realm, long outletId, String groupId) {
        Optional<ClientRepresentation> existing = apiClientOf(realm, outletId);
        String id;
        if (existing.isEmpty()) {
            try (Response response = realm.clients().create(OutletIdentityLayout.apiClient(outletId))) {
                id = response.getStatus() == Response.Status.CONFLICT.getStatusCode()
                        ? apiClientOf(realm, outletId).orElseThrow(() -> new IllegalStateException("client " + clientId(outletId) + " conflicts but cannot be found")).getId()
                        : CreatedResponseUtil.getCreatedId(response);
            }
        } else {
            id = existing.get().getId();
            if (OutletIdentityLayout.needsRepair(existing.get())) {
                ClientResource resource = realm.clients().get(id);
                ClientRepresentation current = resource.toRepresentation();
                OutletIdentityLayout.repair(current);
                resource.update(current);
            }
        }
        ClientResource client = realm.clients().get(id);
        Set<String> mappers = client.getProtocolMappers().getMappers().stream()
                .map(ProtocolMapperRepresentation::getName).collect(Collectors.toSet());
        for (ProtocolMapperRepresentation wanted : OutletIdentityLayout.apiClientMappers(outletId)) {
            if (!mappers.contains(wanted.getName())) {
                try (Response ignored = client.getProtocolMappers().createMapper(wanted)) {
                    // 201, or 409 when a concurrent attempt added it first: both leave one mapper
                }
            }
        }
        // the client's tokens may carry outlet-system and nothing else (fullScopeAllowed is false): through the
        // realm's client scope, because mapping a realm role straight into a client's scope needs manage-realm
        if (client.getDefaultClientScopes().stream().noneMatch(s -> OutletIdentityLayout.SHOP_SCOPE.equals(s.getName()))) {
            client.addDefaultClientScope(shopScopeId(realm));
        }
        UserRepresentation account = client.getServiceAccountUser();
        UserResource accountResource = realm.users().get(account.getId());
        if (!Objects.equals(OutletIdentityLayout.outletOf(account), outletId)) {
            UserRepresentation current = accountResource.toRepresentation();
            OutletIdentityLayout.tieToOutlet(current, outletId);
            accountResource.update(current);
        }
        if (!Boolean.TRUE.equals(account.isEnabled())) {
            UserRepresentation current = accountResource.toRepresentation();
            current.setEnabled(true);
            accountResource.update(current);
        }
        grantRealmRole(realm, accountResource, Roles.OUTLET_SYSTEM);
        accountResource.joinGroup(groupId);
    }

    private void grantRealmRole(RealmResource realm, UserResource user, String role) {
        if (user.roles().realmLevel().listAll().stream().noneMatch(r -> r.getName().equals(role))) {
            user.roles().realmLevel().add(List.of(realmRole(realm, role)));
        }
    }

    private static void disable(UserResource user) {
        UserRepresentation current = user.toRepresentation();
        if (!Boolean.FALSE.equals(current.isEnabled())) {
            current.setEnabled(false);
            user.update(current);
        }
        user.logout();
    }

    private boolean belongsTo(RealmResource realm, UserRepresentation user, long outletId) {
        Long owner = OutletIdentityLayout.outletOf(user);
        if (owner != null) {
            return owner == outletId;
        }
        return realm.users().get(user.getId()).groups().stream().anyMatch(g -> groupName(outletId).equals(g.getName()));
    }

    private String accountRole(RealmResource realm, String userId) {
        Set<String> roles = realm.users().get(userId).roles().realmLevel().listAll().stream()
                .map(RoleRepresentation::getName).collect(Collectors.toSet());
        return ACCOUNT_ROLES.stream().filter(roles::contains).findFirst().orElse("");
    }

    // ---------------------------------------------------------------- look-ups

    private static Optional<GroupRepresentation> group(RealmResource realm, long outletId) {
        try {
            return Optional.of(realm.getGroupByPath("/" + groupName(outletId)));
        } catch (NotFoundException none) {
            return Optional.empty();
        }
    }

    private static Optional<UserRepresentation> userNamed(RealmResource realm, String username) {
        return realm.users().searchByUsername(username, true).stream()
                .filter(u -> u.getUsername().equalsIgnoreCase(username))
                .findFirst();
    }

    private static List<UserRepresentation> usersWithAttribute(RealmResource realm, long outletId) {
        List<UserRepresentation> all = new ArrayList<>();
        String query = OutletIdentityLayout.OUTLET_ATTRIBUTE + ":" + outletId;
        for (int first = 0; ; first += PAGE) {
            List<UserRepresentation> page = realm.users().searchByAttributes(first, PAGE, null, false, true, query);
            page.stream().filter(u -> Objects.equals(OutletIdentityLayout.outletOf(u), outletId)).forEach(all::add);
            if (page.size() < PAGE) {
                return all;
            }
        }
    }

    private static List<UserRepresentation> groupMembers(RealmResource realm, String groupId) {
        List<UserRepresentation> all = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<UserRepresentation> page = realm.groups().group(groupId).members(first, PAGE, false);
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
        }
    }

    private static Optional<ClientRepresentation> apiClientOf(RealmResource realm, long outletId) {
        return realm.clients().findByClientId(clientId(outletId)).stream()
                .filter(c -> clientId(outletId).equals(c.getClientId()))
                .findFirst();
    }

    private static UserRepresentation serviceAccountOf(RealmResource realm, ClientRepresentation client) {
        return realm.clients().get(client.getId()).getServiceAccountUser();
    }

    private static String shopScopeId(RealmResource realm) {
        return realm.clientScopes().findAll().stream()
                .filter(s -> OutletIdentityLayout.SHOP_SCOPE.equals(s.getName()))
                .map(ClientScopeRepresentation::getId)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("realm " + realm.toRepresentation().getRealm() + " lacks the client scope "
                        + OutletIdentityLayout.SHOP_SCOPE + " (deploy/keycloak/servicenet-realm.json); import the realm again or add it"));
    }

    private static RoleRepresentation realmRole(RealmResource realm, String name) {
        return realm.roles().get(name).toRepresentation();
    }

    private synchronized RealmResource realm() {
        if (keycloak == null || keycloak.isClosed()) {
            Client http = new ResteasyClientBuilderImpl()
                    .connectTimeout(5, TimeUnit.SECONDS)
                    .readTimeout(20, TimeUnit.SECONDS)
                    .connectionPoolSize(8)
                    .register(StreamMessageBodyReader.class)
                    .register(JacksonProvider.class, 100)
                    .build();
            keycloak = KeycloakBuilder.builder()
                    .serverUrl(serverUrl)
                    .realm(realmName)
                    .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                    .clientId(provisionerClientId)
                    .clientSecret(provisionerSecret)
                    .resteasyClient(http)
                    .build();
        }
        return keycloak.realm(realmName);
    }

    @PreDestroy
    synchronized void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    /** One person's account of an outlet, as the outlet's identity screen lists it. */
    public record OutletAccount(String username, String email, boolean enabled, String role) implements java.io.Serializable {
    }

    /** The outlet's API client: its client id and whether it may still get tokens. */
    public record ApiClient(String clientId, boolean enabled) implements java.io.Serializable {
    }
}
