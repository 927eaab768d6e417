package com.servicenet.api.training;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.training.control.CertificationRow;
import com.servicenet.training.control.OutletCompliance;
import com.servicenet.training.control.PublicCertificate;
import com.servicenet.training.entity.Certification;
import com.servicenet.training.entity.CertificationState;
import com.servicenet.training.entity.Course;
import com.servicenet.training.entity.CourseKind;
import com.servicenet.training.entity.Enrolment;
import com.servicenet.training.entity.EnrolmentStatus;
import com.servicenet.training.entity.SessionStatus;
import com.servicenet.training.entity.TrainingSession;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** What the training API answers; built from the domain at the boundary, never the entities themselves. */
public final class TrainingRepresentations {

    private TrainingRepresentations() {
    }

    public record CourseView(long id, String code, CourseKind kind, String nameEn, String nameZhCn, String nameZhTw,
                             String description, int validityMonths, int passMark, Set<ProductCategory> categories,
                             boolean active) {
        static CourseView of(Course c) {
            return new CourseView(c.id(), c.code(), c.kind(), c.name().english(), c.name().simplified(), c.name().traditional(),
                    c.description(), c.validityMonths(), c.passMark(), c.categories(), c.active());
        }
    }

    public record SessionView(long id, long courseId, String courseCode, Instant startsAt, Instant endsAt, String place,
                              String onlineUrl, String trainer, int capacity, int seatsTaken, SessionStatus status) {
        static SessionView of(TrainingSession s) {
            return new SessionView(s.id(), s.course().id(), s.course().code(), s.startsAt(), s.endsAt(), s.place(),
                    s.onlineUrl(), s.trainer(), s.capacity(), s.seatsTaken(), s.status());
        }
    }

    public record EnrolmentView(long id, long sessionId, long personId, String name, long technicianId, long outletId,
                                EnrolmentStatus status, Boolean attended, Integer score) {
        static EnrolmentView of(Enrolment e) {
            return new EnrolmentView(e.id(), e.session().id(), e.person().id(), e.person().name(), e.technicianId(),
                    e.outletId(), e.status(), e.attended(), e.score());
        }
    }

    public record CertificationView(long id, String number, String code, String holder, Long outletId, String technicianCode,
                                    String courseCode, Set<ProductCategory> categories, LocalDate issuedOn,
                                    LocalDate expiresOn, CertificationState state, String revokeReason) {
        static CertificationView of(CertificationRow r) {
            return new CertificationView(r.id(), r.number(), r.code(), r.holder(), r.outletId(), r.technicianCode(),
                    r.course().code(), r.categories(), r.issuedOn(), r.expiresOn(), r.state(), r.revokeReason());
        }

        static CertificationView issued(Certification c) {
            return new CertificationView(c.id(), c.number(), c.code(), c.person().name(), null, null, c.course().code(),
                    c.categories(), c.issuedOn(), c.expiresOn(), c.status(), null);
        }
    }

    public record ResultsView(int recorded, java.util.List<CertificationView> issued) {
    }

    public record ComplianceView(long outletId, String outletCode, int technicians, int compliant, Integer percent,
                                 int threshold, boolean belowThreshold) {
        static ComplianceView of(OutletCompliance c) {
            return new ComplianceView(c.outletId(), c.outletCode(), c.technicians(), c.compliant(), c.percent(), c.threshold(),
                    c.below());
        }
    }

    /** Exactly what the public may learn of a certificate. */
    @Schema(name = "CertificateVerification") // AuditCommands.Verification is another record of this name
    public record Verification(CertificationState state, String holder, String outlet, String course,
                               Set<ProductCategory> categories, LocalDate issuedOn, LocalDate expiresOn) {
        static Verification of(PublicCertificate p) {
            return new Verification(p.state(), p.holder(), p.outlet(), p.course(), p.categories(), p.issuedOn(), p.expiresOn());
        }
    }
}
