package org.gsi.earlywarning.internal.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs the backtests on the shipped data and prints the scores and the goal assessment (tag
 * "backtest"; run with -Dgroups=backtest).
 */
@Tag("backtest")
class BacktestRunTests {

    @Test
    void gedCountryAndAdmin1BacktestsScoreEveryWindowOfEveryForecaster() {
        for (UnitLevel level : UnitLevel.values()) {
            BacktestReport report = ForecastBacktests.gedMonthly(ForecastData.gedCar(level), level.name());
            ModelCard card = ModelCard.forMonthlyFatalities(report);
            System.out.println(BacktestTable.render(report, card.goals()));
            assertThat(report.windows()).hasSize(4 * 4 * 4);
            assertThat(card.goals().windows()).isEqualTo(16);
        }
    }

    @Test
    void acdCountryYearBacktestScoresTenYears() {
        BacktestReport report = ForecastBacktests.acdIncidence(ForecastData.acdCountryYears());
        ModelCard card = ModelCard.forIncidence(report);
        System.out.println(BacktestTable.render(report, card.goals()));
        assertThat(report.windows()).hasSize(10 * 4);
        assertThat(card.goals().crpsInEveryWindow()).isTrue();
    }
}
