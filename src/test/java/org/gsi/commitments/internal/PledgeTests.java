package org.gsi.commitments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gsi.commitments.internal.Pledges.CHINA;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.gsi.commitments.DeliveryId;
import org.gsi.commitments.DeliveryLink;
import org.gsi.commitments.DeliveryNotFoundException;
import org.gsi.commitments.DeliveryRecorded;
import org.gsi.commitments.InvalidDeliveryException;
import org.gsi.commitments.NotTheBeneficiaryException;
import org.gsi.commitments.NotThePledgingPartyException;
import org.gsi.commitments.PledgeMade;
import org.gsi.commitments.PledgeUnit;
import org.gsi.commitments.Quantity;
import org.gsi.commitments.ReceiptConfirmed;
import org.gsi.commitments.ReportDelivery;
import org.gsi.commitments.UnitKind;
import org.gsi.commitments.WrongUnitException;
import org.gsi.registry.PartyCode;
import org.junit.jupiter.api.Test;

class PledgeTests {

    private final FixedPartyAttributes attributes = new FixedPartyAttributes();
    private final LocalDate day = LocalDate.of(2024, 6, 1);

    private ReportDelivery places(PartyCode reporter, int places) {
        return ReportDelivery.of(reporter, Quantity.of(places, PledgeUnit.trainingPlaces()), day);
    }

    @Test
    void makingAPledgeRecordsPledgeMade() {
        Pledge pledge = Pledges.trainingPlaces();

        assertThat(pledge.pullEvents()).singleElement().isInstanceOf(PledgeMade.class);
    }

    @Test
    void thePledgingPartyReportsDeliveryAndTheTotalMoves() {
        Pledge pledge = Pledges.trainingPlaces();
        pledge.pullEvents();

        pledge.record(places(CHINA, 30).to(PartyCode.of("ETH")), attributes);
        pledge.record(places(CHINA, 12), attributes);

        assertThat(pledge.deliveredBy(day)).isEqualByComparingTo("42");
        assertThat(pledge.pullEvents()).hasSize(2).allMatch(DeliveryRecorded.class::isInstance);
    }

    @Test
    void anotherPartyCannotReportDelivery() {
        Pledge pledge = Pledges.trainingPlaces();

        assertThatThrownBy(() -> pledge.record(places(PartyCode.of("KAZ"), 5), attributes))
                .isInstanceOf(NotThePledgingPartyException.class)
                .hasMessageContaining("Only CHN");
        assertThat(pledge.deliveredBy(day)).isZero();
    }

    @Test
    void aDeliveryInAnotherUnitIsRefused() {
        Pledge pledge = Pledges.trainingPlaces();
        ReportDelivery experts = ReportDelivery.of(CHINA, Quantity.of(3, PledgeUnit.of(UnitKind.EXPERTS)), day);
        ReportDelivery dollars = ReportDelivery.of(CHINA, Quantity.of(3, PledgeUnit.money("USD")), day);

        assertThatThrownBy(() -> pledge.record(experts, attributes)).isInstanceOf(WrongUnitException.class);
        assertThatThrownBy(() -> pledge.record(dollars, attributes)).isInstanceOf(WrongUnitException.class);
    }

    @Test
    void moneyInAnotherCurrencyIsTheWrongUnit() {
        Pledge pledge = Pledges.money("CHN", "1000000", "USD", "III.1");
        ReportDelivery yuan = ReportDelivery.of(CHINA, Quantity.of(500, PledgeUnit.money("CNY")), day);

        assertThatThrownBy(() -> pledge.record(yuan, attributes))
                .isInstanceOf(WrongUnitException.class)
                .hasMessageContaining("USD")
                .hasMessageContaining("CNY");
    }

    @Test
    void aDeliveryOutsideThePeriodOrNotPositiveIsRefused() {
        Pledge pledge = Pledges.trainingPlaces();
        ReportDelivery early =
                ReportDelivery.of(CHINA, Quantity.of(1, PledgeUnit.trainingPlaces()), LocalDate.of(2022, 12, 31));

        assertThatThrownBy(() -> pledge.record(early, attributes)).isInstanceOf(InvalidDeliveryException.class);
        assertThatThrownBy(() -> pledge.record(places(CHINA, 0), attributes))
                .isInstanceOf(InvalidDeliveryException.class);
    }

    @Test
    void aBeneficiaryOutsideTheRuleIsRefused() {
        Pledge pledge = Pledges.trainingPlaces();

        assertThatThrownBy(() -> pledge.record(places(CHINA, 5).to(PartyCode.of("FRA")), attributes))
                .isInstanceOf(InvalidDeliveryException.class)
                .hasMessageContaining("FRA is not among the pledge's beneficiaries");
    }

    @Test
    void theSameSourceCountsExactlyOnce() {
        Pledge pledge = Pledges.trainingPlaces();
        UUID course = UUID.randomUUID();
        ReportDelivery completion =
                places(CHINA, 1).withSource("training:enrolment:42", new DeliveryLink.Course(course));

        Optional<DeliveryId> first = pledge.record(completion, attributes);
        Optional<DeliveryId> again = pledge.record(completion, attributes);

        assertThat(first).isPresent();
        assertThat(again).isEmpty();
        assertThat(pledge.deliveredBy(day)).isEqualByComparingTo("1");
        assertThat(pledge.deliveries())
                .singleElement()
                .satisfies(d -> assertThat(d.link()).contains(new DeliveryLink.Course(course)));
    }

    @Test
    void theNamedBeneficiaryConfirmsReceiptOnce() {
        Pledge pledge = Pledges.trainingPlaces();
        DeliveryId delivery = pledge.record(places(CHINA, 20).to(PartyCode.of("ETH")), attributes)
                .orElseThrow();
        pledge.pullEvents();

        pledge.confirmReceipt(PartyCode.of("ETH"), delivery, day.plusDays(3));
        pledge.confirmReceipt(PartyCode.of("ETH"), delivery, day.plusDays(4));

        assertThat(pledge.delivery(delivery).orElseThrow().confirmedOn()).contains(day.plusDays(3));
        assertThat(pledge.pullEvents()).singleElement().isInstanceOf(ReceiptConfirmed.class);
    }

    @Test
    void onlyTheNamedBeneficiaryConfirmsReceipt() {
        Pledge pledge = Pledges.trainingPlaces();
        DeliveryId delivery = pledge.record(places(CHINA, 20).to(PartyCode.of("ETH")), attributes)
                .orElseThrow();

        assertThatThrownBy(() -> pledge.confirmReceipt(PartyCode.of("KAZ"), delivery, day))
                .isInstanceOf(NotTheBeneficiaryException.class);
        assertThatThrownBy(() -> pledge.confirmReceipt(CHINA, DeliveryId.random(), day))
                .isInstanceOf(DeliveryNotFoundException.class);
    }

    @Test
    void deliveredByADayCountsOnlyEarlierDeliveries() {
        Pledge pledge = Pledges.trainingPlaces();
        pledge.record(
                ReportDelivery.of(CHINA, Quantity.of(10, PledgeUnit.trainingPlaces()), LocalDate.of(2023, 3, 1)),
                attributes);
        pledge.record(
                ReportDelivery.of(CHINA, Quantity.of(5, PledgeUnit.trainingPlaces()), LocalDate.of(2023, 9, 1)),
                attributes);

        assertThat(pledge.deliveredBy(LocalDate.of(2023, 2, 28))).isZero();
        assertThat(pledge.deliveredBy(LocalDate.of(2023, 3, 1))).isEqualByComparingTo("10");
        assertThat(pledge.deliveredBy(LocalDate.of(2024, 1, 1))).isEqualByComparingTo(BigDecimal.valueOf(15));
    }
}
