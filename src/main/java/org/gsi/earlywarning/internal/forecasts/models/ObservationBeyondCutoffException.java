package org.gsi.earlywarning.internal.forecasts.models;

/** Thrown when code tries to read an observation that lies after the cut-off of its panel view. */
public class ObservationBeyondCutoffException extends RuntimeException {

    public ObservationBeyondCutoffException(String unit, String period, String cutoff) {
        super("Observation of " + unit + " for " + period + " lies after the cut-off " + cutoff);
    }
}
