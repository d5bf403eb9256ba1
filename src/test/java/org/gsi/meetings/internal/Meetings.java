package org.gsi.meetings.internal;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.gsi.commitments.PartyCode;
import org.gsi.meetings.MeetingId;

/** Meetings used across the tests. */
final class Meetings {

    static final PartyCode FORUM_SECRETARIAT = PartyCode.of("xiangshan-forum");
    static final PartyCode CICA = PartyCode.of("cica");
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final ZonedDateTime OPENING = ZonedDateTime.of(2025, 9, 17, 9, 0, 0, 0, BEIJING);

    private Meetings() {}

    static Meeting xiangshanForum(int capacity) {
        return new Meeting(
                MeetingId.random(),
                new MeetingSeries("xiangshan", "Beijing Xiangshan Forum", SeriesKind.FORUM, FORUM_SECRETARIAT),
                "12th Beijing Xiangshan Forum",
                OPENING,
                OPENING.plusDays(2).withHour(18),
                Venue.at("Beijing International Convention Center"),
                Set.of("zh", "en", "ru"),
                Set.of(PartyCode.of("KAZ"), PartyCode.of("ETH"), PartyCode.of("IDN"), PartyCode.of("BRA")),
                capacity);
    }

    static Meeting cicaSeniorOfficials() {
        return new Meeting(
                MeetingId.random(),
                new MeetingSeries("cica-soc", "CICA Senior Officials Committee", SeriesKind.MECHANISM, CICA),
                "CICA Senior Officials Committee, second meeting",
                ZonedDateTime.of(2025, 10, 14, 10, 0, 0, 0, ZoneId.of("Asia/Almaty")),
                ZonedDateTime.of(2025, 10, 15, 17, 0, 0, 0, ZoneId.of("Asia/Almaty")),
                Venue.at("Astana"),
                Set.of("en", "ru"),
                Set.of(PartyCode.of("KAZ"), PartyCode.of("CHN")),
                50);
    }

    static List<Delegate> delegation(String head, String... members) {
        List<Delegate> people = new java.util.ArrayList<>();
        people.add(new Delegate(head, "Head of delegation", ""));
        for (String member : members) {
            people.add(new Delegate(member, "Adviser", ""));
        }
        return people;
    }
}
