package org.gsi.commitments.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.gsi.commitments.CommitmentException;
import org.gsi.commitments.DeliveryLink;
import org.gsi.commitments.InvalidDeliveryException;
import org.gsi.commitments.NotTheBeneficiaryException;
import org.gsi.commitments.NotThePledgingPartyException;
import org.gsi.commitments.PledgeUnit;
import org.gsi.commitments.Quantity;
import org.gsi.commitments.ReportDelivery;
import org.gsi.commitments.UnitKind;
import org.gsi.commitments.WrongUnitException;
import org.gsi.commitments.internal.CommitmentViews.DeliveryRequest;
import org.gsi.commitments.internal.CommitmentViews.PledgeRequest;
import org.gsi.commitments.internal.CommitmentViews.PledgeUpdate;
import org.gsi.platform.ForbiddenException;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.Visibility;
import org.gsi.registry.BeneficiaryRule;
import org.gsi.registry.PartyAttributes;
import org.gsi.registry.PartyCode;
import org.gsi.registry.PartyKind;
import org.gsi.registry.PartyQuery;
import org.gsi.registry.PartySummary;
import org.gsi.registry.Registry;
import org.gsi.taxonomy.Taxonomy;
import org.gsi.taxonomy.TermKind;
import org.springframework.stereotype.Component;

/** Checks requests field by field (400 naming the field) and turns them into rows and domain commands. */
@Component
class PledgeRequests {

    static final List<String> RULES = List.of("parties", "developing", "ldc", "sids", "lldc", "members");

    private final Registry registry;
    private final Taxonomy taxonomy;
    private final PartyAttributes attributes;

    PledgeRequests(Registry registry, Taxonomy taxonomy, PartyAttributes attributes) {
        this.registry = registry;
        this.taxonomy = taxonomy;
        this.attributes = attributes;
    }

    PledgeRow newPledge(String actorParty, PledgeRequest r) {
        String pledger = blank(r.pledger()) ? actorParty : party("pledger", r.pledger());
        require(!blank(r.text()), "text", Message.of("commitments.refused.text"));
        UnitKind kind = unitKind(r.unit());
        String currency = currency(kind, r.currency());
        require(r.target() != null && r.target().signum() > 0, "target", Message.of("commitments.refused.positive"));
        require(r.periodStart() != null, "periodStart", Message.of("commitments.refused.periodStart"));
        require(
                r.periodEnd() != null && !r.periodEnd().isBefore(r.periodStart()),
                "periodEnd",
                Message.of("commitments.refused.periodEnd"));
        List<String> areas = areas(r.priorityAreas());
        String rule = blank(r.beneficiaryRule())
                ? "developing"
                : r.beneficiaryRule().trim().toLowerCase(Locale.ROOT);
        require(
                RULES.contains(rule),
                "beneficiaryRule",
                Message.of("commitments.refused.rule", String.join(", ", RULES)));
        List<String> codes = beneficiaries(rule, r.beneficiaries());
        Visibility visibility = r.visibility() == null ? Visibility.PARTICIPANTS : Visibility.parse(r.visibility());
        return new PledgeRow(
                UUID.randomUUID(),
                pledger,
                r.text().strip(),
                kind.name(),
                currency,
                r.target(),
                r.periodStart(),
                r.periodEnd(),
                areas,
                rule,
                codes,
                participants(rule, codes),
                blank(r.madeAtKind()) ? null : r.madeAtKind().strip(),
                blank(r.madeAtKind())
                        ? null
                        : Optional.ofNullable(r.madeAtReference()).orElse(""),
                visibility.name(),
                BigDecimal.ZERO,
                false,
                0);
    }

    PledgeRow changed(PledgeRow c, PledgeUpdate u) {
        if (u.text() != null) {
            require(!u.text().isBlank(), "text", Message.of("commitments.refused.blank"));
        }
        if (u.target() != null) {
            require(u.target().signum() > 0, "target", Message.of("commitments.refused.positive"));
        }
        if (u.periodEnd() != null) {
            require(!u.periodEnd().isBefore(c.periodStart()), "periodEnd", Message.of("commitments.refused.periodEnd"));
        }
        return new PledgeRow(
                c.id(),
                c.pledger(),
                u.text() == null ? c.text() : u.text().strip(),
                c.unitKind(),
                c.currency(),
                u.target() == null ? c.target() : u.target(),
                c.periodStart(),
                u.periodEnd() == null ? c.periodEnd() : u.periodEnd(),
                u.priorityAreas() == null ? c.priorityAreas() : areas(u.priorityAreas()),
                c.beneficiaryRule(),
                c.beneficiaryCodes(),
                c.participants(),
                c.madeAtKind(),
                c.madeAtReference(),
                u.visibility() == null
                        ? c.visibility()
                        : Visibility.parse(u.visibility()).name(),
                c.delivered(),
                c.demo(),
                c.version());
    }

    ReportDelivery delivery(PledgeRow pledge, DeliveryRequest r) {
        require(
                r.quantity() != null && r.quantity().signum() > 0,
                "quantity",
                Message.of("commitments.refused.positive"));
        UnitKind kind = unitKind(r.unit());
        PledgeUnit unit = kind == UnitKind.MONEY ? PledgeUnit.money(currency(kind, r.currency())) : PledgeUnit.of(kind);
        if (!unit.equals(pledge.unit())) {
            throw new InvalidInputException(
                    kind == UnitKind.MONEY && pledge.unit().kind() == UnitKind.MONEY ? "currency" : "unit",
                    new WrongUnitException(unit, pledge.unit()).words());
        }
        LocalDate date = r.date() == null ? LocalDate.now() : r.date();
        require(!date.isAfter(LocalDate.now()), "date", Message.of("commitments.refused.future"));
        require(
                pledge.period().contains(date),
                "date",
                Message.of("commitments.refused.outsidePeriod", date, pledge.periodStart(), pledge.periodEnd()));
        Optional<PartyCode> beneficiary = Optional.ofNullable(
                        blank(r.beneficiary()) ? null : party("beneficiary", r.beneficiary()))
                .map(PartyCode::of);
        beneficiary.ifPresent(b -> require(
                pledge.rule().covers(b, attributes),
                "beneficiary",
                Message.of("commitments.refused.notBeneficiary", b.value(), Pledge.beneficiaries(pledge.rule()))));
        Optional<DeliveryLink> link = Optional.empty();
        if (!blank(r.linkKind()) && r.linkId() != null) {
            require(
                    r.linkKind().equals("project") || r.linkKind().equals("course"),
                    "linkKind",
                    Message.of("commitments.refused.linkKind"));
            link = Optional.of(
                    r.linkKind().equals("course")
                            ? new DeliveryLink.Course(r.linkId())
                            : new DeliveryLink.Project(r.linkId()));
        }
        return new ReportDelivery(
                PartyCode.of(pledge.pledger()),
                new Quantity(r.quantity(), unit),
                date,
                beneficiary,
                r.evidence(),
                link,
                Optional.empty());
    }

    /** Runs a domain command, answering its refusals as 400 or 403 problems. */
    <T> T translate(Supplier<T> command) {
        try {
            return command.get();
        } catch (WrongUnitException e) {
            throw new InvalidInputException("unit", e.words());
        } catch (NotThePledgingPartyException | NotTheBeneficiaryException e) {
            throw new ForbiddenException(e.getMessage());
        } catch (InvalidDeliveryException e) {
            throw new InvalidInputException("delivery", e.words());
        } catch (CommitmentException e) {
            throw new InvalidInputException("pledge", e.words());
        }
    }

    private List<String> beneficiaries(String rule, List<String> given) {
        List<String> codes = given == null
                ? List.of()
                : given.stream().filter(c -> !blank(c)).toList();
        if (rule.equals("parties")) {
            require(!codes.isEmpty(), "beneficiaries", Message.of("commitments.refused.beneficiaries"));
            return codes.stream()
                    .map(c -> party("beneficiaries", c))
                    .distinct()
                    .sorted()
                    .toList();
        }
        if (rule.equals("members")) {
            require(codes.size() == 1, "beneficiaries", Message.of("commitments.refused.mechanism"));
            return List.of(party("beneficiaries", codes.get(0)));
        }
        return List.of();
    }

    /** The parties that may read a PARTICIPANTS pledge: its beneficiaries as they stand today. */
    List<String> participants(String rule, List<String> codes) {
        if (rule.equals("parties")) {
            return codes;
        }
        if (rule.equals("members")) {
            return registry.currentMembers(codes.get(0));
        }
        BeneficiaryRule.InGroup group = new BeneficiaryRule.InGroup(PledgeRow.group(rule));
        List<String> countries = new ArrayList<>();
        for (PartyKind kind : List.of(PartyKind.STATE, PartyKind.TERRITORY)) {
            registry.search(new PartyQuery(null, kind, null, null, null, "en", 0, 500)).items().stream()
                    .map(PartySummary::code)
                    .filter(c -> group.covers(PartyCode.of(c), attributes))
                    .forEach(countries::add);
        }
        return countries;
    }

    private List<String> areas(List<String> given) {
        List<String> areas = given == null
                ? List.of()
                : given.stream().filter(a -> !blank(a)).map(String::strip).toList();
        List<String> unknown = taxonomy.unknown(TermKind.PRIORITY_AREA, areas);
        require(
                unknown.isEmpty(),
                "priorityAreas",
                Message.of("commitments.refused.priorityAreas", String.join(", ", unknown)));
        return areas.stream().distinct().toList();
    }

    private String party(String field, String code) {
        return registry.find(code.strip())
                .map(PartySummary::code)
                .orElseThrow(() -> new InvalidInputException(field, Message.of("form.refused.noParty", code)));
    }

    static UnitKind unitKind(String unit) {
        try {
            return UnitKind.valueOf(
                    unit.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (RuntimeException e) {
            throw new InvalidInputException(
                    "unit", Message.of("commitments.refused.unit", "training_places, money, items, experts, days"));
        }
    }

    private static String currency(UnitKind kind, String currency) {
        if (kind != UnitKind.MONEY) {
            require(blank(currency), "currency", Message.of("commitments.refused.noCurrency"));
            return null;
        }
        try {
            return Currency.getInstance(currency.strip().toUpperCase(Locale.ROOT))
                    .getCurrencyCode();
        } catch (RuntimeException e) {
            throw new InvalidInputException("currency", Message.of("commitments.refused.currency"));
        }
    }

    static void require(boolean condition, String field, Message reason) {
        if (!condition) {
            throw new InvalidInputException(field, reason);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
