package com.servicenet.tenantweb.audits;

import com.servicenet.audits.control.CorrectiveActions;
import com.servicenet.audits.control.NamedFile;
import com.servicenet.audits.entity.CorrectiveAction;
import com.servicenet.identity.Roles;
import com.servicenet.rules.InvalidField;
import com.servicenet.rules.RuleViolation;
import com.servicenet.web.faces.FacesMessages;
import com.servicenet.web.faces.PageParameters;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One corrective action of the outlet with its history, and the manager's response: a text and evidence files,
 * sent together (all or nothing: a refused file leaves the action as it was). Technicians read it only.
 * Another outlet's action is unknown here (404).
 */
@Named("actionView")
@ViewScoped
public class ActionView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String MESSAGES = "respond-form:respond-messages";

    @Inject
    CorrectiveActions actions;

    @Inject
    SecurityContext security;

    private String id;
    private CorrectiveActions.Detail detail;
    private String response;
    private transient UploadedFiles evidence;

    /** f:viewAction: the outlet's own action, or 404. */
    public void load() throws IOException {
        Long key = PageParameters.id(id);
        if (key == null) {
            FacesMessages.notFound();
            return;
        }
        try {
            detail = actions.detail(key);
        } catch (RuleViolation unknown) {
            detail = null;
            FacesMessages.notFound();
        }
    }

    /** Sends the response; afterwards the page shows the action as responded (redirect after POST). */
    public String respond() {
        if (!isManager()) {
            AuditPages.error(MESSAGES, AuditPages.text("action.managers-only"));
            return null;
        }
        List<NamedFile> files = new ArrayList<>();
        if (evidence != null) {
            for (UploadedFile file : evidence.getFiles()) {
                if (file.getFileName() != null && !file.getFileName().isEmpty()) {
                    files.add(new NamedFile(file.getFileName(), file.getContent()));
                }
            }
        }
        try {
            actions.respond(detail.action().id(), response, files);
            return "/action.xhtml?faces-redirect=true&id=" + detail.action().id();
        } catch (InvalidField refused) {
            String field = refused.field();
            AuditPages.error("file".equals(field) || "fileName".equals(field) ? "respond-form:evidence"
                    : "response".equals(field) ? "respond-form:response" : MESSAGES, refused);
            return null;
        } catch (RuleViolation refused) {
            AuditPages.error(MESSAGES, refused);
            return null;
        }
    }

    public boolean isManager() {
        return security.isCallerInRole(Roles.OUTLET_MANAGER);
    }

    /** Whether the page offers the response form: to a manager, while the action is open. */
    public boolean isRespondable() {
        return detail != null && isManager() && detail.action().status() == CorrectiveAction.Status.OPEN;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public CorrectiveActions.Detail getDetail() {
        return detail;
    }

    public String getResponse() {
        return response;
    }

    public void setResponse(String response) {
        this.response = response;
    }

    public UploadedFiles getEvidence() {
        return evidence;
    }

    public void setEvidence(UploadedFiles evidence) {
        this.evidence = evidence;
    }
}
