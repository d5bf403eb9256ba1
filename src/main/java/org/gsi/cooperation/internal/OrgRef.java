package org.gsi.cooperation.internal;

import java.util.Optional;
import org.gsi.cooperation.InvalidFieldException;
import org.gsi.platform.Message;

/** A provider or receiver of money: an IATI organisation identifier or party code, a name, or both. */
public record OrgRef(Optional<String> ref, Optional<String> name) {

    public OrgRef {
        ref = ref.map(String::strip).filter(s -> !s.isEmpty());
        name = name.map(String::strip).filter(s -> !s.isEmpty());
        if (ref.isEmpty() && name.isEmpty()) {
            throw new InvalidFieldException("org", Message.of("cooperation.refused.orgRef"));
        }
    }

    public static OrgRef of(String ref, String name) {
        return new OrgRef(Optional.ofNullable(ref), Optional.ofNullable(name));
    }
}
