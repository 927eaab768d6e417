package com.servicenet.networkadmin.training;

import com.servicenet.identity.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/**
 * Who may change training (courses, sessions, enrolments, results, revocations, the compliance threshold): HQ
 * trainers and network administrators. Every other HQ role reads. Pages hide what the caller may not do; each
 * action asks again, since a form can be posted by hand.
 */
@Named
@RequestScoped
public class TrainingStaff {

    @Inject
    SecurityContext security;

    public boolean isCaller() {
        return security.isCallerInRole(Roles.HQ_TRAINER) || security.isCallerInRole(Roles.HQ_NETWORK_ADMIN);
    }

    /** Whether the caller may change training; if not, says so at the messages component given. */
    public boolean permits(String messagesId) {
        if (isCaller()) {
            return true;
        }
        TrainingTexts.error(messagesId, TrainingTexts.text("training.staff-only"));
        return false;
    }
}
