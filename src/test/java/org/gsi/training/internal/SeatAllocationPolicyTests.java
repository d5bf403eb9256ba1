package org.gsi.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.gsi.platform.Words;
import org.gsi.registry.PartyCode;
import org.gsi.training.CountryDemand;
import org.gsi.training.SeatAllocation;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class SeatAllocationPolicyTests {

    private final SeatAllocationPolicy policy = new SeatAllocationPolicy();

    private static CountryDemand demand(String party, int requested, boolean priority) {
        return new CountryDemand(PartyCode.of(party), requested, priority);
    }

    /** A country code of three capitals for index {@code i}, in the order of the indexes (AAA, AAB, ...). */
    private static String code(int i) {
        return new String(new char[] {(char) ('A' + i / 676), (char) ('A' + i / 26 % 26), (char) ('A' + i % 26)});
    }

    private static List<CountryDemand> randomDemands(long seed, int countries) {
        Random random = new Random(seed);
        List<CountryDemand> demands = new ArrayList<>();
        for (int i = 0; i < countries; i++) {
            demands.add(demand(code(i), random.nextInt(12), random.nextInt(4) == 0));
        }
        return demands;
    }

    @Test
    void whenAllRequestsFitEveryoneGetsTheirCappedRequest() {
        SeatAllocation allocation = policy.allocate(30, 5, List.of(demand("KAZ", 3, false), demand("ETH", 9, true)));

        assertThat(allocation.seatsFor(PartyCode.of("KAZ"))).isEqualTo(3);
        assertThat(allocation.seatsFor(PartyCode.of("ETH"))).isEqualTo(5);
        assertThat(allocation.allocated()).isEqualTo(8);
        assertThat(allocation.shares())
                .filteredOn(s -> s.party().value().equals("ETH"))
                .singleElement()
                .extracting(s -> Words.english(s.reason()))
                .asString()
                .contains("cut to the cap of 5");
    }

    @Test
    void sharesFollowDemandWithLdcAndSidsWeighingDouble() {
        SeatAllocation allocation = policy.allocate(
                20, 20, List.of(demand("BRA", 10, false), demand("IDN", 10, false), demand("ETH", 10, true)));

        assertThat(allocation.seatsFor(PartyCode.of("ETH"))).isGreaterThan(allocation.seatsFor(PartyCode.of("BRA")));
        assertThat(allocation.seatsFor(PartyCode.of("BRA"))).isEqualTo(allocation.seatsFor(PartyCode.of("IDN")));
        assertThat(allocation.allocated()).isEqualTo(20);
    }

    @Test
    void ldcsAndSidsGetASeatFirstWhenSeatsAreScarce() {
        SeatAllocation allocation = policy.allocate(
                3,
                10,
                List.of(
                        demand("BRA", 10, false),
                        demand("CHL", 10, false),
                        demand("FJI", 1, true),
                        demand("NPL", 1, true)));

        assertThat(allocation.seatsFor(PartyCode.of("FJI"))).isEqualTo(1);
        assertThat(allocation.seatsFor(PartyCode.of("NPL"))).isEqualTo(1);
        assertThat(allocation.allocated()).isEqualTo(3);
    }

    @Test
    void aPriorityCountryWhoseShareExceedsItsRequestLeavesTheRestToOthers() {
        SeatAllocation allocation = policy.allocate(
                20, 10, List.of(demand("ETH", 3, true), demand("BRA", 10, false), demand("IDN", 10, false)));

        assertThat(allocation.seatsFor(PartyCode.of("ETH"))).isEqualTo(3);
        assertThat(allocation.seatsFor(PartyCode.of("BRA")))
                .as("equal fraction, earlier code")
                .isEqualTo(9);
        assertThat(allocation.seatsFor(PartyCode.of("IDN"))).isEqualTo(8);
        assertThat(Words.english(allocation.shares().get(1).reason()))
                .contains("LDC/SIDS: 1 seat given first", "proportional share covers the whole request");
    }

    @RepeatedTest(20)
    void sumsToTheSeatsAndRespectsCapsAndRequests() {
        List<CountryDemand> demands = randomDemands(System.nanoTime(), 150);
        int cap = 6;

        SeatAllocation allocation = policy.allocate(200, cap, demands);

        int cappedDemand =
                demands.stream().mapToInt(d -> Math.min(d.requested(), cap)).sum();
        assertThat(allocation.allocated()).isEqualTo(Math.min(200, cappedDemand));
        assertThat(allocation.shares()).allSatisfy(s -> {
            assertThat(s.seats()).isBetween(0, Math.min(cap, s.requested()));
            assertThat(Words.english(s.reason()))
                    .contains("requested " + s.requested())
                    .isNotBlank();
        });
    }

    @Test
    void everyPriorityCountryWithDemandGetsASeatWhenThereAreEnough() {
        List<CountryDemand> demands = randomDemands(7, 150);

        SeatAllocation allocation = policy.allocate(150, 5, demands);

        demands.stream()
                .filter(d -> d.priority() && d.requested() > 0)
                .forEach(d -> assertThat(allocation.seatsFor(d.party()))
                        .as(d.party().value())
                        .isPositive());
        assertThat(allocation.allocated()).isEqualTo(150);
    }

    @Test
    void theSameDemandsInAnyOrderGiveTheSameAllocation() {
        List<CountryDemand> demands = randomDemands(42, 150);
        List<CountryDemand> shuffled = new ArrayList<>(demands);
        Collections.shuffle(shuffled, new Random(1));

        assertThat(policy.allocate(97, 4, shuffled)).isEqualTo(policy.allocate(97, 4, demands));
    }

    @Test
    void noDemandGivesNoSeats() {
        assertThat(policy.allocate(10, 3, List.of()).allocated()).isZero();
        assertThat(policy.allocate(10, 3, List.of(demand("KAZ", 0, false))).seatsFor(PartyCode.of("KAZ")))
                .isZero();
    }
}
