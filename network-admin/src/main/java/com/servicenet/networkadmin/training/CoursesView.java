package com.servicenet.networkadmin.training;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.training.control.Courses;
import com.servicenet.training.entity.Course;
import com.servicenet.training.entity.CourseKind;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The course catalogue (课程目录): every HQ role reads it; trainers and network admins keep it. */
@Named
@ViewScoped
public class CoursesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String MESSAGES = "course-form:course-messages";
    private static final Map<String, String> FIELDS = Map.of("code", "course-form:course-code", "kind", "course-form:course-kind",
            "validityMonths", "course-form:course-validity", "passMark", "course-form:course-pass-mark",
            "categories", "course-form:course-categories", "description", "course-form:course-description");

    @Inject
    Courses courses;

    @Inject
    TrainingStaff staff;

    private List<Course> catalogue = List.of();
    private CourseForm form = new CourseForm();
    private Long editing;

    @PostConstruct
    void load() {
        catalogue = courses.all();
    }

    public void prepareNew() {
        form = new CourseForm();
        editing = null;
    }

    public void prepareEdit(Course course) {
        form = CourseForm.of(course);
        editing = course.id();
    }

    public void save() {
        if (!staff.permits(MESSAGES)) {
            return;
        }
        Long id = editing;
        if (TrainingTexts.attempt(MESSAGES, FIELDS, () -> {
            if (id == null) {
                courses.create(form.draft());
            } else {
                courses.revise(id, form.draft());
            }
        }, "course.saved", form.getCode())) {
            load();
        }
    }

    public void retire(Course course) {
        if (staff.permits("courses-form:courses-messages")
                && TrainingTexts.attempt("courses-form:courses-messages", () -> courses.retire(course.id()), "course.retired", course.code())) {
            load();
        }
    }

    public void reinstate(Course course) {
        if (staff.permits("courses-form:courses-messages")
                && TrainingTexts.attempt("courses-form:courses-messages", () -> courses.reinstate(course.id()), "course.reinstated", course.code())) {
            load();
        }
    }

    public List<Course> getCatalogue() {
        return catalogue;
    }

    public CourseForm getForm() {
        return form;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public CourseKind[] getKinds() {
        return CourseKind.values();
    }

    public ProductCategory[] getCategories() {
        return ProductCategory.values();
    }
}
