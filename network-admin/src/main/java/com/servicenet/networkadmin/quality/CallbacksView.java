package com.servicenet.networkadmin.quality;

import com.servicenet.network.entity.Outlet;
import com.servicenet.networkadmin.training.OutletPicker;
import com.servicenet.quality.control.CallbackRow;
import com.servicenet.quality.control.Callbacks;
import com.servicenet.quality.entity.CallbackOutcome;
import com.servicenet.quality.entity.CallbackStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HQ's callback queue (回访): open callbacks oldest first, or the completed and unreachable ones. A try is
 * recorded in a dialog: not reached (counts a try; after HQ's maximum the callback is unreachable), or reached
 * with the customer's answers; an answer that shows a dissatisfied customer, an unfixed fault or a charge above
 * the receipt raises a complaint, which the row then links.
 */
@Named
@ViewScoped
public class CallbacksView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String MESSAGES = "attempt-form:attempt-messages";
    private static final Map<String, String> FIELDS = Map.of("satisfaction", "attempt-form:attempt-satisfaction",
            "fixed", "attempt-form:attempt-fixed", "chargedAsReceipt", "attempt-form:attempt-charged",
            "comment", "attempt-form:attempt-comment");
    private static final int LIMIT = 1000;

    @Inject
    Callbacks callbacks;

    @Inject
    OutletPicker outlets;

    @Inject
    QualityStaff staff;

    private CallbackStatus status = CallbackStatus.OPEN;
    private String outlet;
    private List<CallbackRow> rows = List.of();

    private CallbackRow calling;
    private boolean reached;
    private Integer satisfaction;
    private Boolean fixed;
    private Boolean chargedAsReceipt;
    private String comment;

    /** f:viewAction. */
    public void load() {
        search();
    }

    public void search() {
        Optional<Outlet> one = outlets.of(outlet);
        Long outletId = one.map(Outlet::id).orElse(outlet == null || outlet.isBlank() ? null : -1L);
        rows = callbacks.list(status, outletId);
    }

    public void prepare(CallbackRow row) {
        calling = row;
        reached = true;
        satisfaction = null;
        fixed = null;
        chargedAsReceipt = null;
        comment = null;
    }

    /** Records the try; the dialog stays open on a refusal. */
    public void save() {
        if (!staff.permits(MESSAGES) || calling == null) {
            return;
        }
        long key = calling.id();
        boolean done;
        if (reached) {
            Callbacks.Completed[] completed = {null};
            done = QualityTexts.attempt(MESSAGES, FIELDS,
                    () -> completed[0] = callbacks.complete(key, CallbackOutcome.of(satisfaction, fixed, chargedAsReceipt, comment)),
                    "callback.completed", key);
            if (done && completed[0].complaint().isPresent()) {
                com.servicenet.web.faces.FacesMessages.confirm(QualityTexts.text("callback.raised", completed[0].complaint().get().id()));
            }
        } else {
            done = QualityTexts.attempt(MESSAGES, FIELDS, () -> callbacks.notReached(key, comment), "callback.not-reached", key);
        }
        if (done) {
            calling = null;
            search();
        }
    }

    public List<String> completeOutlet(String text) {
        return outlets.complete(text);
    }

    public boolean isTruncated() {
        return rows.size() >= LIMIT;
    }

    public int getLimit() {
        return LIMIT;
    }

    public List<CallbackRow> getRows() {
        return rows;
    }

    public CallbackStatus[] getStatuses() {
        return CallbackStatus.values();
    }

    public CallbackRow getCalling() {
        return calling;
    }

    public CallbackStatus getStatus() {
        return status;
    }

    public void setStatus(CallbackStatus status) {
        this.status = status == null ? CallbackStatus.OPEN : status;
    }

    public String getOutlet() {
        return outlet;
    }

    public void setOutlet(String outlet) {
        this.outlet = outlet;
    }

    public boolean isReached() {
        return reached;
    }

    public void setReached(boolean reached) {
        this.reached = reached;
    }

    public Integer getSatisfaction() {
        return satisfaction;
    }

    public void setSatisfaction(Integer satisfaction) {
        this.satisfaction = satisfaction;
    }

    public Boolean getFixed() {
        return fixed;
    }

    public void setFixed(Boolean fixed) {
        this.fixed = fixed;
    }

    public Boolean getChargedAsReceipt() {
        return chargedAsReceipt;
    }

    public void setChargedAsReceipt(Boolean chargedAsReceipt) {
        this.chargedAsReceipt = chargedAsReceipt;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
