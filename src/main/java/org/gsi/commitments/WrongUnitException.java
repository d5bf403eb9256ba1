package org.gsi.commitments;

/** A delivery was given in a unit other than the pledge's. */
public class WrongUnitException extends CommitmentException {

    public WrongUnitException(PledgeUnit given, PledgeUnit expected) {
        super("The pledge counts " + expected + "; a delivery in " + given + " cannot count toward it");
    }
}
