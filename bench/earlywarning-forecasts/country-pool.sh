#!/bin/sh
# The country pool of the boosted hurdle and the trailing-12-month mean on the shipped 116-country extract, outside
# the platform: "tuning" prints the tuning countries' mean CRPS of every weight 0, 0.05, ..., 1 per horizon (the
# weights in ForecastBacktests were chosen from it); "occurrence" the tuning countries' average precision of P(> 0) of
# the hurdle, the trailing mean, the pool, pools of the two P(> 0) with every weight and the occurrence stacking;
# "tuning-figures" the standard backtest's figures on the tuning countries, the pool with and without the stacking;
# "held-out" prints the standard country backtest of the pool, the
# hurdle alone and the four benchmarks on the held-out countries, per test year and on average, with the goals.
# Usage (from the project root): bench/earlywarning-forecasts/country-pool.sh [tuning|occurrence|tuning-figures|held-out]   (2-4 min each)
set -e
cd "$(dirname "$0")/../.."
case "${1:-tuning}" in
  tuning) METHOD=printsTheTuningCountriesCrpsOfEveryWeightPerHorizon ;;
  occurrence) METHOD=printsTheTuningCountriesAveragePrecisionOfEveryOccurrenceModel ;;
  tuning-figures) METHOD=printsTheTuningFiguresOfThePoolWithAndWithoutStacking ;;
  held-out) METHOD=printsTheHeldOutFiguresOfTheChosenPool ;;
  *) echo "usage: $0 [tuning|occurrence|tuning-figures|held-out]" >&2; exit 2 ;;
esac
./mvnw -q test -Dtest="CountryPoolTuning#$METHOD" -Dtuning=true -Dspotless.check.skip=true
grep -v ' INFO \| DEBUG \|WARN' target/surefire-reports/org.gsi.earlywarning.internal.forecasts.CountryPoolTuning-output.txt
