package org.gsi.cooperation.internal.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gsi.cooperation.Language;
import org.gsi.cooperation.ParticipantRole;
import org.gsi.cooperation.ProjectId;
import org.gsi.cooperation.internal.ConsentPolicy;
import org.gsi.cooperation.internal.Indicator;
import org.gsi.cooperation.internal.IndicatorMeasure;
import org.gsi.cooperation.internal.IndicatorPeriod;
import org.gsi.cooperation.internal.LocalizedText;
import org.gsi.cooperation.internal.Money;
import org.gsi.cooperation.internal.OrgRef;
import org.gsi.cooperation.internal.Participant;
import org.gsi.cooperation.internal.PriorityArea;
import org.gsi.cooperation.internal.Project;
import org.gsi.cooperation.internal.ProjectDates;
import org.gsi.cooperation.internal.ProjectDetails;
import org.gsi.cooperation.internal.ResolutionSymbol;
import org.gsi.cooperation.internal.Result;
import org.gsi.cooperation.internal.Transaction;
import org.gsi.cooperation.internal.TransactionType;
import org.gsi.platform.Visibility;
import org.gsi.registry.PartyCode;
import org.junit.jupiter.api.Test;

class ProjectExportTests {

    final ProjectExport export =
            new ProjectExport(new IatiOrg(Optional.of("XI-GSI"), Optional.of("40"), Optional.of("GSI Secretariat")));

    @Test
    void aProjectExportsAsSchemaValidIatiAndReadsBack() throws Exception {
        Project project = Project.draft(ProjectId.newId(), PartyCode.of("CHN"), details(), ConsentPolicy.DEFAULT);
        project.addParticipant(Participant.of("CHN", ParticipantRole.FUNDING), Instant.EPOCH);
        project.addParticipant(
                Participant.of("KAZ", ParticipantRole.ACCOUNTABLE, ParticipantRole.IMPLEMENTING), Instant.EPOCH);
        Transaction disbursement = new Transaction(
                TransactionType.DISBURSEMENT,
                LocalDate.of(2025, 4, 2),
                Money.of("125000.50", "CNY"),
                Optional.of(OrgRef.of("CHN", "Ministry of Commerce")),
                Optional.of(OrgRef.of(null, "Ministry of Emergency Situations")),
                Optional.empty());
        Result result = new Result(
                LocalizedText.of(Language.EN, "Deminers certified"),
                1,
                List.of(new Indicator(
                        LocalizedText.of(Language.EN, "Certified deminers"),
                        IndicatorMeasure.UNIT,
                        true,
                        Optional.of(BigDecimal.ZERO),
                        Optional.of(2024),
                        Optional.of(new BigDecimal("120")),
                        List.of(new IndicatorPeriod(
                                LocalDate.of(2025, 1, 1),
                                LocalDate.of(2025, 12, 31),
                                Optional.of(new BigDecimal("60")),
                                Optional.of(new BigDecimal("48")))))));

        IatiActivity activity = export.toActivity(project, List.of(disbursement), List.of(result));
        byte[] xml = IatiRoundTripTests.write(List.of(activity));
        IatiRoundTripTests.validate(xml);
        IatiActivity back =
                IatiRoundTripTests.read(new ByteArrayInputStream(xml)).get(0);

        assertThat(back.identifier()).isEqualTo("XI-GSI-" + project.id());
        assertThat(back.titles())
                .contains(new IatiText("en", "Demining training"), new IatiText("ru", "Разминирование"));
        assertThat(back.countries()).containsExactly("KZ");
        assertThat(back.participants()).hasSize(3);
        assertThat(back.status()).contains(1);
        assertThat(back.sectors()).contains(new IatiActivity.Sector("98", "III.4"));
        assertThat(back.transactions().get(0).transaction().value().amount()).isEqualByComparingTo("125000.50");
        assertThat(back.results().get(0).indicators().get(0).periods().get(0).actual())
                .contains("48");
    }

    static ProjectDetails details() {
        return new ProjectDetails(
                LocalizedText.of(Language.EN, "Demining training").with(Language.RU, "Разминирование"),
                LocalizedText.of(Language.EN, "Training of deminers and equipment"),
                Set.of(PriorityArea.of("III.4")),
                Set.of("demining"),
                Set.of("KAZ"),
                Set.of(),
                ProjectDates.planned(LocalDate.of(2025, 3, 1), LocalDate.of(2026, 2, 28)),
                Optional.of(Money.of("500000", "CNY")),
                Optional.empty(),
                List.of(ResolutionSymbol.of("A/RES/78/53")),
                Visibility.PUBLIC);
    }
}
