package org.gsi.cooperation;

import java.util.Arrays;
import org.gsi.platform.Message;

/** Role of a participating party, as in the IATI OrganisationRole codelist. */
public enum ParticipantRole {
    FUNDING(1),
    ACCOUNTABLE(2),
    EXTENDING(3),
    IMPLEMENTING(4);

    private final int iatiCode;

    ParticipantRole(int iatiCode) {
        this.iatiCode = iatiCode;
    }

    public int iatiCode() {
        return iatiCode;
    }

    public static ParticipantRole fromIatiCode(int code) {
        return Arrays.stream(values())
                .filter(role -> role.iatiCode == code)
                .findFirst()
                .orElseThrow(() -> new InvalidFieldException("role", Message.of("cooperation.refused.iatiRole", code)));
    }
}
