package org.gsi.training.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gsi.platform.Message;
import org.gsi.training.CountryDemand;
import org.gsi.training.SeatAllocation;
import org.gsi.training.SeatShare;

/**
 * Shares a course's seats among the eligible countries that asked for them.
 *
 * <ol>
 *   <li>Each request is first cut to the per-country cap: no country gets more than the cap.
 *   <li>If the capped requests fit in the seats, every country gets its capped request.
 *   <li>Otherwise each LDC or SIDS that asked for seats is first given one seat (larger request
 *       first, then party code, while seats last).
 *   <li>The remaining seats are shared in proportion to the capped requests, an LDC's or SIDS's
 *       request weighing double. A country whose proportional share would reach its remaining
 *       request gets exactly that, and the seats left are shared again among the others.
 *   <li>The whole parts of the shares are given; the seats left over (fewer than the countries)
 *       go one each by largest fraction, ties broken by priority, then larger request, then code.
 * </ol>
 *
 * <p>The result is deterministic (exact integer arithmetic, no randomness, order of input
 * irrelevant), respects every cap, and adds up to the seats, or to the capped demand when that
 * is smaller.
 */
final class SeatAllocationPolicy {

    private static final Comparator<Claim> PRIORITY_ORDER =
            Comparator.comparingInt((Claim c) -> -c.capped).thenComparing(c -> c.demand.party());

    SeatAllocation allocate(int seats, int cap, List<CountryDemand> demands) {
        if (seats < 0 || cap < 1) {
            throw new IllegalArgumentException("Seats must be ≥ 0 and the cap ≥ 1");
        }
        List<Claim> claims = demands.stream()
                .map(d -> new Claim(d, Math.min(d.requested(), cap)))
                .sorted(Comparator.comparing(c -> c.demand.party()))
                .toList();
        int cappedDemand = claims.stream().mapToInt(c -> c.capped).sum();
        if (cappedDemand <= seats) {
            claims.forEach(c -> c.given = c.capped);
        } else {
            int left = givePrioritySeats(claims, seats);
            shareProportionally(claims.stream().filter(Claim::wantsMore).toList(), left);
        }
        List<SeatShare> shares = claims.stream()
                .map(c -> new SeatShare(
                        c.demand.party(), c.demand.requested(), c.given, c.reason(cap, cappedDemand <= seats)))
                .toList();
        return new SeatAllocation(seats, cap, shares);
    }

    private int givePrioritySeats(List<Claim> claims, int seats) {
        int left = seats;
        for (Claim claim : claims.stream()
                .filter(c -> c.demand.priority() && c.capped > 0)
                .sorted(PRIORITY_ORDER)
                .toList()) {
            if (left == 0) {
                break;
            }
            claim.given = 1;
            claim.guaranteed = true;
            left--;
        }
        return left;
    }

    private void shareProportionally(List<Claim> active, int seats) {
        List<Claim> open = new ArrayList<>(active);
        int left = seats;
        boolean saturated = true;
        while (saturated && !open.isEmpty()) {
            long totalWeight = open.stream().mapToLong(Claim::weight).sum();
            saturated = false;
            for (Claim claim : List.copyOf(open)) {
                long need = claim.capped - claim.given;
                if ((long) left * claim.weight() >= need * totalWeight) {
                    claim.given += (int) need;
                    claim.filled = true;
                    open.remove(claim);
                    saturated = true;
                }
            }
            if (saturated) {
                left = seats
                        - active.stream()
                                .mapToInt(c -> c.given - (c.guaranteed ? 1 : 0))
                                .sum();
            }
        }
        giveWholeAndRemainder(open, left);
    }

    private void giveWholeAndRemainder(List<Claim> open, int seats) {
        if (open.isEmpty()) {
            return;
        }
        long totalWeight = open.stream().mapToLong(Claim::weight).sum();
        int left = seats;
        for (Claim claim : open) {
            long numerator = (long) seats * claim.weight();
            claim.proportional = (int) (numerator / totalWeight);
            claim.fraction = numerator % totalWeight;
            claim.given += claim.proportional;
            left -= claim.proportional;
        }
        List<Claim> byFraction = open.stream()
                .sorted(Comparator.comparingLong((Claim c) -> -c.fraction)
                        .thenComparing(c -> !c.demand.priority())
                        .thenComparing(PRIORITY_ORDER))
                .toList();
        for (int i = 0; i < left; i++) {
            byFraction.get(i).given++;
            byFraction.get(i).remainder = true;
        }
    }

    /** One country's claim while the allocation is worked out. */
    private static final class Claim {
        private final CountryDemand demand;
        private final int capped;
        private int given;
        private boolean guaranteed;
        private boolean filled;
        private int proportional;
        private long fraction;
        private boolean remainder;

        private Claim(CountryDemand demand, int capped) {
            this.demand = demand;
            this.capped = capped;
        }

        private boolean wantsMore() {
            return given < capped;
        }

        private long weight() {
            return (long) capped * (demand.priority() ? 2 : 1);
        }

        /** The reason in parts, each a message of the bundles, joined as the reader's language joins them. */
        private Message reason(int cap, boolean allFit) {
            List<Message> parts = new ArrayList<>();
            parts.add(Message.of("training.reason.requested", demand.requested()));
            if (demand.requested() > cap) {
                parts.add(Message.of("training.reason.cut", cap));
            }
            if (allFit) {
                parts.add(Message.of("training.reason.allFit"));
                return Message.joined(parts);
            }
            if (demand.priority()) {
                parts.add(Message.of(guaranteed ? "training.reason.priorityFirst" : "training.reason.priority"));
            }
            if (filled) {
                parts.add(Message.of("training.reason.filled"));
            } else if (capped > 0) {
                parts.add(Message.of("training.reason.proportional", proportional));
                if (remainder) {
                    parts.add(Message.of("training.reason.remainder"));
                }
            }
            parts.add(Message.of("training.reason.given", given));
            return Message.joined(parts);
        }
    }
}
