package org.gsi.cooperation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gsi.cooperation.InvalidFieldException;
import org.gsi.cooperation.Language;
import org.gsi.cooperation.ParticipantRole;
import org.gsi.cooperation.ProjectStatus;
import org.gsi.platform.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectValuesTests {

    @ParameterizedTest
    @ValueSource(strings = {"S/RES/2664 (2022)", "A/RES/76/234", "A/RES/ES-11/1", "A/HRC/RES/52/1", "E/RES/2023/1"})
    void acceptsUnResolutionSymbols(String symbol) {
        assertThat(ResolutionSymbol.of(symbol).value()).isEqualTo(symbol);
    }

    @ParameterizedTest
    @ValueSource(strings = {"S/RES/2664", "RES 76/234", "A/76/234", "S/RES/2664 (22)", ""})
    void refusesWhatIsNotAResolutionSymbol(String symbol) {
        assertThatThrownBy(() -> ResolutionSymbol.of(symbol))
                .isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((InvalidFieldException) e).field())
                .isEqualTo("resolutions");
    }

    @Test
    void priorityAreasRunFromOneToTwenty() {
        assertThat(PriorityArea.of("III.20").number()).isEqualTo(20);
        assertThatThrownBy(() -> PriorityArea.of("III.21")).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> PriorityArea.of("III.0")).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> PriorityArea.of("II.1")).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void currenciesComeFromTheIatiCodelistWithoutWithdrawnCodes() {
        assertThat(CurrencyCode.of("CNY").value()).isEqualTo("CNY");
        assertThat(CurrencyCode.of("KZT").value()).isEqualTo("KZT");
        assertThatThrownBy(() -> CurrencyCode.of("EEK")).hasMessageContaining("currency");
        assertThatThrownBy(() -> CurrencyCode.of("XYZ")).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void moneyIsExactDecimal() {
        Money money = Money.of("1000000.10", "USD");
        assertThat(money.amount()).isEqualByComparingTo("1000000.10");
        assertThatThrownBy(() -> Money.of("1e", "USD")).hasMessageContaining("amount");
    }

    @Test
    void budgetMustNotBeNegative() {
        assertThatThrownBy(() -> new ProjectDetails(
                        LocalizedText.of(Language.ZH, "排雷"),
                        LocalizedText.empty(),
                        Set.of(PriorityArea.of("III.4")),
                        Set.of(),
                        Set.of("KHM"),
                        Set.of(),
                        ProjectDates.none(),
                        Optional.of(Money.of("-5", "CNY")),
                        Optional.empty(),
                        List.of(),
                        Visibility.PUBLIC))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("budget");
    }

    @Test
    void countriesAreIsoAlpha3() {
        assertThatThrownBy(() -> new ProjectDetails(
                        LocalizedText.of(Language.EN, "x"),
                        LocalizedText.empty(),
                        Set.of(PriorityArea.of("III.4")),
                        Set.of(),
                        Set.of("KH"),
                        Set.of(),
                        ProjectDates.none(),
                        Optional.empty(),
                        Optional.empty(),
                        List.of(),
                        Visibility.PUBLIC))
                .hasMessageContaining("countries: 'KH'");
    }

    @Test
    void aProjectNeedsATitleInOneOfTheSixLanguages() {
        assertThatThrownBy(() -> ProjectDetails.of(LocalizedText.of(Language.EN, "  "), PriorityArea.of("III.1")))
                .hasMessageContaining("title");
    }

    @Test
    void plannedEndCannotPrecedeStart() {
        assertThatThrownBy(() -> ProjectDates.planned(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 4, 1)))
                .hasMessageContaining("plannedEnd");
    }

    @Test
    void statusesMapToIatiActivityStatusCodes() {
        assertThat(ProjectStatus.DRAFT.iatiCode()).isEqualTo(1);
        assertThat(ProjectStatus.ACTIVE.iatiCode()).isEqualTo(2);
        assertThat(ProjectStatus.COMPLETED.iatiCode()).isEqualTo(4);
        assertThat(ProjectStatus.CANCELLED.iatiCode()).isEqualTo(5);
        assertThat(ProjectStatus.SUSPENDED.iatiCode()).isEqualTo(6);
        assertThat(ProjectStatus.fromIatiCode(3)).isEqualTo(ProjectStatus.COMPLETED);
        assertThatThrownBy(() -> ProjectStatus.fromIatiCode(9)).isInstanceOf(InvalidFieldException.class);
        assertThat(ParticipantRole.fromIatiCode(4)).isEqualTo(ParticipantRole.IMPLEMENTING);
    }

    @Test
    void localizedTextFallsBackToEnglish() {
        LocalizedText text = LocalizedText.of(Language.EN, "Border security").with(Language.RU, "Охрана границ");
        assertThat(text.preferring(Language.RU)).contains("Охрана границ");
        assertThat(text.preferring(Language.AR)).contains("Border security");
        assertThat(Language.fromTag("zh-Hans")).contains(Language.ZH);
    }
}
