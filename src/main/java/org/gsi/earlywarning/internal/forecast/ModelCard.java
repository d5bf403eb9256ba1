package org.gsi.earlywarning.internal.forecast;

import java.util.List;

/**
 * What a forecasting model is and how it fared: its data, target, features, training window and
 * the backtest results with the goal assessment. Built to be rendered as a page.
 */
public record ModelCard(
        String modelId,
        String title,
        String data,
        String target,
        List<String> features,
        String trainingWindow,
        BacktestReport backtest,
        GoalAssessment goals) {

    public ModelCard {
        features = List.copyOf(features);
    }

    public static ModelCard forMonthlyFatalities(BacktestReport report) {
        return new ModelCard(
                ForecastBacktests.COUNT_MODEL,
                "Monthly state-based fatalities, 1-12 months ahead ("
                        + report.request().unitLevel() + ")",
                report.request().dataSource(),
                "state-based fatalities (best estimate) per unit and month; predictive distribution",
                withPooling(HistoryFeatures.NAMES),
                "targets of the last " + ForecastBacktests.COUNT_TRAINING_YEARS
                        + " years before each cut-off; one direct model per horizon; refitted at every cut-off",
                report,
                GoalAssessment.of(
                        report,
                        ForecastBacktests.COUNT_MODEL,
                        ForecastBacktests.BENCHMARKS,
                        ForecastBacktests.HISTORY_BENCHMARKS));
    }

    public static ModelCard forIncidence(BacktestReport report) {
        return new ModelCard(
                ForecastBacktests.INCIDENCE_MODEL,
                "Country-year armed conflict incidence, one year ahead",
                report.request().dataSource(),
                "P(state is a primary party to an armed conflict with >= 25 battle deaths in the year)",
                HistoryFeatures.NAMES,
                "targets from " + ForecastBacktests.FIRST_TRAINING_TARGET_YEAR_ACD
                        + " up to each cut-off; refitted at every cut-off",
                report,
                GoalAssessment.of(
                        report,
                        ForecastBacktests.INCIDENCE_MODEL,
                        ForecastBacktests.BENCHMARKS,
                        ForecastBacktests.HISTORY_BENCHMARKS));
    }

    private static List<String> withPooling(List<String> features) {
        return java.util.stream.Stream.concat(
                        features.stream(),
                        java.util.stream.Stream.of(
                                "hurdle: logistic P(>0) and 1 + negative binomial size",
                                "linear pool 50/50 with the bootstrap of all units' last 12 months"))
                .toList();
    }
}
