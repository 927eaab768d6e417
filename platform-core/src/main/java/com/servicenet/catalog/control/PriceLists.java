package com.servicenet.catalog.control;

import com.servicenet.catalog.ProductCategory;
import com.servicenet.catalog.entity.PriceLine;
import com.servicenet.catalog.entity.PriceLineKind;
import com.servicenet.catalog.entity.PriceList;
import com.servicenet.csv.Csv;
import com.servicenet.network.entity.LocalizedName;
import com.servicenet.persistence.Constraints;
import com.servicenet.persistence.Moments;
import com.servicenet.repairs.entity.RepairOrder;
import com.servicenet.repairs.entity.ServiceType;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * HQ's repair price list (维修清单): everybody reads the published versions, HQ network admins prepare a
 * draft (by hand or from CSV) and publish it from a day on.
 * <p>
 * A published version never changes (the database refuses it), so its lines are kept in memory once read:
 * checking a repair's charges costs one small query for which version is valid on the day.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class PriceLists {

    public static final String CSV_HEADER = "kind,category,code,name_en,name_zh_cn,name_zh_tw,min_price,max_price";

    @PersistenceContext(unitName = "servicenet")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    private final ConcurrentMap<Long, PriceList> published = new ConcurrentHashMap<>();

    /** The version valid on a business day, if HQ has published one for it. */
    public Optional<PriceList> validOn(LocalDate day) {
        List<?> rows = em.createNativeQuery("SELECT id, valid_to FROM price_list WHERE published AND valid_from <= ?1 "
                        + "AND (valid_to IS NULL OR valid_to > ?1)")
                .setParameter(1, day).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        long id = ((Number) row[0]).longValue();
        LocalDate validTo = row[1] == null ? null : ((java.sql.Date) row[1]).toLocalDate();
        PriceList list = publishedVersion(id);
        if (!java.util.Objects.equals(list.validTo(), validTo)) {
            // a successor was published since (possibly by another application): the end date is the one thing that changes
            published.remove(id);
            list = publishedVersion(id);
        }
        return Optional.of(list);
    }

    public Optional<PriceList> current() {
        return validOn(LocalDate.now(RepairOrder.BUSINESS_ZONE));
    }

    /** A published version by id, from memory after the first read. */
    public PriceList publishedVersion(long id) {
        return published.computeIfAbsent(id, key -> {
            PriceList list = em.find(PriceList.class, key);
            if (list == null || !list.published()) {
                throw new RuleViolation("price-list.unknown", key);
            }
            list.lines().size();
            em.detach(list);
            return list;
        });
    }

    /** Every version, newest first; drafts only for HQ (row-level security hides them from outlets). */
    public List<PriceList> versions() {
        return em.createQuery("SELECT l FROM PriceList l ORDER BY l.validFrom DESC, l.id DESC", PriceList.class).getResultList();
    }

    /** How many lines each version has, by version id (for lists of versions, without loading the lines). */
    public java.util.Map<Long, Long> lineCounts() {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("SELECT l.priceList.id, COUNT(l) FROM PriceLine l GROUP BY l.priceList.id", Object[].class)
                .getResultList()) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }

    public PriceList version(long id) {
        PriceList list = em.find(PriceList.class, id);
        if (list == null) {
            throw new RuleViolation("price-list.unknown", id);
        }
        list.lines().size();
        return list;
    }

    /** A new draft from a day on, starting as a copy of the latest published version. */
    public PriceList draft(LocalDate validFrom, String note) {
        PriceList template = latestPublished(LockModeType.NONE).orElse(null);
        PriceList draft = PriceList.draft(validFrom, note, template, tenant.callerName(), Moments.now());
        em.persist(draft);
        return draft;
    }

    public PriceLine putLine(long draftId, PriceLineKind kind, ProductCategory category, String code, LocalizedName name,
                             BigDecimal minPrice, BigDecimal maxPrice) {
        PriceList draft = lockedDraft(draftId);
        requireKnownCode(kind, code, "code");
        // checked on a probe first, so that a refused line leaves the draft's line as it was
        PriceLine checked = PriceList.draft(draft.validFrom(), null, null, tenant.callerName(), Moments.now())
                .putLine(kind, category, code, name, minPrice, maxPrice);
        if (draft.line(kind, category, checked.code()).isPresent()) {
            // EclipseLink inserts before it deletes: without this flush the unique key refuses the replacement
            draft.removeLine(kind, category, checked.code());
            em.flush();
        }
        PriceLine line = draft.putLine(kind, category, code, name, minPrice, maxPrice);
        Constraints.flush(em, state -> Constraints.UNIQUE_VIOLATION.equals(state) ? new RuleViolation("price-list.line-taken", code) : null);
        return line;
    }

    public void removeLine(long draftId, PriceLineKind kind, ProductCategory category, String code) {
        lockedDraft(draftId).removeLine(kind, category, code);
    }

    public void reschedule(long draftId, LocalDate validFrom) {
        lockedDraft(draftId).reschedule(validFrom);
    }

    public void discard(long draftId) {
        PriceList draft = lockedDraft(draftId);
        draft.removeAllLines();
        em.remove(draft);
    }

    /**
     * Publishes a draft. Its predecessor — the latest published version — ends the day the draft starts;
     * versions are strictly consecutive, so a repair day always has at most one valid list (the database's
     * exclusion constraint holds that too).
     */
    public PriceList publish(long draftId) {
        PriceList draft = lockedDraft(draftId);
        PriceList predecessor = latestPublished(LockModeType.PESSIMISTIC_WRITE).orElse(null);
        draft.publish(predecessor, LocalDate.now(RepairOrder.BUSINESS_ZONE), tenant.callerName(), Moments.now());
        Constraints.flush(em, state -> Constraints.EXCLUSION_VIOLATION.equals(state)
                ? new RuleViolation("price-list.overlap", draft.validFrom()) : null);
        if (predecessor != null) {
            published.remove(predecessor.id());
        }
        return draft;
    }

    /**
     * Replaces a draft's lines with those of a CSV file ({@value #CSV_HEADER}). Every line is checked
     * first: one bad line and the draft keeps its lines.
     */
    public PriceListImport importCsv(long draftId, Reader csv, Locale locale) {
        PriceList draft = lockedDraft(draftId);
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(csv)) {
            String header = lines.readLine();
            if (!Csv.isHeader(header, CSV_HEADER)) {
                return new PriceListImport(0, List.of(RuleTexts.format("price-list.import-header", locale, CSV_HEADER)));
            }
            String line;
            while ((line = lines.readLine()) != null) {
                if (rows.size() == 20_000) {
                    return new PriceListImport(0, List.of(RuleTexts.format("price-list.import-too-long", locale, 20_000)));
                }
                rows.add(line.isBlank() ? null : Csv.fields(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> errors = new ArrayList<>();
        List<Runnable> puts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        PriceList probe = PriceList.draft(draft.validFrom(), null, null, tenant.callerName(), Moments.now());
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            if (row == null) {
                continue;
            }
            try {
                if (row.length != 8) {
                    throw new RuleViolation("price-list.import-columns", row.length);
                }
                PriceLineKind kind = enumValue(PriceLineKind.class, row[0], "kind");
                ProductCategory category = enumValue(ProductCategory.class, row[1], "category");
                requireKnownCode(kind, row[2], "code");
                LocalizedName name = new LocalizedName(row[3], row[4], row[5]);
                BigDecimal min = amount(row[6]);
                BigDecimal max = amount(row[7]);
                PriceLine line = probe.putLine(kind, category, row[2], name, min, max);
                if (!seen.add(kind + "/" + category + "/" + line.code())) {
                    throw new RuleViolation("price-list.import-duplicate", line.code(), category);
                }
                puts.add(() -> draft.putLine(kind, category, line.code(), name, min, max));
            } catch (RuleViolation refused) {
                errors.add(RuleTexts.format("price-list.import-line", locale, i + 2, RuleTexts.render(refused, locale)));
            }
        }
        if (!errors.isEmpty()) {
            return new PriceListImport(0, errors);
        }
        if (puts.isEmpty()) {
            return new PriceListImport(0, List.of(RuleTexts.format("price-list.import-empty", locale)));
        }
        draft.removeAllLines();
        em.flush();
        puts.forEach(Runnable::run);
        em.flush();
        return new PriceListImport(puts.size(), List.of());
    }

    /** The CSV of a version, in the format the import reads. */
    public String exportCsv(long id) {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        for (PriceLine line : version(id).lines()) {
            csv.append(String.join(",", line.kind().name(), line.category().name(), line.code(),
                            Csv.quote(line.name().english()), Csv.quote(line.name().simplified()),
                            Csv.quote(line.name().traditional()), line.minPrice().toPlainString(), line.maxPrice().toPlainString()))
                    .append('\n');
        }
        return csv.toString();
    }

    private Optional<PriceList> latestPublished(LockModeType lock) {
        return em.createQuery("SELECT l FROM PriceList l WHERE l.published = true ORDER BY l.validFrom DESC", PriceList.class)
                .setMaxResults(1).setLockMode(lock).getResultStream().findFirst();
    }

    private PriceList lockedDraft(long id) {
        PriceList list = em.find(PriceList.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (list == null) {
            throw new RuleViolation("price-list.unknown", id);
        }
        return list;
    }

    /** A labour line's code is the service type it prices. */
    private static void requireKnownCode(PriceLineKind kind, String code, String field) {
        if (kind == PriceLineKind.LABOUR) {
            enumValue(ServiceType.class, code, field);
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new RuleViolation("price-list.import-value", value.strip(), field);
        }
    }

    private static BigDecimal amount(String value) {
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException notANumber) {
            throw new RuleViolation("price-list.import-amount", value.strip());
        }
    }
}
