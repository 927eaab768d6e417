package com.servicenet.repairs.control;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.catalog.entity.WarrantyCoverage;
import com.servicenet.repairs.entity.Customer;
import com.servicenet.repairs.entity.RepairOrder;
import com.servicenet.repairs.entity.RepairStatus;
import com.servicenet.repairs.entity.ServiceType;
import com.servicenet.rules.RuleViolation;
import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading repairs: an outlet its own, HQ all of them. Lists are plain SQL over the outlet-first indexes and
 * return rows with the customer already masked; the order itself comes whole, to its outlet and to HQ.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class RepairSearch {

    /** An HQ repeat-repair report spans at most this many days, so that it stays an index walk. */
    public static final int REPEAT_WINDOW_DAYS = 30;
    public static final int MAX_REPORT_DAYS = 366;

    private static final String COLUMNS = "SELECT r.id, r.outlet_id, o.code, r.ticket_no, r.status, r.service_type, r.category, "
            + "r.model, r.serial_no, r.customer_name, r.customer_phone, t.name, r.received_at, r.amount_charged, "
            + "r.overcharged, r.charged_in_warranty, r.warranty_coverage ";
    private static final String ORDER = " ORDER BY r.received_at DESC, r.id DESC";

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    /** One order, whole: to its own outlet, or to HQ. */
    public RepairOrder order(long id) {
        RepairOrder order = em.find(RepairOrder.class, id);
        boolean visible = order != null && (tenant.isHeadquarters()
                || tenant.outletId().isPresent() && tenant.outletId().getAsLong() == order.outletId());
        if (!visible) {
            throw new RuleViolation("repair.unknown", id);
        }
        return RepairDesk.loaded(order);
    }

    /** A page after the cursor (null: the first), newest first. */
    public RepairPage page(RepairFilter filter, String cursor, int limit) {
        Where where = where(filter);
        if (cursor != null && !cursor.isBlank()) {
            Cursor after = Cursor.decode(cursor);
            where.and("(r.received_at, r.id) < (?" + where.next() + ", ?" + (where.next() + 1) + ")",
                    Timestamp.from(after.receivedAt()), after.id());
        }
        List<RepairRow> rows = rows(where, limit + 1, 0);
        if (rows.size() <= limit) {
            return new RepairPage(rows, null);
        }
        RepairRow last = rows.get(limit - 1);
        return new RepairPage(rows.subList(0, limit), new Cursor(last.receivedAt(), last.id()).encode());
    }

    /** A page by position, for screens that jump to page n. */
    public List<RepairRow> page(RepairFilter filter, int offset, int limit) {
        return rows(where(filter), limit, offset);
    }

    public long count(RepairFilter filter) {
        Where where = where(filter);
        Query query = em.createNativeQuery("SELECT count(*) FROM repair_order r " + where.sql());
        where.bind(query);
        return ((Number) query.getSingleResult()).longValue();
    }

    /**
     * Repeat repairs (HQ): repairs received on the given days whose appliance — same category and serial
     * number — had been repaired, by any outlet, within the 30 days before. A repeat means the first repair
     * did not hold; both outlets are named.
     */
    public List<RepeatRepair> repeats(LocalDate from, LocalDate to, int limit) {
        if (ChronoUnit.DAYS.between(from, to) > MAX_REPORT_DAYS || to.isBefore(from)) {
            throw new RuleViolation("repair.report-period", MAX_REPORT_DAYS);
        }
        List<?> rows = em.createNativeQuery("SELECT r.serial_no, r.model, r.category, p.id, po.code, p.ticket_no, p.received_at, "
                        + "r.id, ro.code, r.ticket_no, r.received_at "
                        + "FROM repair_order r JOIN outlet ro ON ro.id = r.outlet_id "
                        + "JOIN LATERAL (SELECT e.id, e.outlet_id, e.ticket_no, e.received_at FROM repair_order e "
                        + "  WHERE e.serial_no = r.serial_no AND e.category = r.category AND e.status <> 'CANCELLED' "
                        + "  AND e.received_at < r.received_at AND e.received_at >= r.received_at - make_interval(days => ?3) "
                        + "  ORDER BY e.received_at DESC LIMIT 1) p ON true "
                        + "JOIN outlet po ON po.id = p.outlet_id "
                        + "WHERE r.status <> 'CANCELLED' AND r.received_at >= ?1 AND r.received_at < ?2 "
                        + "ORDER BY r.received_at DESC, r.id DESC LIMIT ?4")
                .setParameter(1, Timestamp.from(startOf(from)))
                .setParameter(2, Timestamp.from(startOf(to.plusDays(1))))
                .setParameter(3, REPEAT_WINDOW_DAYS)
                .setParameter(4, limit)
                .getResultList();
        List<RepeatRepair> repeats = new ArrayList<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            Instant first = instant(c[6]);
            Instant repeat = instant(c[10]);
            repeats.add(new RepeatRepair((String) c[0], (String) c[1], (String) c[2], number(c[3]), (String) c[4], (String) c[5],
                    first, number(c[7]), (String) c[8], (String) c[9], repeat,
                    ChronoUnit.DAYS.between(first.atZone(RepairOrder.BUSINESS_ZONE).toLocalDate(),
                            repeat.atZone(RepairOrder.BUSINESS_ZONE).toLocalDate())));
        }
        return repeats;
    }

    private List<RepairRow> rows(Where where, int limit, int offset) {
        // the page is cut from repair_order alone, then joined: the plan walks the outlet's index and stops
        Query query = em.createNativeQuery(COLUMNS + "FROM (SELECT * FROM repair_order r " + where.sql() + ORDER
                + " LIMIT " + limit + " OFFSET " + offset + ") r JOIN outlet o ON o.id = r.outlet_id "
                + "LEFT JOIN technician t ON t.id = r.technician_id" + ORDER);
        where.bind(query);
        List<RepairRow> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            rows.add(new RepairRow(number(c[0]), number(c[1]), (String) c[2], (String) c[3],
                    RepairStatus.valueOf((String) c[4]), ServiceType.valueOf((String) c[5]),
                    ProductCategory.valueOf((String) c[6]), (String) c[7], (String) c[8],
                    Customer.maskName((String) c[9]), Customer.maskPhone((String) c[10]), (String) c[11],
                    instant(c[12]), (BigDecimal) c[13], (Boolean) c[14], (Boolean) c[15],
                    WarrantyCoverage.valueOf((String) c[16])));
        }
        return rows;
    }

    /** The filter as SQL. An outlet's list is its own whatever the filter says; HQ may narrow by outlet or region. */
    private Where where(RepairFilter filter) {
        Where where = new Where();
        if (!tenant.isHeadquarters()) {
            where.and("r.outlet_id = ?" + where.next(), tenant.requireOutletId());
        } else if (filter.outletId() != null) {
            where.and("r.outlet_id = ?" + where.next(), filter.outletId());
        }
        if (tenant.isHeadquarters() && filter.regionCode() != null) {
            // outlets holding the region, or any region below it, now
            where.and("r.outlet_id IN (SELECT a.outlet_id FROM region_assignment a WHERE a.region_id IN ("
                    + "WITH RECURSIVE below AS (SELECT id FROM region WHERE code = upper(?" + where.next() + ") "
                    + "UNION ALL SELECT c.id FROM region c JOIN below b ON c.parent_id = b.id) SELECT id FROM below) "
                    + "AND a.valid_from <= now() AND (a.valid_to IS NULL OR a.valid_to > now()))", filter.regionCode());
        }
        if (filter.status() != null) {
            where.and("r.status = ?" + where.next(), filter.status().name());
        }
        if (filter.from() != null) {
            where.and("r.received_at >= ?" + where.next(), Timestamp.from(startOf(filter.from())));
        }
        if (filter.to() != null) {
            where.and("r.received_at < ?" + where.next(), Timestamp.from(startOf(filter.to().plusDays(1))));
        }
        if (filter.model() != null) {
            where.and("r.model = ?" + where.next(), filter.model());
        }
        if (filter.serialNo() != null) {
            where.and("r.serial_no = ?" + where.next(), filter.serialNo());
        }
        if (filter.ticketNo() != null) {
            where.and("r.ticket_no = ?" + where.next(), filter.ticketNo());
        }
        if (Boolean.TRUE.equals(filter.flagged())) {
            where.and("(r.overcharged OR r.charged_in_warranty)");
        }
        return where;
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(RepairOrder.BUSINESS_ZONE).toInstant();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }

    /** A WHERE clause with positional parameters, built condition by condition. */
    private static final class Where {
        private final StringBuilder sql = new StringBuilder();
        private final List<Object> parameters = new ArrayList<>();

        int next() {
            return parameters.size() + 1;
        }

        void and(String condition, Object... values) {
            sql.append(sql.length() == 0 ? "WHERE " : " AND ").append(condition);
            parameters.addAll(List.of(values));
        }

        String sql() {
            return sql.toString();
        }

        void bind(Query query) {
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
        }
    }
}
