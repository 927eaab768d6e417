package com.servicenet.tenantweb.training;

import com.servicenet.network.entity.Technician;
import com.servicenet.training.control.CertificationRow;
import com.servicenet.training.entity.CertificationState;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One of the outlet's technicians with their certificates as the technicians page shows them: the valid ones
 * (flagged when they expire within {@value #WARN_DAYS} days), and the expired or revoked ones that no valid
 * certificate of the same course has replaced.
 */
public record TechnicianStatus(Technician technician, List<Line> valid, List<Line> lapsed) {

    static final int WARN_DAYS = 60;

    /** A certificate line; {@code daysLeft} until it expires (valid ones), {@code expiringSoon} within the warning window. */
    public record Line(CertificationRow certificate, long daysLeft, boolean expiringSoon) {
    }

    static List<TechnicianStatus> of(Collection<Technician> technicians, Collection<CertificationRow> certificates, LocalDate today) {
        Map<Long, List<CertificationRow>> byTechnician = certificates.stream()
                .filter(c -> c.technicianId() != null)
                .collect(Collectors.groupingBy(CertificationRow::technicianId));
        List<TechnicianStatus> statuses = new ArrayList<>();
        for (Technician technician : technicians) {
            List<CertificationRow> own = byTechnician.getOrDefault(technician.id(), List.of());
            List<Line> valid = new ArrayList<>();
            List<Line> lapsed = new ArrayList<>();
            for (CertificationRow c : own) {
                if (c.state() == CertificationState.VALID) {
                    long days = ChronoUnit.DAYS.between(today, c.expiresOn());
                    valid.add(new Line(c, days, days <= WARN_DAYS));
                } else if (own.stream().noneMatch(o -> o.state() == CertificationState.VALID && o.course().id().equals(c.course().id()))) {
                    lapsed.add(new Line(c, 0, false));
                }
            }
            statuses.add(new TechnicianStatus(technician, valid, lapsed));
        }
        return statuses;
    }

    public boolean warned() {
        return !lapsed.isEmpty() || valid.stream().anyMatch(Line::expiringSoon);
    }
}
