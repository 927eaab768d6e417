package com.servicenet.training.control;

import com.servicenet.network.entity.LocalizedName;
import com.servicenet.persistence.Constraints;
import com.servicenet.persistence.Moments;
import com.servicenet.rules.RuleViolation;
import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.tenancy.TenantBound;
import com.servicenet.training.entity.Course;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/** HQ's course catalogue (课程目录): everyone reads it, HQ keeps it. */
@ApplicationScoped
@Transactional
@TenantBound
public class Courses {

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    public List<Course> all() {
        return em.createQuery("SELECT c FROM Course c ORDER BY c.active DESC, c.code", Course.class).getResultList();
    }

    public List<Course> offered() {
        return em.createQuery("SELECT c FROM Course c WHERE c.active = TRUE ORDER BY c.code", Course.class).getResultList();
    }

    public Course course(long id) {
        Course course = em.find(Course.class, id);
        if (course == null) {
            throw new RuleViolation("course.unknown", id);
        }
        return course;
    }

    public Course create(CourseDraft draft) {
        Course course = new Course(draft.code(), draft.kind(), name(draft), draft.description(), draft.validityMonths(),
                draft.passMark(), draft.categories(), tenant.callerName(), Moments.now());
        em.persist(course);
        Constraints.flush(em, state -> Constraints.UNIQUE_VIOLATION.equals(state) ? new RuleViolation("course.taken", course.code()) : null);
        return course;
    }

    public Course revise(long id, CourseDraft draft) {
        Course course = course(id);
        course.describe(draft.kind(), name(draft), draft.description(), draft.validityMonths(), draft.passMark(), draft.categories());
        em.flush();
        return course;
    }

    public Course retire(long id) {
        Course course = course(id);
        course.retire();
        return course;
    }

    public Course reinstate(long id) {
        Course course = course(id);
        course.reinstate();
        return course;
    }

    private static LocalizedName name(CourseDraft draft) {
        return new LocalizedName(draft.nameEn(), draft.nameZhCn(), draft.nameZhTw());
    }
}
