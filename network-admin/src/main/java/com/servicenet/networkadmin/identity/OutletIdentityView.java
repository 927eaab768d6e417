package com.servicenet.networkadmin.identity;

import com.servicenet.identity.Roles;
import com.servicenet.identity.entity.IdentityTask;
import com.servicenet.network.control.OutletAccounts;
import com.servicenet.network.control.OutletDirectory;
import com.servicenet.network.entity.IdentityStatus;
import com.servicenet.network.entity.Outlet;
import com.servicenet.network.entity.OutletStatus;
import com.servicenet.rules.RuleTexts;
import com.servicenet.rules.RuleViolation;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * The identity part of the outlet detail page ({@code /WEB-INF/includes/outlet-identity.xhtml}): the outlet's
 * identity status, what is still waiting for Keycloak, its users and API client, and HQ's actions on them.
 * Every change goes through the identity outbox, so the page shows the change as pending and reloads.
 */
@Named
@ViewScoped
public class OutletIdentityView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(OutletIdentityView.class.getName());
    private static final String BUNDLE = "com.servicenet.networkadmin.identity.messages";

    @Inject
    OutletDirectory outlets;

    @Inject
    OutletAccounts outletAccounts;

    @Inject
    OutletIdentity identity;

    @Inject
    KeycloakDirectory keycloak;

    private Long outletId;
    private boolean found;
    private String outletCode;
    private String status = IdentityStatus.NONE.name();
    private boolean terminated;
    private List<PendingTask> pending = List.of();
    private List<KeycloakDirectory.OutletAccount> accounts = List.of();
    private KeycloakDirectory.ApiClient apiClient;
    private boolean keycloakUnavailable;

    private String managerUsername;
    private String managerEmail;
    private String technicianUsername;
    private String technicianEmail;
    private String oneTimePassword;
    private String oneTimePasswordUser;
    private String selectedUsername;
    private String clientSecret;

    /** Loads the outlet the including page names (ui:param outletId); again only when it names another one. */
    public void open(Object id) {
        Long requested = toId(id);
        if (requested != null && !requested.equals(outletId)) {
            outletId = requested;
            oneTimePassword = null;
            clientSecret = null;
            load();
        }
    }

    public void refresh() {
        oneTimePassword = null;
        if (outletId != null) {
            load();
        }
    }

    public void createAccounts() {
        if (!administrator()) {
            return;
        }
        oneTimePassword = null;
        try {
            String username = managerUsername;
            oneTimePassword = identity.createAccounts(outletId, username, managerEmail);
            oneTimePasswordUser = username.strip();
            managerUsername = null;
            managerEmail = null;
            info("identity.created");
        } catch (RuleViolation violation) {
            refuse(violation, "manager-username", "manager-email");
        }
        load();
    }

    public void addTechnician() {
        if (!administrator()) {
            return;
        }
        oneTimePassword = null;
        try {
            String username = technicianUsername;
            oneTimePassword = identity.addTechnician(outletId, username, technicianEmail);
            oneTimePasswordUser = username.strip();
            technicianUsername = null;
            technicianEmail = null;
            info("identity.technician-added");
        } catch (RuleViolation violation) {
            refuse(violation, "technician-username", "technician-email");
        }
        load();
    }

    /** The Disable button of a user's row: remembers whom the confirmation dialog is about. */
    public void askDisable(String username) {
        selectedUsername = username;
    }

    public void disableSelected() {
        if (!administrator() || selectedUsername == null) {
            return;
        }
        oneTimePassword = null;
        try {
            identity.disableUser(outletId, selectedUsername);
            info("identity.user-disabled");
        } catch (RuleViolation violation) {
            refuse(violation, null, null);
        }
        selectedUsername = null;
        load();
    }

    public void showSecret() {
        if (!administrator()) {
            return;
        }
        try {
            clientSecret = keycloak.apiClientSecret(outletId).orElse(null);
        } catch (ProcessingException | WebApplicationException unavailable) {
            keycloakUnavailable = true;
        }
    }

    public void hideSecret() {
        clientSecret = null;
    }

    private void load() {
        Outlet outlet = outlets.find(outletId).orElse(null);
        found = outlet != null;
        if (!found) {
            return;
        }
        outletCode = outlet.code();
        status = outlet.identityStatus().name();
        terminated = outlet.status() == OutletStatus.TERMINATED;
        pending = outletAccounts.openTasks(outletId).stream().map(PendingTask::of).toList();
        keycloakUnavailable = false;
        try {
            accounts = keycloak.accounts(outletId);
            apiClient = keycloak.apiClient(outletId).orElse(null);
        } catch (ProcessingException | WebApplicationException unavailable) {
            LOG.warning(() -> "outlet " + outletId + ": Keycloak unavailable for the identity screen: " + unavailable.getMessage());
            keycloakUnavailable = true;
            accounts = List.of();
            apiClient = null;
        }
    }

    private static boolean administrator() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.HQ_NETWORK_ADMIN);
    }

    private static Long toId(Object id) {
        if (id instanceof Number number) {
            return number.longValue();
        }
        try {
            return id == null ? null : Long.valueOf(id.toString().strip());
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }

    /** A refused input: the message next to the field it is about, else next to the form's actions. */
    private static void refuse(RuleViolation violation, String usernameField, String emailField) {
        FacesContext context = FacesContext.getCurrentInstance();
        String field = violation.key().contains("email") ? emailField
                : violation.key().startsWith("identity.") ? usernameField : null;
        String text = RuleTexts.render(violation, context.getViewRoot().getLocale());
        context.addMessage(clientIdOf(context, field), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        context.validationFailed();
    }

    private static String clientIdOf(FacesContext context, String componentId) {
        if (componentId == null) {
            return null;
        }
        // the fragment may sit in any naming container of the including page: find the field by its own id
        String[] clientId = {null};
        context.getViewRoot().visitTree(VisitContext.createVisitContext(context), (visit, component) -> {
            if (componentId.equals(component.getId())) {
                clientId[0] = component.getClientId(context);
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return clientId[0];
    }

    private static void info(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = ResourceBundle.getBundle(BUNDLE, context.getViewRoot().getLocale()).getString(key);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    // ---------------------------------------------------------------- state for the page, no logic

    public boolean isFound() {
        return found;
    }

    public boolean isAdministrator() {
        return administrator();
    }

    public Long getOutletId() {
        return outletId;
    }

    public String getOutletCode() {
        return outletCode;
    }

    public String getStatus() {
        return status;
    }

    /** The "Create accounts" form: an outlet without accounts, or one whose provisioning Keycloak refused. */
    public boolean isProvisionable() {
        return !terminated && (IdentityStatus.NONE.name().equals(status) || IdentityStatus.FAILED.name().equals(status) && accounts.isEmpty());
    }

    /** The "Add technician" form: an outlet that has (or is getting) its accounts. */
    public boolean isExtendable() {
        return !terminated && !IdentityStatus.NONE.name().equals(status) && !IdentityStatus.DISABLED.name().equals(status);
    }

    public List<PendingTask> getPending() {
        return pending;
    }

    public List<KeycloakDirectory.OutletAccount> getAccounts() {
        return accounts;
    }

    public KeycloakDirectory.ApiClient getApiClient() {
        return apiClient;
    }

    public boolean isKeycloakUnavailable() {
        return keycloakUnavailable;
    }

    public String getManagerUsername() {
        return managerUsername;
    }

    public void setManagerUsername(String managerUsername) {
        this.managerUsername = managerUsername;
    }

    public String getManagerEmail() {
        return managerEmail;
    }

    public void setManagerEmail(String managerEmail) {
        this.managerEmail = managerEmail;
    }

    public String getTechnicianUsername() {
        return technicianUsername;
    }

    public void setTechnicianUsername(String technicianUsername) {
        this.technicianUsername = technicianUsername;
    }

    public String getTechnicianEmail() {
        return technicianEmail;
    }

    public void setTechnicianEmail(String technicianEmail) {
        this.technicianEmail = technicianEmail;
    }

    public String getOneTimePassword() {
        return oneTimePassword;
    }

    public String getOneTimePasswordUser() {
        return oneTimePasswordUser;
    }

    public String getSelectedUsername() {
        return selectedUsername;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    /** A task still waiting for Keycloak, as the page lists it. */
    public record PendingTask(long id, String action, String username, int attempts, String lastError, Instant nextAttemptAt)
            implements Serializable {

        static PendingTask of(IdentityTask task) {
            return new PendingTask(task.id(), task.action().name(), Objects.requireNonNullElse(task.username(), ""),
                    task.attempts(), task.lastError(), task.nextAttemptAt());
        }
    }
}
