package com.servicenet.networkadmin.training;

import com.servicenet.network.entity.Outlet;
import com.servicenet.training.control.CertificationFilter;
import com.servicenet.training.control.CertificationRow;
import com.servicenet.training.control.Certifications;
import com.servicenet.training.control.Courses;
import com.servicenet.training.entity.CertificationState;
import com.servicenet.training.entity.Course;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** HQ's certificate search: holder's name or certificate number, outlet, course, state. */
@Named
@ViewScoped
public class CertificationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Certifications certifications;

    @Inject
    Courses courses;

    @Inject
    OutletPicker outlets;

    private String text;
    private String outlet;
    private Long courseId;
    private CertificationState state;
    private List<Course> catalogue = List.of();
    private List<CertificationRow> rows = List.of();

    @PostConstruct
    void init() {
        catalogue = courses.all();
        search();
    }

    public void search() {
        Long outletId = null;
        if (outlet != null && !outlet.isBlank()) {
            Optional<Outlet> found = outlets.of(outlet);
            if (found.isEmpty()) {
                TrainingTexts.error("certifications-form:filter-outlet", TrainingTexts.text("training.unknown-outlet", outlet));
                rows = List.of();
                return;
            }
            outletId = found.get().id();
        }
        rows = certifications.search(new CertificationFilter(text, outletId, courseId, state));
    }

    public List<String> completeOutlet(String typed) {
        return outlets.complete(typed);
    }

    public boolean isTruncated() {
        return rows.size() >= Certifications.MOST_LISTED;
    }

    public int getLimit() {
        return Certifications.MOST_LISTED;
    }

    public List<CertificationRow> getRows() {
        return rows;
    }

    public List<Course> getCatalogue() {
        return catalogue;
    }

    public CertificationState[] getStates() {
        return CertificationState.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getOutlet() {
        return outlet;
    }

    public void setOutlet(String outlet) {
        this.outlet = outlet;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public CertificationState getState() {
        return state;
    }

    public void setState(CertificationState state) {
        this.state = state;
    }
}
