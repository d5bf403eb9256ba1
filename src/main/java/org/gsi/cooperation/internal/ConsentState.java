package org.gsi.cooperation.internal;

/** Where a party's consent to a project stands. */
public enum ConsentState {
    REQUESTED,
    GIVEN,
    DECLINED,
    WITHDRAWN
}
