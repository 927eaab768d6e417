package com.servicenet.training.entity;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.network.entity.LocalizedName;
import com.servicenet.network.entity.Technician;
import com.servicenet.rules.InvalidField;
import com.servicenet.rules.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of courses, seats, results and certificates, without a database. */
class CertificationTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static Course course(int validityMonths, int passMark, Set<ProductCategory> categories) {
        return new Course("ac-repair", CourseKind.PRODUCT, new LocalizedName("AC", "空调", "空調"), null, validityMonths, passMark,
                categories, "hq.trainer", NOW);
    }

    private static Enrolment seat(Course course) {
        TrainingSession session = new TrainingSession(course, NOW.minus(1, ChronoUnit.DAYS), NOW.minus(16, ChronoUnit.HOURS),
                "上海培训中心", null, "hq.trainer", 10, "hq.trainer", NOW);
        return Enrolment.enrol(session, new Technician(1, "t01", "陈志明", null), "hq.trainer", NOW);
    }

    @Test
    void aCourseGuardsItsCodeValidityPassMarkAndCategories() {
        assertEquals("AC-REPAIR", course(24, 70, EnumSet.of(ProductCategory.AIR_CONDITIONER)).code());
        assertThrows(InvalidField.class, () -> course(0, 70, EnumSet.of(ProductCategory.AIR_CONDITIONER)));
        assertThrows(InvalidField.class, () -> course(121, 70, EnumSet.of(ProductCategory.AIR_CONDITIONER)));
        assertThrows(InvalidField.class, () -> course(24, 101, EnumSet.of(ProductCategory.AIR_CONDITIONER)));
        assertThrows(InvalidField.class, () -> course(24, 70, EnumSet.noneOf(ProductCategory.class)));
        assertThrows(InvalidField.class, () -> new Course("空调", CourseKind.PRODUCT, new LocalizedName("a", "b", "c"), null, 24, 70,
                EnumSet.of(ProductCategory.TELEVISION), "hq", NOW));
    }

    @Test
    void onlyAnAttendedScoreAtOrAboveThePassMarkPasses() {
        Course course = course(24, 70, EnumSet.of(ProductCategory.AIR_CONDITIONER));
        Enrolment exactly = seat(course);
        exactly.record(true, 70);
        assertTrue(exactly.passed(), "the pass mark itself passes");
        Enrolment below = seat(course);
        below.record(true, 69);
        assertFalse(below.passed());
        Enrolment absent = seat(course);
        absent.record(false, null);
        assertFalse(absent.passed());
        assertThrows(InvalidField.class, () -> seat(course).record(false, 90), "no score without attendance");
        assertThrows(InvalidField.class, () -> seat(course).record(true, 101));
        assertThrows(RuleViolation.class, () -> Certification.issue(below, "N", CertificateCode.next(), TODAY, null, "hq", NOW));
        assertThrows(RuleViolation.class, () -> Certification.issue(absent, "N", CertificateCode.next(), TODAY, null, "hq", NOW));
    }

    @Test
    void aRequestTakesNoResultUntilApprovedAndADecisionIsMadeOnce() {
        Course course = course(24, 70, EnumSet.of(ProductCategory.AIR_CONDITIONER));
        TrainingSession session = new TrainingSession(course, NOW.plus(3, ChronoUnit.DAYS), NOW.plus(4, ChronoUnit.DAYS), null,
                "https://training.example.cn/live", "hq.trainer", 5, "hq.trainer", NOW);
        Enrolment request = Enrolment.request(session, new Technician(2, "T09", "赵磊", null), "manager.2", NOW);
        assertEquals(EnrolmentStatus.REQUESTED, request.status());
        assertThrows(RuleViolation.class, () -> request.record(true, 80), "a request has no seat to attend");
        request.approve("hq.trainer", NOW);
        assertEquals(EnrolmentStatus.ENROLLED, request.status());
        assertThrows(RuleViolation.class, () -> request.approve("hq.trainer", NOW));
        session.cancel();
        assertThrows(RuleViolation.class, () -> Enrolment.enrol(session, new Technician(2, "T02", "刘晓东", null), "hq", NOW));
    }

    @Test
    void aCertificateIsValidFromItsIssueDayUntilTheDayItExpiresForItsCategoriesOnly() {
        Course course = course(24, 70, EnumSet.of(ProductCategory.AIR_CONDITIONER, ProductCategory.WATER_HEATER));
        Enrolment passed = seat(course);
        passed.record(true, 88);
        Certification certificate = Certification.issue(passed, "SN-2026-000001", CertificateCode.next(), TODAY, null, "hq", NOW);
        assertEquals(LocalDate.of(2028, 12, 1), certificate.expiresOn());
        assertTrue(certificate.qualifiesFor(ProductCategory.AIR_CONDITIONER, TODAY));
        assertTrue(certificate.qualifiesFor(ProductCategory.WATER_HEATER, LocalDate.of(2028, 11, 30)), "the last valid day");
        assertFalse(certificate.qualifiesFor(ProductCategory.AIR_CONDITIONER, LocalDate.of(2028, 12, 1)), "expired on its expiry day");
        assertFalse(certificate.qualifiesFor(ProductCategory.AIR_CONDITIONER, TODAY.minusDays(1)), "not before it was issued");
        assertFalse(certificate.qualifiesFor(ProductCategory.TELEVISION, TODAY), "only its own categories");
        assertEquals(CertificationState.EXPIRED, certificate.stateOn(LocalDate.of(2028, 12, 1)));

        assertFalse(certificate.expireIfDue(LocalDate.of(2028, 11, 30)));
        assertTrue(certificate.expireIfDue(LocalDate.of(2028, 12, 1)));
        assertFalse(certificate.expireIfDue(LocalDate.of(2028, 12, 2)), "marked once");
    }

    @Test
    void revocationNeedsAReasonEndsValidityAndHappensOnce() {
        Enrolment passed = seat(course(24, 70, EnumSet.of(ProductCategory.AIR_CONDITIONER)));
        passed.record(true, 90);
        Certification certificate = Certification.issue(passed, "SN-2026-000002", CertificateCode.next(), TODAY, null, "hq", NOW);
        assertThrows(RuleViolation.class, () -> certificate.revoke("  ", "hq", NOW));
        certificate.revoke("考试作弊", "hq", NOW);
        assertEquals(CertificationState.REVOKED, certificate.stateOn(TODAY));
        assertFalse(certificate.qualifiesFor(ProductCategory.AIR_CONDITIONER, TODAY));
        assertFalse(certificate.expireIfDue(LocalDate.of(2030, 1, 1)), "a revoked certificate stays revoked");
        assertThrows(RuleViolation.class, () -> certificate.revoke("again", "hq", NOW));
    }

    @Test
    void codesAreTwentyCrockfordCharactersAndLookAlikesReadAsMeant() {
        String code = CertificateCode.next();
        assertTrue(CertificateCode.wellFormed(code), code);
        assertEquals(20, code.length());
        assertFalse(code.equals(CertificateCode.next()));
        assertEquals("0123456789ABCDEFGH11", CertificateCode.normalized(" o123456789abcdefghIL "));
        assertFalse(CertificateCode.wellFormed(CertificateCode.normalized("0123456789ABCDEFGHU1")), "U is not a Crockford digit");
        assertFalse(CertificateCode.wellFormed(CertificateCode.normalized("' OR 1=1 --")));
        assertFalse(CertificateCode.wellFormed(CertificateCode.normalized(null)));
    }

    @Test
    void aSessionNeedsAPlaceOrAWebLinkAndEndsAfterItStarts() {
        Course course = course(24, 70, EnumSet.of(ProductCategory.AIR_CONDITIONER));
        assertThrows(InvalidField.class, () -> new TrainingSession(course, NOW, NOW, "A", null, "t", 5, "hq", NOW));
        assertThrows(InvalidField.class, () -> new TrainingSession(course, NOW, NOW.plusSeconds(60), null, " ", "t", 5, "hq", NOW));
        assertThrows(InvalidField.class, () -> new TrainingSession(course, NOW, NOW.plusSeconds(60), null, "javascript:alert(1)", "t", 5, "hq", NOW));
        assertThrows(InvalidField.class, () -> new TrainingSession(course, NOW, NOW.plusSeconds(60), "A", null, "t", 0, "hq", NOW));
        course.retire();
        assertThrows(RuleViolation.class, () -> new TrainingSession(course, NOW, NOW.plusSeconds(60), "A", null, "t", 5, "hq", NOW));
    }
}
