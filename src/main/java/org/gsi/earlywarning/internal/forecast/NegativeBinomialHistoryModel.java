package org.gsi.earlywarning.internal.forecast;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A direct h-step negative binomial (NB2) regression of a unit's count h periods ahead on its
 * conflict history and its neighbours' ({@link HistoryFeatures}), fitted by IRLS on every unit and
 * period of the training view from {@code firstTargetYear} on. Its forecast is the fitted negative
 * binomial distribution itself.
 */
public final class NegativeBinomialHistoryModel implements Forecaster {

  private final double ridge;
  private final int firstTargetYear;

  public NegativeBinomialHistoryModel(double ridge, int firstTargetYear) {
    this.ridge = ridge;
    this.firstTargetYear = firstTargetYear;
  }

  @Override
  public String name() {
    return "nb-history";
  }

  @Override
  public Map<String, PredictiveDistribution> forecast(Panel view, int horizon) {
    HistoryFeatures features = new HistoryFeatures(view);
    TrainingRows rows =
        TrainingRows.of(view, features, horizon, view.cadence().firstPeriodOf(firstTargetYear));
    Map<String, PredictiveDistribution> out = new LinkedHashMap<>();
    if (rows.isEmpty()) {
      view.units().forEach(unit -> out.put(unit, new Poisson(0.0)));
      return out;
    }
    Irls.NegativeBinomialFit fit = Irls.negativeBinomial(rows.x, rows.y, ridge);
    for (int u = 0; u < view.units().size(); u++) {
      double eta = Irls.clamp(Irls.dot(features.at(u, view.lastPeriod()), fit.beta()));
      out.put(view.units().get(u), new NegativeBinomial(Math.exp(eta), fit.alpha()));
    }
    return out;
  }
}
