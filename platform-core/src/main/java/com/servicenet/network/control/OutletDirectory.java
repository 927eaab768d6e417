package com.servicenet.network.control;

import com.servicenet.network.entity.Appointment;
import com.servicenet.network.entity.Outlet;
import com.servicenet.network.entity.OutletStatus;
import com.servicenet.network.entity.TrackingEntry;
import com.servicenet.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the outlet database (网点资料数据库) for the current caller. Row-level security decides which rows
 * the caller may see: HQ all, an outlet only itself. Nothing here writes.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class OutletDirectory {

    /** Columns the list may be sorted by, mapped to JPQL paths: nothing else ever reaches a query. */
    private static final Map<String, String> SORTABLE = Map.of(
            "code", "o.code", "legalName", "o.legalName", "status", "o.status", "contactName", "o.contact.name");

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    public Optional<Outlet> find(long id) {
        return Optional.ofNullable(em.find(Outlet.class, id));
    }

    public Optional<Outlet> findByCode(String code) {
        return em.createQuery("SELECT o FROM Outlet o WHERE o.code = :code", Outlet.class)
                .setParameter("code", code == null ? "" : code.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    /**
     * A page of the outlet list, with the regions each outlet holds now. Two queries whatever the page size;
     * callers bound the size (the API to 500; the export asks for everything on purpose).
     */
    public List<OutletRow> page(OutletFilter filter, String sortField, boolean ascending, int first, int size) {
        String order = SORTABLE.getOrDefault(sortField, "o.code") + (ascending ? " ASC" : " DESC") + ", o.id";
        List<Outlet> outlets = where(filter, "SELECT o FROM Outlet o", " ORDER BY " + order, Outlet.class)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.max(1, size))
                .getResultList();
        Map<Long, List<String>> regions = regionCodes(outlets.stream().map(Outlet::id).toList());
        return outlets.stream().map(o -> new OutletRow(o.id(), o.code(), o.legalName(), o.status(),
                o.contact().name(), o.contact().phone(), regions.getOrDefault(o.id(), List.of()))).toList();
    }

    public long count(OutletFilter filter) {
        return where(filter, "SELECT COUNT(o) FROM Outlet o", "", Long.class).getSingleResult();
    }

    /** The outlet's tracking record (跟踪记录), newest first. HQ only: for anyone else it is empty. */
    public List<TrackingEntry> trackingRecord(long outletId) {
        return em.createQuery("SELECT e FROM TrackingEntry e WHERE e.outletId = :outlet ORDER BY e.occurredAt DESC, e.id DESC",
                        TrackingEntry.class)
                .setParameter("outlet", outletId)
                .setMaxResults(500)
                .getResultList();
    }

    /** Every appointment the outlet has had or will have, newest first. */
    public List<Appointment> appointments(long outletId) {
        return em.createQuery("SELECT a FROM Appointment a WHERE a.outlet.id = :outlet "
                        + "ORDER BY a.validFrom DESC", Appointment.class)
                .setParameter("outlet", outletId)
                .getResultList();
    }

    /**
     * Outlets HQ may pick as a successor or appointee (candidates, on probation, active) whose code or legal
     * name contains the text: the first 20 by code, for an autocomplete over a network of thousands.
     */
    public List<Outlet> appointable(String text) {
        String like = "%" + escapeLike(text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
        return em.createQuery("SELECT o FROM Outlet o WHERE o.status IN :statuses "
                        + "AND (LOWER(o.code) LIKE :text OR LOWER(o.legalName) LIKE :text) ORDER BY o.code", Outlet.class)
                .setParameter("statuses", List.of(OutletStatus.CANDIDATE, OutletStatus.PROBATION, OutletStatus.ACTIVE))
                .setParameter("text", like)
                .setMaxResults(20)
                .getResultList();
    }

    private <T> TypedQuery<T> where(OutletFilter filter, String select, String tail, Class<T> type) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("(LOWER(o.code) LIKE :text OR LOWER(o.legalName) LIKE :text)");
            parameters.put("text", "%" + escapeLike(filter.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.status() != null) {
            conditions.add("o.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.regionCode() != null && !filter.regionCode().isBlank()) {
            // the region itself or any region below it (codes nest: GD, GD-GZ, GD-GZ-TH)
            conditions.add("EXISTS (SELECT a FROM Appointment a WHERE a.outlet = o AND " + Appointments.NOW + " "
                    + "AND (a.region.code = :region OR a.region.code LIKE :regionPrefix))");
            String region = filter.regionCode().strip().toUpperCase(Locale.ROOT);
            parameters.put("region", region);
            parameters.put("regionPrefix", escapeLike(region) + "-%");
            parameters.put("now", java.time.Instant.now());
        }
        String jpql = select + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions)) + tail;
        TypedQuery<T> query = em.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    private Map<Long, List<String>> regionCodes(List<Long> outletIds) {
        Map<Long, List<String>> codes = new HashMap<>();
        if (outletIds.isEmpty()) {
            return codes;
        }
        em.createQuery("SELECT a.outlet.id, a.region.code FROM Appointment a WHERE a.outlet.id IN :ids AND " + Appointments.NOW + " "
                        + "ORDER BY a.region.code", Object[].class)
                .setParameter("ids", outletIds)
                .setParameter("now", java.time.Instant.now())
                .getResultList()
                .forEach(row -> codes.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]));
        return codes;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
