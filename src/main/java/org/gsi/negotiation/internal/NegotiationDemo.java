package org.gsi.negotiation.internal;

import java.util.List;
import java.util.UUID;
import org.gsi.negotiation.AmendmentKind;
import org.gsi.negotiation.Stance;
import org.gsi.platform.Actor;
import org.gsi.platform.Role;
import org.gsi.platform.Versions;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo scenario: a joint statement under negotiation among fourteen parties, with agreed and open paragraphs,
 * options, a proposed paragraph, a reservation and a frozen first reading. Every position is stated by the party's
 * own focal point through the service. Runs once; everything it writes is marked demo.
 */
@Component
@ConditionalOnProperty(name = "gsi.demo", havingValue = "true")
@Order(62)
class NegotiationDemo implements ApplicationRunner {

    static final List<String> PARTIES =
            List.of("CHN", "KAZ", "KGZ", "TJK", "UZB", "RUS", "IND", "PAK", "IRN", "BLR", "ETH", "IDN", "BRA", "au");

    private final NegotiationService service;
    private final JdbcClient jdbc;

    NegotiationDemo(NegotiationService service, JdbcClient jdbc) {
        this.service = service;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean done = jdbc.sql("SELECT count(*) FROM negotiation_text WHERE demo")
                        .query(Long.class)
                        .single()
                > 0;
        if (!done) {
            create();
        }
    }

    private static Actor focalPoint(String party) {
        return new Actor("demo-" + party.toLowerCase(), party, Role.FOCAL_POINT);
    }

    private void create() {
        Actor secretariat = new Actor("demo-secretariat", "gsi-secretariat", Role.SECRETARIAT_ADMIN);
        UUID id = service.create(
                        secretariat,
                        new NegotiationService.CreateTextRequest(
                                "[Demo] Joint statement on common security in the region",
                                "consensus",
                                null,
                                PARTIES,
                                "gsi-secretariat",
                                "participants",
                                null),
                        true)
                .id();
        paragraphs(secretariat, id);
        facilitate(secretariat, id, new TextCommand.Freeze("First reading"));
        amendments(id);
        positions(id);
        facilitate(secretariat, id, new TextCommand.Clean("OP3"));
    }

    private void paragraphs(Actor secretariat, UUID id) {
        String[][] draft = {
            {"PP1", "Recalling the purposes and principles of the Charter of the United Nations,"},
            {"PP2", "Reaffirming our commitment to common, comprehensive, cooperative and sustainable security,"},
            {
                "PP3",
                "Concerned about the threats of terrorism, transnational organized crime and illicit drug trafficking,"
            },
            {"OP1", "We resolve to settle differences through dialogue and consultation."},
            {"OP2", "We agree to hold consultations among our security authorities every year."},
            {"OP3", "We will cooperate in countering the use of information technologies for criminal purposes."},
            {"OP4", "We will establish a joint centre for the exchange of information on terrorist threats."},
            {"OP4(a)", "The centre will report to the parties each year."},
            {"OP5", "We invite other interested parties to join these efforts."}
        };
        for (String[] p : draft) {
            facilitate(secretariat, id, new TextCommand.AddParagraph(p[0], p[1]));
        }
    }

    private void amendments(UUID id) {
        propose("RUS", id, "OP2", AmendmentKind.REPLACE, "every year", "twice a year");
        propose("KAZ", id, "OP2", AmendmentKind.REPLACE, "every year", "twice a year");
        propose("IND", id, "OP2", AmendmentKind.REPLACE, "every year", "as the parties decide");
        propose("BRA", id, "OP3", AmendmentKind.INSERT, "criminal purposes", ", in accordance with international law");
        propose("PAK", id, "OP4", AmendmentKind.REPLACE, "a joint centre", "a network of national contact points");
        propose(
                "IRN",
                id,
                "OP4",
                AmendmentKind.REPLACE,
                "a joint centre",
                "a joint centre hosted by the parties in turn");
        service.execute(
                focalPoint("au"),
                id,
                new TextCommand.Propose(
                        "OP6",
                        0,
                        AmendmentKind.ADD_PARAGRAPH,
                        0,
                        0,
                        "We support the African Union's role in preventing and resolving conflicts in Africa.",
                        UUID.randomUUID()),
                null,
                false);
        service.execute(
                focalPoint("ETH"),
                id,
                new TextCommand.Propose(
                        "OP6",
                        0,
                        AmendmentKind.ADD_PARAGRAPH,
                        0,
                        0,
                        "We support the African Union's role in preventing and resolving conflicts in Africa.",
                        UUID.randomUUID()),
                null,
                false);
    }

    /** Stances per paragraph, one letter per party in {@link #PARTIES} order; "." for not stated. */
    private static final String[][] STANCES = {
        {"PP1", "eeseesseseesse"},
        {"PP2", "esseeslsesssse"},
        {"PP3", "essesssss.ssse"},
        {"OP1", "eeeesslsssssse"},
        {"OP2", "essssslx..s.ls"},
        {"OP3", "sssssssssrssse"},
        {"OP4", "ssl.ssxl.s..s."},
        {"OP4(a)", "s.s...l......."},
        {"OP5", "s.s.s.s.s.s.s."},
        {"OP6", "..........ee.e"}
    };

    private void positions(UUID id) {
        for (String[] row : STANCES) {
            state(id, row[0], row[1]);
        }
        UUID option = option(id, "OP3");
        for (String party : PARTIES) {
            service.execute(
                    focalPoint(party), id, new TextCommand.State("OP3", option, Stance.SUPPORT, ""), null, false);
        }
    }

    private void state(UUID id, String number, String letters) {
        for (int i = 0; i < PARTIES.size(); i++) {
            Stance stance = stance(letters.charAt(i));
            if (stance == null) {
                continue;
            }
            String reason = switch (stance) {
                case RESERVATION -> "Subject to our national legislation on information";
                case CANNOT_ACCEPT -> "A new body is premature; national contact points suffice";
                default -> "";
            };
            service.execute(
                    focalPoint(PARTIES.get(i)), id, new TextCommand.State(number, null, stance, reason), null, false);
        }
    }

    private static Stance stance(char c) {
        return switch (c) {
            case 'e' -> Stance.ENDORSE;
            case 's' -> Stance.SUPPORT;
            case 'l' -> Stance.CAN_LIVE_WITH;
            case 'r' -> Stance.RESERVATION;
            case 'x' -> Stance.CANNOT_ACCEPT;
            default -> null;
        };
    }

    private void propose(String party, UUID id, String number, AmendmentKind kind, String phrase, String text) {
        String current = service.read(
                "gsi-secretariat",
                id,
                t -> t.paragraph(org.gsi.negotiation.ParagraphNumber.parse(number))
                        .text());
        long revision = service.read(
                "gsi-secretariat",
                id,
                t -> t.paragraph(org.gsi.negotiation.ParagraphNumber.parse(number))
                        .revision());
        int at = current.indexOf(phrase);
        int start = kind == AmendmentKind.INSERT ? at + phrase.length() : at;
        int end = kind == AmendmentKind.INSERT ? start : at + phrase.length();
        service.execute(
                focalPoint(party),
                id,
                new TextCommand.Propose(number, revision, kind, start, end, text, UUID.randomUUID()),
                null,
                false);
    }

    private UUID option(UUID id, String number) {
        return service.read(
                "gsi-secretariat",
                id,
                t -> t.paragraph(org.gsi.negotiation.ParagraphNumber.parse(number))
                        .groups()
                        .get(0)
                        .options()
                        .get(0)
                        .id()
                        .value());
    }

    private void facilitate(Actor secretariat, UUID id, TextCommand command) {
        long version = service.head("gsi-secretariat", id).version();
        service.execute(secretariat, id, command, Versions.etag(version), true);
    }
}
