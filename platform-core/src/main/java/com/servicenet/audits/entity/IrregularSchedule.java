package com.servicenet.audits.entity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Proposes irregular visit dates (不定期): a random day for each outlet within a period, under three rules —
 * no outlet visited twice within {@code minGapDays}; a shopper never twice in a row at one outlet; a shopper
 * never at an outlet they are linked to. Among the shoppers allowed, the one with the fewest visits in the
 * plan goes, so the work spreads. Pure: the caller hands in the history and a random source.
 */
public final class IrregularSchedule {

    private IrregularSchedule() {
    }

    /** A visit already made or planned; {@code shopper} is null for a spot check. */
    public record Visit(long outletId, LocalDate on, String shopper) {
    }

    public record Proposal(long outletId, LocalDate on, String shopper) {
    }

    public enum Skip { NO_DAY_FREE, NO_SHOPPER_ALLOWED }

    public record Skipped(long outletId, Skip why) {
    }

    public record Plan(List<Proposal> proposals, List<Skipped> skipped) {
    }

    public static Plan propose(Collection<Long> outlets, LocalDate from, LocalDate to, int minGapDays,
                               AuditKind kind, List<String> shoppers, Map<Long, Set<String>> links,
                               List<Visit> history, RandomGenerator random) {
        List<Long> order = new ArrayList<>(outlets);
        shuffle(order, random);
        List<Visit> visits = new ArrayList<>(history);
        Map<String, Integer> load = new HashMap<>();
        List<Proposal> proposals = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (long outlet : order) {
            List<LocalDate> free = new ArrayList<>();
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                LocalDate candidate = day;
                boolean clash = visits.stream().anyMatch(v -> v.outletId() == outlet
                        && Math.abs(ChronoUnit.DAYS.between(v.on(), candidate)) < minGapDays);
                if (!clash) {
                    free.add(candidate);
                }
            }
            if (free.isEmpty()) {
                skipped.add(new Skipped(outlet, Skip.NO_DAY_FREE));
                continue;
            }
            LocalDate on = free.get(random.nextInt(free.size()));
            String shopper = null;
            if (kind == AuditKind.MYSTERY_SHOP) {
                shopper = pickShopper(outlet, on, shoppers, links.getOrDefault(outlet, Set.of()), visits, load, random);
                if (shopper == null) {
                    skipped.add(new Skipped(outlet, Skip.NO_SHOPPER_ALLOWED));
                    continue;
                }
                load.merge(shopper, 1, Integer::sum);
            }
            visits.add(new Visit(outlet, on, shopper));
            proposals.add(new Proposal(outlet, on, shopper));
        }
        proposals.sort(Comparator.comparing(Proposal::on).thenComparing(Proposal::outletId));
        return new Plan(List.copyOf(proposals), List.copyOf(skipped));
    }

    /** The shopper of the outlet's last mystery shop before {@code on}, whom the next one must not repeat. */
    public static String previousShopper(long outlet, LocalDate on, List<Visit> visits) {
        return visits.stream()
                .filter(v -> v.outletId() == outlet && v.shopper() != null && v.on().isBefore(on))
                .max(Comparator.comparing(Visit::on))
                .map(Visit::shopper).orElse(null);
    }

    private static String pickShopper(long outlet, LocalDate on, List<String> shoppers, Set<String> linked,
                                      List<Visit> visits, Map<String, Integer> load, RandomGenerator random) {
        String previous = previousShopper(outlet, on, visits);
        List<String> allowed = new ArrayList<>(shoppers.stream()
                .filter(s -> !linked.contains(s) && !s.equals(previous)).toList());
        if (allowed.isEmpty()) {
            return null;
        }
        shuffle(allowed, random);
        return allowed.stream().min(Comparator.comparing(s -> load.getOrDefault(s, 0))).orElseThrow();
    }

    private static <T> void shuffle(List<T> items, RandomGenerator random) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = items.get(i);
            items.set(i, items.get(j));
            items.set(j, swap);
        }
    }
}
