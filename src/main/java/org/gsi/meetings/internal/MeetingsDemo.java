package org.gsi.meetings.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.gsi.audit.AuditLog;
import org.gsi.meetings.internal.MeetingViews.SessionView;
import org.gsi.platform.Visibility;
import org.gsi.registry.Registry;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo meetings, labelled as such: the 11th Beijing Xiangshan Forum (12-14 September 2024) with a programme,
 * approved delegations and an outcome record, and a coming CICA Senior Officials Committee meeting.
 */
@Component
@Order(62)
@ConditionalOnProperty(name = "gsi.demo", havingValue = "true")
class MeetingsDemo implements ApplicationRunner {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final MeetingStore store;
    private final Registry registry;
    private final AuditLog audit;
    private final MeetingDocuments documents;
    private final DocumentFiles files;

    MeetingsDemo(
            MeetingStore store, Registry registry, AuditLog audit, MeetingDocuments documents, DocumentFiles files) {
        this.store = store;
        this.registry = registry;
        this.audit = audit;
        this.documents = documents;
        this.files = files;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        UUID forum = id("xiangshan-11");
        if (store.find(forum).isPresent()) {
            return;
        }
        store.insert(new MeetingRow(
                forum,
                "CHN",
                "xiangshan-forum",
                "FORUM",
                "[Demo] 11th Beijing Xiangshan Forum",
                at(2024, 9, 12, 9, BEIJING),
                at(2024, 9, 14, 18, BEIJING),
                BEIJING.getId(),
                "Beijing",
                null,
                List.of("zh", "en", "ru", "fr", "es", "ar"),
                600,
                List.of(),
                false,
                0,
                null,
                null,
                null,
                true,
                0,
                Visibility.PUBLIC));
        session(
                forum,
                "[Demo] Opening ceremony and plenary",
                12,
                9,
                11,
                "Main hall",
                List.of("Host country representative"));
        session(
                forum,
                "[Demo] Plenary: major-country relations and international security",
                13,
                9,
                11,
                "Main hall",
                List.of("Panel of ministers"));
        session(
                forum,
                "[Demo] Parallel session: security in the Asia-Pacific",
                13,
                14,
                16,
                "Room A",
                List.of("Experts"));
        session(
                forum,
                "[Demo] Parallel session: Africa's peace and security",
                13,
                14,
                16,
                "Room B",
                List.of("Experts"));
        session(forum, "[Demo] Plenary: global security governance", 14, 9, 11, "Main hall", List.of("Panel"));
        delegation(forum, "KAZ", "APPROVED", "[Demo] Head of the Kazakhstan delegation", "[Demo] Defence attaché");
        delegation(forum, "ETH", "APPROVED", "[Demo] Head of the Ethiopia delegation", "[Demo] Adviser");
        delegation(forum, "IDN", "APPROVED", "[Demo] Head of the Indonesia delegation");
        delegation(forum, "au", "APPROVED", "[Demo] Peace and Security Department representative");
        delegation(forum, "BRA", "PENDING", "[Demo] Head of the Brazil delegation");
        store.outcome(
                forum,
                "[Demo] Chair's summary of the forum",
                "[Demo] Commitments announced at the forum are recorded" + " in the commitments ledger",
                "[Demo] Expert exchanges before the next forum");
        document(forum, MeetingDocuments.Kind.AGENDA, "[Demo] Agenda of the forum", "agenda.txt", AGENDA);
        document(
                forum,
                MeetingDocuments.Kind.OUTCOME,
                "[Demo] Chair's summary",
                "chairs-summary.txt",
                "[Demo] Chair's summary of the 11th Beijing Xiangshan Forum.\nParticipants exchanged views on"
                        + " major-country relations, Asia-Pacific security and Africa's peace and security.\n");
        ZoneId almaty = ZoneId.of("Asia/Almaty");
        LocalDate day = LocalDate.now().plusDays(60);
        UUID soc = id("cica-soc");
        store.insert(new MeetingRow(
                soc,
                "KAZ",
                "cica",
                "MECHANISM",
                "[Demo] CICA Senior Officials Committee meeting",
                day.atTime(10, 0).atZone(almaty).toOffsetDateTime(),
                day.plusDays(1).atTime(18, 0).atZone(almaty).toOffsetDateTime(),
                almaty.getId(),
                "Astana",
                null,
                List.of("en", "ru", "zh"),
                150,
                registry.currentMembers("cica"),
                false,
                0,
                null,
                null,
                null,
                true,
                0,
                Visibility.PUBLIC));
        delegation(soc, "CHN", "APPROVED", "[Demo] Senior official of China");
        delegation(soc, "KAZ", "APPROVED", "[Demo] Senior official of Kazakhstan");
        audit.recordSystem("demo scenario", "create", "meeting", forum.toString(), "Demo meetings added");
    }

    private static final String AGENDA = "[Demo] 11th Beijing Xiangshan Forum - agenda\n"
            + "12 September: opening ceremony and plenary\n"
            + "13 September: plenary on major-country relations; parallel sessions on the Asia-Pacific and Africa\n"
            + "14 September: plenary on global security governance\n";

    private void document(UUID meeting, MeetingDocuments.Kind kind, String title, String filename, String text) {
        DocumentFiles.StoredFile f =
                files.store("file", filename, new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        documents.attach(meeting, kind, title, null, f, "demo scenario", "CHN");
    }

    private void session(UUID meeting, String title, int day, int from, int to, String room, List<String> speakers) {
        store.insertSession(
                meeting,
                new SessionView(
                        UUID.nameUUIDFromBytes((meeting + title).getBytes(StandardCharsets.UTF_8)),
                        title,
                        at(2024, 9, day, from, BEIJING),
                        at(2024, 9, day, to, BEIJING),
                        room,
                        speakers));
    }

    private void delegation(UUID meeting, String party, String status, String head, String... members) {
        UUID id = UUID.nameUUIDFromBytes((meeting + party).getBytes(StandardCharsets.UTF_8));
        store.insertRegistration(id, meeting, party, status, "[Demo] Note verbale", "DELEGATION");
        store.insertDelegate(id, head, "Head of delegation", true);
        for (String m : members) {
            store.insertDelegate(id, m, "Member", false);
        }
    }

    private static OffsetDateTime at(int y, int m, int d, int h, ZoneId zone) {
        return LocalDateTime.of(y, m, d, h, 0).atZone(zone).toOffsetDateTime();
    }

    private static UUID id(String key) {
        return UUID.nameUUIDFromBytes(("demo:meeting:" + key).getBytes(StandardCharsets.UTF_8));
    }
}
