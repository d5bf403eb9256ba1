#!/bin/sh
# The country pool of the boosted hurdle and the trailing-12-month mean on the shipped 116-country extract, outside
# the platform: "tuning" prints the tuning countries' mean CRPS of every weight 0, 0.05, ..., 1 per horizon (the
# weights in ForecastBacktests were chosen from it); "occurrence" the tuning countries' average precision of P(> 0) of
# the hurdle, the trailing mean, the pool, pools of the two P(> 0) with every weight and the occurrence stacking;
# "tuning-figures" the standard backtest's figures on the tuning countries, the pool with and without the stacking;
# "held-out" prints the standard country backtest of the pool, the
# hurdle alone and the four benchmarks on the held-out countries, per test year and on average, with the goals.
# "grid-occurrence", "occurrence-trees" and "window-target" print the tuning countries' average precision of further
# ways to rank P(> 0): covariates from the grid model's forecasts of the country's cells, settings of the occurrence
# trees, trees trained on any fatality within the horizon (the first one run also computes the grid forecasts, about
# 10 min, kept in target/grid-occurrence-sums.tsv).
# Usage (from the project root):
#   bench/earlywarning-forecasts/country-pool.sh [tuning|occurrence|tuning-figures|held-out|grid-occurrence|occurrence-trees|window-target]
#   (2-4 min each)
set -e
cd "$(dirname "$0")/../.."
CLASS=CountryPoolTuning
case "${1:-tuning}" in
  tuning) METHOD=printsTheTuningCountriesCrpsOfEveryWeightPerHorizon ;;
  occurrence) METHOD=printsTheTuningCountriesAveragePrecisionOfEveryOccurrenceModel ;;
  tuning-figures) METHOD=printsTheTuningFiguresOfThePoolWithAndWithoutStacking ;;
  held-out) METHOD=printsTheHeldOutFiguresOfTheChosenPool ;;
  grid-occurrence) CLASS=GridOccurrenceTuning METHOD=printsTheTuningCountriesAveragePrecisionWithGridCovariates ;;
  occurrence-trees) CLASS=GridOccurrenceTuning METHOD=printsTheTuningCountriesAveragePrecisionOfOccurrenceTreeSettings ;;
  window-target) CLASS=GridOccurrenceTuning METHOD=printsTheTuningCountriesAveragePrecisionOfAWindowTarget ;;
  *) echo "usage: $0 [tuning|occurrence|tuning-figures|held-out|grid-occurrence|occurrence-trees|window-target]" >&2; exit 2 ;;
esac
./mvnw -q test -Dtest="$CLASS#$METHOD" -Dtuning=true -Dspotless.check.skip=true
grep -v ' INFO \| DEBUG \|WARN' "target/surefire-reports/org.gsi.earlywarning.internal.forecasts.$CLASS-output.txt"
