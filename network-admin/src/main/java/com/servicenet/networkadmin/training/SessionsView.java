package com.servicenet.networkadmin.training;

import com.servicenet.repairs.entity.RepairOrder;
import com.servicenet.rules.InvalidField;
import com.servicenet.rules.RuleViolation;
import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.training.control.Courses;
import com.servicenet.training.control.SessionPlan;
import com.servicenet.training.control.TrainingSessions;
import com.servicenet.training.entity.Course;
import com.servicenet.training.entity.TrainingSession;
import com.servicenet.web.faces.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Training sessions (培训班) in a period (by default a month back and three ahead), and planning a new one. Times
 * are typed and shown in the network's business time zone (China Standard Time).
 */
@Named
@ViewScoped
public class SessionsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId ZONE = RepairOrder.BUSINESS_ZONE;
    private static final String MESSAGES = "plan-form:plan-messages";
    private static final Map<String, String> FIELDS = Map.of("startsAt", "plan-form:plan-starts", "endsAt", "plan-form:plan-ends",
            "place", "plan-form:plan-place", "onlineUrl", "plan-form:plan-link", "capacity", "plan-form:plan-capacity",
            "trainer", "plan-form:plan-trainer");

    @Inject
    TrainingSessions sessions;

    @Inject
    Courses courses;

    @Inject
    TrainingStaff staff;

    @Inject
    CurrentTenant tenant;

    private LocalDate from;
    private LocalDate to;
    private List<TrainingSession> list = List.of();
    private List<Course> offered = List.of();

    private Long courseId;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String place;
    private String onlineUrl;
    private String trainer;
    private Integer capacity = 20;

    @PostConstruct
    void init() {
        LocalDate today = LocalDate.now(ZONE);
        from = today.minusMonths(1).withDayOfMonth(1);
        to = today.plusMonths(3);
        offered = courses.offered();
        trainer = tenant.callerName();
        search();
    }

    public void search() {
        if (from == null || to == null) {
            return;
        }
        list = sessions.between(from.atStartOfDay(ZONE).toInstant(), to.plusDays(1).atStartOfDay(ZONE).toInstant());
    }

    /** Plans the session and opens its page (redirect after POST). */
    public String plan() {
        if (!staff.permits(MESSAGES)) {
            return null;
        }
        try {
            TrainingSession planned = sessions.plan(new SessionPlan(courseId == null ? -1 : courseId, instant(startsAt), instant(endsAt),
                    place, onlineUrl, trainer, capacity == null ? 0 : capacity));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            TrainingTexts.done("session.planned", planned.course().code());
            return "/session.xhtml?faces-redirect=true&id=" + planned.id();
        } catch (InvalidField refused) {
            FacesMessages.refused(FIELDS.getOrDefault(refused.field(), MESSAGES), refused);
        } catch (RuleViolation refused) {
            FacesMessages.refused(MESSAGES, refused);
        }
        FacesMessages.keepDialogOpen();
        return null;
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(ZONE).toInstant();
    }

    public List<TrainingSession> getList() {
        return list;
    }

    public List<Course> getOffered() {
        return offered;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public void setOnlineUrl(String onlineUrl) {
        this.onlineUrl = onlineUrl;
    }

    public String getTrainer() {
        return trainer;
    }

    public void setTrainer(String trainer) {
        this.trainer = trainer;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }
}
