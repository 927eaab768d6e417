package com.servicenet.network.control;

import com.servicenet.csv.Csv;
import com.servicenet.persistence.Moments;
import com.servicenet.network.entity.Appointment;
import com.servicenet.network.entity.Outlet;
import com.servicenet.network.entity.Region;
import com.servicenet.network.entity.TrackingEntry;
import com.servicenet.persistence.Constraints;
import com.servicenet.rules.RuleTexts;
import com.servicenet.rules.RuleViolation;
import com.servicenet.tenancy.CurrentTenant;
import com.servicenet.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * HQ's territory: the region hierarchy (省 → 市 → 区), its changes, and where the network has gaps.
 * A split or merged region is retired, never deleted; its holder carries over to what replaces it.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class RegionCatalog {

    static final String CSV_HEADER = "code,parent_code,name_en,name_zh_cn,name_zh_tw,service_area";

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    @Inject
    Appointments appointments;

    /** Every region in service with its current holder, parents before children, by code. */
    public List<RegionNode> tree() {
        List<Region> regions = em.createQuery("SELECT r FROM Region r WHERE r.retiredAt IS NULL ORDER BY r.code", Region.class)
                .getResultList();
        Set<Long> parents = regions.stream().map(Region::parentId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<Long, Appointment> holders = appointments.current().stream()
                .collect(Collectors.toMap(a -> a.region().id(), Function.identity(), (a, b) -> a));
        return regions.stream().map(r -> {
            Appointment held = holders.get(r.id());
            Outlet holder = held == null ? null : held.outlet();
            return new RegionNode(r.id(), r.parentId(), r.code(), r.level(), r.name(), r.serviceArea(), !parents.contains(r.id()),
                    holder == null ? null : holder.id(), holder == null ? null : holder.code(),
                    holder == null ? null : holder.legalName(), holder == null ? null : holder.status());
        }).toList();
    }

    /** Leaves in service that no serving outlet holds: where HQ must appoint someone. */
    public List<RegionNode> coverageGaps() {
        return tree().stream().filter(RegionNode::isGap).toList();
    }

    public Optional<Region> find(long id) {
        return Optional.ofNullable(em.find(Region.class, id));
    }

    public Optional<Region> findByCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode(code.strip().toUpperCase(Locale.ROOT)));
    }

    /** A new province (no parent) or a region one level below its parent. */
    public Region create(Long parentId, RegionDraft draft) {
        Region region = parentId == null
                ? Region.province(draft.code(), draft.name(), draft.serviceArea())
                : parent(parentId).subdivide(draft.code(), draft.name(), draft.serviceArea());
        persistNew(region);
        return region;
    }

    public void rename(long id, RegionDraft draft) {
        Region region = locked(id);
        region.rename(draft.name(), draft.serviceArea());
    }

    /**
     * Splits a leaf into two or more new regions beside it. The old one is retired; its holder, if any,
     * holds every part from the same moment on.
     */
    public List<Region> split(long id, List<RegionDraft> parts) {
        if (parts.size() < 2) {
            throw new RuleViolation("region.split-parts");
        }
        Instant now = Moments.now();
        Region old = NetworkAdministration.leafForUpdate(em, id);
        Optional<Appointment> held = appointments.holding(id);
        List<Region> created = new ArrayList<>();
        for (RegionDraft part : parts) {
            Region region = old.sibling(part.code(), part.name(), part.serviceArea());
            persistNew(region);
            created.add(region);
        }
        retire(old, held, now);
        held.ifPresent(previous -> created.forEach(region -> carryOver(previous.outlet(), region, now)));
        return created;
    }

    /** Merges sibling leaves into one new region. Allowed when at most one outlet holds any of them. */
    public Region merge(Collection<Long> ids, RegionDraft merged) {
        List<Long> sorted = ids.stream().distinct().sorted().toList();
        if (sorted.size() < 2) {
            throw new RuleViolation("region.merge-parts");
        }
        Instant now = Moments.now();
        List<Region> olds = sorted.stream().map(id -> NetworkAdministration.leafForUpdate(em, id)).toList();
        if (olds.stream().anyMatch(r -> !r.isSiblingOf(olds.get(0)))) {
            throw new RuleViolation("region.merge-not-siblings");
        }
        Map<Long, Optional<Appointment>> held = new HashMap<>();
        olds.forEach(r -> held.put(r.id(), appointments.holding(r.id())));
        Set<Outlet> holders = new HashSet<>();
        held.values().forEach(a -> a.ifPresent(appointment -> holders.add(appointment.outlet())));
        if (holders.size() > 1) {
            throw new RuleViolation("region.merge-holders",
                    holders.stream().map(Outlet::code).sorted().collect(Collectors.joining(", ")));
        }
        Region region = olds.get(0).sibling(merged.code(), merged.name(), merged.serviceArea());
        persistNew(region);
        olds.forEach(old -> retire(old, held.get(old.id()), now));
        holders.forEach(holder -> carryOver(holder, region, now));
        return region;
    }

    /**
     * Imports regions from CSV ({@value #CSV_HEADER}), parents before children; a parent may be an existing
     * region or an earlier line. Every line is checked first: one bad line and nothing is imported.
     */
    public RegionImport importCsv(Reader csv, Locale locale) {
        List<String> errors = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(csv)) {
            String header = lines.readLine();
            if (!Csv.isHeader(header, CSV_HEADER)) {
                return new RegionImport(0, List.of(RuleTexts.format("region.import-header", locale, CSV_HEADER)));
            }
            String line;
            while ((line = lines.readLine()) != null && rows.size() <= 10_000) {
                rows.add(line.isBlank() ? null : Csv.fields(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Region> known = new HashMap<>();
        List<Region> accepted = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            if (row == null) {
                continue;
            }
            try {
                if (row.length != 6) {
                    throw new RuleViolation("region.import-columns", row.length);
                }
                RegionDraft draft = new RegionDraft(row[0], row[2], row[3], row[4], row[5]);
                String parentCode = row[1].strip().toUpperCase(Locale.ROOT);
                Region parent = parentCode.isEmpty() ? null : known.computeIfAbsent(parentCode, this::byCode);
                if (!parentCode.isEmpty() && parent == null) {
                    throw new RuleViolation("region.import-parent", parentCode);
                }
                Region region = parent == null ? Region.province(draft.code(), draft.name(), draft.serviceArea())
                        : parent.subdivide(draft.code(), draft.name(), draft.serviceArea());
                if (known.containsKey(region.code()) || byCode(region.code()) != null) {
                    throw new RuleViolation("region.code-taken", region.code());
                }
                known.put(region.code(), region);
                accepted.add(region);
            } catch (RuleViolation refused) {
                errors.add(RuleTexts.format("region.import-line", locale, i + 2, RuleTexts.render(refused, locale)));
            }
        }
        if (!errors.isEmpty()) {
            return new RegionImport(0, errors);
        }
        accepted.forEach(em::persist);
        Constraints.flush(em, state -> Constraints.UNIQUE_VIOLATION.equals(state) ? new RuleViolation("region.import-conflict") : null);
        return new RegionImport(accepted.size(), List.of());
    }

    private void carryOver(Outlet holder, Region region, Instant at) {
        Appointment appointment = Appointment.of(holder, region, at, tenant.callerName());
        em.persist(appointment);
        NetworkAdministration.flushAppointments(em, region);
        em.persist(TrackingEntry.appointed(appointment, tenant.callerName()));
    }

    private void retire(Region old, Optional<Appointment> held, Instant at) {
        held.ifPresent(appointment -> {
            appointment.end(at, RuleTexts.format("region.retired-reason", Locale.ROOT, old.code()));
            em.persist(TrackingEntry.released(appointment, tenant.callerName()));
        });
        old.retire(at);
        em.flush();
    }

    private void persistNew(Region region) {
        if (byCode(region.code()) != null) {
            throw new RuleViolation("region.code-taken", region.code());
        }
        em.persist(region);
        Constraints.flush(em, state -> Constraints.UNIQUE_VIOLATION.equals(state)
                ? new RuleViolation("region.code-taken", region.code()) : null);
    }

    private Region byCode(String code) {
        return em.createQuery("SELECT r FROM Region r WHERE r.code = :code", Region.class)
                .setParameter("code", code).getResultStream().findFirst().orElse(null);
    }

    private Region parent(long id) {
        return Optional.ofNullable(em.find(Region.class, id)).orElseThrow(() -> new RuleViolation("region.unknown", id));
    }

    private Region locked(long id) {
        return Optional.ofNullable(em.find(Region.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new RuleViolation("region.unknown", id));
    }
}
