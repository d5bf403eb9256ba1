package org.gsi.earlywarning.internal.forecasts.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.gsi.earlywarning.internal.indicators.UnitLevel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs the backtests on the shipped data and holds their average scores per forecaster to the figures the models
 * gave when they were accepted (tag "backtest"; run alone with -Dgroups=backtest). A change of the numerical
 * building blocks (log-gamma, linear solves) may move a figure by floating-point noise only.
 */
@Tag("backtest")
class BacktestRunTests {

    /** Relative tolerance: far above rounding noise, far below any change a reader of the model page would see. */
    private static final double NOISE = 1e-9;

    @Test
    void gedCountryBacktestScoresEveryWindowAndKeepsItsFigures() {
        BacktestReport report = ForecastBacktests.gedMonthly(ForecastData.gedCar(UnitLevel.COUNTRY), "COUNTRY");

        assertThat(report.windows()).hasSize(4 * 4 * 4);
        assertFigures(report, "hurdle-nb-10y+bootstrap", 24.740107876026936, 0.20488670949003243, 0.8125);
        assertFigures(report, "bootstrap-last-year", 26.032955843750003, 0.21789981770833333, 0.7916666666666666);
        assertFigures(report, "poisson-last-observed", 33.59082403385606, 0.35827060778681136, 0.2708333333333333);
        assertFigures(report, "all-zero", 35.8125, 0.7083333333333334, 0.2916666666666667);
        assertThat(report.averagePrecision("hurdle-nb-10y+bootstrap").orElseThrow())
                .isCloseTo(0.6303498367513519, within(NOISE));
    }

    @Test
    void gedAdmin1BacktestScoresEveryWindowAndKeepsItsFigures() {
        BacktestReport report = ForecastBacktests.gedMonthly(ForecastData.gedCar(UnitLevel.ADMIN1), "ADMIN1");

        assertThat(report.windows()).hasSize(4 * 4 * 4);
        assertFigures(report, "hurdle-nb-10y+bootstrap", 1.9992401288667971, 0.12787832506697433, 0.9102328431372548);
        assertFigures(report, "bootstrap-last-year", 1.9873081461397062, 0.12689412408088233, 0.9157475490196079);
        assertFigures(report, "poisson-last-observed", 2.9148869227380794, 0.1647055953037504, 0.8106617647058824);
        assertThat(report.averagePrecision("hurdle-nb-10y+bootstrap").orElseThrow())
                .isCloseTo(0.21116925923615615, within(NOISE));
    }

    @Test
    void acdCountryYearBacktestScoresTenYearsAndKeepsItsFigures() {
        BacktestReport report = ForecastBacktests.acdIncidence(ForecastData.acdCountryYears());

        assertThat(report.windows()).hasSize(10 * 4);
        assertFigures(report, "logit-incidence", 0.04027609534590349, 0.04027609534590349, 0.9919540229885058);
        assertFigures(report, "poisson-last-observed", 0.07457648815826508, 0.05915919186155115, 0.9741379310344828);
        assertThat(report.averagePrecision("logit-incidence").orElseThrow())
                .isCloseTo(0.9045233144094306, within(NOISE));
    }

    private static void assertFigures(
            BacktestReport report, String forecaster, double crps, double brier, double coverage) {
        assertThat(report.averageCrps(forecaster)).as(forecaster + " CRPS").isCloseTo(crps, within(crps * NOISE));
        assertThat(report.averageBrier(forecaster)).as(forecaster + " Brier").isCloseTo(brier, within(brier * NOISE));
        assertThat(report.averageCoverage(forecaster))
                .as(forecaster + " coverage")
                .isEqualTo(coverage);
    }
}
