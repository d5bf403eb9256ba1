package org.gsi.earlywarning.internal.ingest.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.gsi.earlywarning.CameoCoding;
import org.gsi.earlywarning.Coordinates;
import org.gsi.earlywarning.DatePrecision;
import org.gsi.earlywarning.Event;
import org.gsi.earlywarning.EventCategory;
import org.gsi.earlywarning.EventSource;
import org.gsi.earlywarning.Fatalities;
import org.gsi.earlywarning.Place;
import org.junit.jupiter.api.Test;

class IndicatorRollupTests {

    private static final YearMonth JULY = YearMonth.of(2017, 7);

    @Test
    void cameoEventsGiveConflictualShareAndMeanGoldstein() {
        IndicatorRollup rollup = new IndicatorRollup();
        rollup.add(gdelt("1", 1, 1.0));
        rollup.add(gdelt("2", 4, -10.0));
        rollup.add(gdelt("3", 3, -2.0));

        MonthlyIndicators syria = rollup.indicators(UnitLevel.COUNTRY, "SYR", JULY);

        assertThat(syria.events()).isEqualTo(3);
        assertThat(syria.count(EventCategory.MATERIAL_CONFLICT)).isEqualTo(1);
        assertThat(syria.conflictualShare())
                .hasValueSatisfying(s -> assertThat(s).isCloseTo(2.0 / 3, within(1e-9)));
        assertThat(syria.meanGoldstein()).hasValueSatisfying(g -> assertThat(g).isCloseTo(-11.0 / 3, within(1e-9)));
    }

    @Test
    void eventsCountTowardsCountryAdmin1AndGridCell() {
        IndicatorRollup rollup = new IndicatorRollup();
        rollup.add(ucdp("a", 5, "Vakaga"));
        rollup.add(ucdp("b", 7, "Vakaga"));
        rollup.add(ucdp("c", 1, ""));

        assertThat(rollup.indicators(UnitLevel.COUNTRY, "CAF", JULY).fatalitiesBest())
                .isEqualTo(13);
        assertThat(rollup.indicators(UnitLevel.ADMIN1, "CAF/Vakaga", JULY).fatalitiesBest())
                .isEqualTo(12);
        assertThat(rollup.indicators(UnitLevel.GRID, "137213", JULY).events()).isEqualTo(3);
        assertThat(rollup.indicators(UnitLevel.COUNTRY, "CAF", JULY).conflictualShare())
                .isEmpty();
    }

    @Test
    void reimportedEventReplacesItsOldContributionAndRemovalLeavesNothing() {
        IndicatorRollup rollup = new IndicatorRollup();
        Event first = ucdp("a", 5, "Vakaga");
        rollup.add(first);
        Event revised = ucdp("a", 9, "Ouham");

        rollup.replace(first, revised);

        assertThat(rollup.indicators(UnitLevel.COUNTRY, "CAF", JULY).fatalitiesBest())
                .isEqualTo(9);
        assertThat(rollup.indicators(UnitLevel.ADMIN1, "CAF/Vakaga", JULY).events())
                .isZero();
        assertThat(rollup.indicators(UnitLevel.ADMIN1, "CAF/Ouham", JULY).events())
                .isEqualTo(1);
        rollup.remove(revised);
        assertThat(rollup.indicators(UnitLevel.COUNTRY, "CAF", JULY).events()).isZero();
    }

    @Test
    void seriesFillsQuietMonthsWithZeroAndComparesWithTheTrailingMean() {
        IndicatorRollup rollup = new IndicatorRollup();
        rollup.add(ucdp("a", 24, "Vakaga"));
        MonthlySeries series = rollup.series(
                UnitLevel.COUNTRY,
                "CAF",
                YearMonth.of(2016, 7),
                YearMonth.of(2017, 7),
                MonthlyIndicators::fatalitiesBest);

        assertThat(series.values()).hasSize(13);
        assertThat(series.value(YearMonth.of(2016, 8))).isZero();
        assertThat(series.changeAgainstTrailingMean(JULY, 12)).contains(24.0);
        assertThat(series.changeAgainstTrailingMean(YearMonth.of(2017, 6), 12)).isEmpty();
    }

    private static Event gdelt(String id, int quadClass, double goldstein) {
        String root = quadClass <= 2 ? "04" : quadClass == 3 ? "11" : "19";
        return new Event(
                EventSource.GDELT2,
                id,
                "20170701234500",
                LocalDate.of(2017, 7, 1),
                DatePrecision.DAY,
                new Place("SYR", "SY13", "", "Aleppo", Optional.of(new Coordinates(36.2, 37.16))),
                "",
                "",
                quadClass == 1
                        ? EventCategory.VERBAL_COOPERATION
                        : quadClass == 3 ? EventCategory.VERBAL_CONFLICT : EventCategory.MATERIAL_CONFLICT,
                Optional.of(new CameoCoding(root + "0", root, quadClass, goldstein)),
                Optional.empty(),
                id,
                id);
    }

    private static Event ucdp(String id, int deaths, String admin1) {
        return new Event(
                EventSource.UCDP_GED,
                id,
                "23.1",
                LocalDate.of(2017, 7, 15),
                DatePrecision.DAY,
                new Place("CAF", admin1, "", "", Optional.of(new Coordinates(5.399784, 26.486881))),
                "Government",
                "LRA",
                EventCategory.STATE_BASED_CONFLICT,
                Optional.empty(),
                Optional.of(Fatalities.exactly(deaths)),
                id,
                id + deaths + admin1);
    }
}
