package org.gsi.cooperation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gsi.cooperation.ProjectId;
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
 * Demo projects across priority areas, labelled "[Demo]": pending consents, one active project with money and
 * results, one completed, and a cyber project that raises Kazakhstan's registered concern.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "gsi.demo", havingValue = "true")
class CooperationDemo implements ApplicationRunner {

    private static final Actor CHINA = new Actor("china", "CHN", Role.FOCAL_POINT);
    private static final Actor ETHIOPIA = new Actor("ethiopia", "ETH", Role.FOCAL_POINT);
    private static final Actor BRAZIL = new Actor("brazil", "BRA", Role.FOCAL_POINT);
    private static final Actor INDONESIA = new Actor("indonesia", "IDN", Role.FOCAL_POINT);
    private static final Actor AU = new Actor("african-union", "au", Role.FOCAL_POINT);

    private final ProjectService projects;
    private final MoneyService money;
    private final ResultService results;
    private final FundStore funds;
    private final JdbcClient jdbc;

    CooperationDemo(
            ProjectService projects, MoneyService money, ResultService results, FundStore funds, JdbcClient jdbc) {
        this.projects = projects;
        this.money = money;
        this.results = results;
        this.funds = funds;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM cooperation_project WHERE demo")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        UUID fund = funds.byCode("demo-lmc-special-fund").orElseGet(() -> {
            money.createFund(
                    CHINA,
                    new MoneyService.FundRequest(
                            "demo-lmc-special-fund",
                            "[Demo] Lancang-Mekong Cooperation Special Fund",
                            "USD",
                            "Demo fund for non-traditional security projects of the LMC members."),
                    true);
            return funds.byCode("demo-lmc-special-fund").orElseThrow();
        });
        money.contribute(
                CHINA,
                fund,
                new MoneyService.ContributionRequest(new BigDecimal("5000000.00"), "USD", LocalDate.of(2026, 1, 15)));

        ProjectId demining = create(
                CHINA,
                "[Demo] Humanitarian demining support in the Horn of Africa",
                "[Démo] Appui au déminage humanitaire dans la Corne de l'Afrique",
                List.of("III.4", "III.8"),
                List.of("landmines"),
                List.of("ETH"),
                List.of("ETH", "au"),
                "2400000.00",
                null);
        propose(CHINA, demining);
        projects.answerConsent(ETHIOPIA, demining, new ProjectService.ConsentRequest(null, "give", null));

        ProjectId cyber = create(
                CHINA,
                "[Demo] Cyber incident response capacity in Central Asia",
                "[Démo] Capacités de réponse aux incidents cyber en Asie centrale",
                List.of("III.13"),
                List.of("cybersecurity"),
                List.of("KAZ", "UZB"),
                List.of("KAZ"),
                "850000.00",
                null);
        propose(CHINA, cyber);

        ProjectId mekong = create(
                CHINA,
                "[Demo] Joint law-enforcement capacity along the Mekong",
                "[Démo] Capacités conjointes de police le long du Mékong",
                List.of("III.6", "III.19"),
                List.of("organised-crime", "drugs"),
                List.of("LAO", "MMR", "THA"),
                List.of("LAO", "MMR", "THA"),
                "1200000.00",
                fund);
        propose(CHINA, mekong);

        create(
                INDONESIA,
                "[Demo] Disaster resilience for Pacific island countries",
                "[Démo] Résilience aux catastrophes des pays insulaires du Pacifique",
                List.of("III.10", "III.20"),
                List.of("climate-disasters"),
                List.of("FJI", "VUT"),
                List.of("FJI", "VUT", "BRA"),
                "600000.00",
                null);

        ProjectId terrorism = create(
                ETHIOPIA,
                "[Demo] Counter-terrorism training for law-enforcement officers",
                "[Démo] Formation antiterroriste des forces de l'ordre",
                List.of("III.12", "III.8"),
                List.of("terrorism"),
                List.of("ETH", "SOM"),
                List.of("au"),
                "300000.00",
                null);
        propose(ETHIOPIA, terrorism);
        projects.answerConsent(AU, terrorism, new ProjectService.ConsentRequest(null, "give", null));
        transition(ETHIOPIA, terrorism, "activate");
        money.addTransaction(
                ETHIOPIA,
                terrorism,
                new MoneyService.TransactionRequest(
                        "outgoing-commitment",
                        LocalDate.of(2026, 2, 1),
                        new BigDecimal("300000.00"),
                        "USD",
                        "ETH",
                        null,
                        "au",
                        null,
                        "Grant"));
        money.addTransaction(
                ETHIOPIA,
                terrorism,
                new MoneyService.TransactionRequest(
                        "disbursement",
                        LocalDate.of(2026, 3, 1),
                        new BigDecimal("120000.00"),
                        "USD",
                        "ETH",
                        null,
                        "au",
                        null,
                        "First tranche"));
        results.add(
                ETHIOPIA,
                terrorism,
                new ResultService.ResultRequest(
                        Map.of("en", "Officers trained"),
                        1,
                        List.of(new ResultService.IndicatorRequest(
                                Map.of("en", "Officers completing the course"),
                                "unit",
                                true,
                                BigDecimal.ZERO,
                                2025,
                                new BigDecimal("400"),
                                List.of(new ResultService.PeriodRequest(
                                        LocalDate.of(2026, 1, 1),
                                        LocalDate.of(2026, 6, 30),
                                        new BigDecimal("200"),
                                        new BigDecimal("150")))))));

        ProjectId food = create(
                BRAZIL,
                "[Demo] Food security early warning exchange",
                "[Démo] Échange d'alerte précoce sur la sécurité alimentaire",
                List.of("III.18"),
                List.of("food-security"),
                List.of("ETH", "BRA"),
                List.of("ETH"),
                "150000.00",
                null);
        propose(BRAZIL, food);
        projects.answerConsent(ETHIOPIA, food, new ProjectService.ConsentRequest(null, "give", null));
        transition(BRAZIL, food, "activate");
        transition(BRAZIL, food, "complete");
    }

    private ProjectId create(
            Actor actor,
            String en,
            String fr,
            List<String> areas,
            List<String> domains,
            List<String> countries,
            List<String> participants,
            String budget,
            UUID fund) {
        return projects.create(
                actor,
                new ProjectForm.ProjectRequest(
                        Map.of("en", en, "fr", fr),
                        Map.of("en", "Demo project of the platform's demo scenario."),
                        areas,
                        domains,
                        countries,
                        List.of(),
                        participants.stream()
                                .map(p -> new ProjectForm.ParticipantRequest(p, List.of("implementing")))
                                .toList(),
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2027, 12, 31),
                        new BigDecimal(budget),
                        "USD",
                        fund,
                        List.of(),
                        "public"),
                true);
    }

    private void propose(Actor actor, ProjectId id) {
        transition(actor, id, "propose");
    }

    private void transition(Actor actor, ProjectId id, String action) {
        long version = jdbc.sql("SELECT version FROM cooperation_project WHERE id = ?")
                .param(id.value())
                .query(Long.class)
                .single();
        projects.transition(actor, id, Versions.etag(version), new ProjectService.TransitionRequest(action, null));
    }
}
