package org.gsi.negotiation.internal.poll;

/** A member's answer in a consent/objection poll; an objection gives its reason. */
public enum ConsentVote {
    CONSENT,
    OBJECT,
    ABSTAIN
}
