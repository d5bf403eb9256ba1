package org.gsi.training;

import java.util.List;
import org.gsi.registry.PartyCode;

/** The seats of a course shared among countries, one share per country in party-code order. */
public record SeatAllocation(int seats, int capPerCountry, List<SeatShare> shares) {

    public SeatAllocation {
        shares = List.copyOf(shares);
    }

    public static SeatAllocation none(int seats, int capPerCountry) {
        return new SeatAllocation(seats, capPerCountry, List.of());
    }

    public int seatsFor(PartyCode party) {
        return shares.stream()
                .filter(s -> s.party().equals(party))
                .mapToInt(SeatShare::seats)
                .sum();
    }

    public int allocated() {
        return shares.stream().mapToInt(SeatShare::seats).sum();
    }
}
