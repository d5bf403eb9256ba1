package org.gsi.negotiation;

/** How many participants hold each stance on one paragraph or option. */
public record Tally(int participants, int endorse, int support, int canLiveWith, int reservation, int cannotAccept) {

    public Tally {
        if (participants < 0 || endorse < 0 || support < 0 || canLiveWith < 0 || reservation < 0 || cannotAccept < 0) {
            throw new IllegalArgumentException("Counts cannot be negative");
        }
        if (endorse + support + canLiveWith + reservation + cannotAccept > participants) {
            throw new IllegalArgumentException("More positions than participants");
        }
    }

    /** Builds a tally from counts indexed by {@link Stance#ordinal()}. */
    public static Tally of(int participants, int[] countsByStance) {
        return new Tally(
                participants,
                countsByStance[0],
                countsByStance[1],
                countsByStance[2],
                countsByStance[3],
                countsByStance[4]);
    }

    public int count(Stance stance) {
        return switch (stance) {
            case ENDORSE -> endorse;
            case SUPPORT -> support;
            case CAN_LIVE_WITH -> canLiveWith;
            case RESERVATION -> reservation;
            case CANNOT_ACCEPT -> cannotAccept;
        };
    }

    public int stated() {
        return endorse + support + canLiveWith + reservation + cannotAccept;
    }

    public int notStated() {
        return participants - stated();
    }

    public int favourable() {
        return endorse + support;
    }

    public int accepting() {
        return endorse + support + canLiveWith;
    }
}
