package org.gsi.commitments.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.gsi.audit.AuditLog;
import org.gsi.commitments.Commitments;
import org.gsi.commitments.DeliveryId;
import org.gsi.commitments.DeliveryLink;
import org.gsi.commitments.PledgeId;
import org.gsi.commitments.PledgeStatus;
import org.gsi.commitments.PledgeSummary;
import org.gsi.commitments.ReportDelivery;
import org.gsi.commitments.internal.CommitmentViews.DeliveryRequest;
import org.gsi.commitments.internal.CommitmentViews.DeliveryView;
import org.gsi.commitments.internal.CommitmentViews.PledgeDetail;
import org.gsi.commitments.internal.CommitmentViews.PledgeRequest;
import org.gsi.commitments.internal.CommitmentViews.PledgeUpdate;
import org.gsi.commitments.internal.CommitmentViews.PledgeView;
import org.gsi.platform.Actor;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.PageView;
import org.gsi.platform.Permission;
import org.gsi.platform.StaleVersionException;
import org.gsi.platform.Versions;
import org.gsi.registry.PartyAttributes;
import org.gsi.registry.PartyCode;
import org.gsi.registry.Registry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Pledges and their deliveries: the rules of the domain core, persisted, with access checks and audit. */
@Service
class CommitmentService implements Commitments {

    static final String TYPE = "pledge";

    private final PledgeStore store;
    private final PledgeRequests requests;
    private final PartyAttributes attributes;
    private final Registry registry;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final StatusPolicy policy = StatusPolicy.standard();

    CommitmentService(
            PledgeStore store,
            PledgeRequests requests,
            PartyAttributes attributes,
            Registry registry,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.store = store;
        this.requests = requests;
        this.attributes = attributes;
        this.registry = registry;
        this.audit = audit;
        this.events = events;
    }

    @Transactional(readOnly = true)
    PageView<PledgeView> list(PledgeFilter filter, String reader, int page, int size) {
        PageView.checkPaging(page, size);
        List<PledgeView> items = store.list(filter, reader, page * size, size).stream()
                .map(this::view)
                .toList();
        return new PageView<>(items, page, size, store.count(filter, reader));
    }

    /**
     * One page of the pledges the reader may see, in the order of {@code sort} (one of {@link PledgeStore#ORDERS});
     * by party means by the parties' names in the reader's language, by that language's collation.
     */
    @Transactional(readOnly = true)
    PageView<PledgeView> list(PledgeFilter filter, String reader, String sort, boolean descending, int page, int size) {
        PageView.checkPaging(page, size);
        var names = names();
        List<String> parties = List.of();
        if (sort.equals("party")) {
            com.ibm.icu.text.Collator collator = com.ibm.icu.text.Collator.getInstance(LocaleContextHolder.getLocale());
            parties = store.pledgers(reader).stream()
                    .sorted(java.util.Comparator.comparing(names::apply, collator)
                            .thenComparing(java.util.Comparator.naturalOrder()))
                    .toList();
        }
        List<PledgeView> items = store.list(filter, reader, sort, descending, parties, page * size, size).stream()
                .map(r -> view(r, names))
                .toList();
        return new PageView<>(items, page, size, store.count(filter, reader));
    }

    /**
     * Every pledge the reader may see that passes the filters, newest first, each told to {@code out}: read in
     * batches from one snapshot of the ledger, so that a pledge made or changed meanwhile neither shows twice nor
     * pushes another out.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    void each(PledgeFilter filter, String reader, Consumer<PledgeView> out) {
        for (int offset = 0; ; offset += BATCH) {
            List<PledgeRow> batch = store.list(filter, reader, offset, BATCH);
            batch.forEach(r -> out.accept(view(r)));
            if (batch.size() < BATCH) {
                return;
            }
        }
    }

    private static final int BATCH = 500;

    /** The years the periods of the pledges the reader may see cover, for the ledger's period filter. */
    @Transactional(readOnly = true)
    List<Integer> years(String reader) {
        return store.years(reader);
    }

    @Transactional(readOnly = true)
    PledgeView get(UUID id, String reader) {
        return view(row(id, reader));
    }

    @Transactional(readOnly = true)
    PledgeDetail detail(UUID id, String reader) {
        PledgeRow row = row(id, reader);
        List<DeliveryRow> deliveries = store.deliveries(id);
        Pledge pledge = aggregate(row, deliveries);
        return new PledgeDetail(
                view(row),
                deliveries.stream().map(DeliveryView::of).toList(),
                new ProgressPath(policy).of(pledge, LocalDate.now()));
    }

    @Transactional
    PledgeView create(Actor actor, PledgeRequest request) {
        PledgeRow row = requests.newPledge(actor.partyCode(), request);
        actor.require(
                Permission.SPEAK_FOR_PARTY,
                row.pledger(),
                "create",
                TYPE,
                row.id().toString());
        make(row);
        audit.record(
                actor,
                "create",
                TYPE,
                row.id().toString(),
                row.pledger(),
                "Pledged " + row.target() + " " + row.unit() + ": " + abbreviate(row.text()));
        return get(row.id(), actor.partyCode());
    }

    /** Stores a new pledge once the pledge aggregate accepted its terms, and publishes that it was made. */
    void make(PledgeRow row) {
        Pledge pledge = Pledge.make(new PledgeId(row.id()), row.terms());
        store.insert(row);
        publish(pledge);
    }

    @Transactional
    PledgeView update(Actor actor, UUID id, String ifMatch, PledgeUpdate update) {
        PledgeRow current = row(id, actor.partyCode());
        actor.require(Permission.SPEAK_FOR_PARTY, current.pledger(), "update", TYPE, id.toString());
        Versions.check(ifMatch, TYPE, id.toString(), current.version());
        PledgeRow changed = requests.changed(current, update);
        if (!store.update(changed)) {
            throw new StaleVersionException(TYPE, id.toString(), current.version() + 1);
        }
        audit.record(actor, "update", TYPE, id.toString(), current.pledger(), "Updated the pledge");
        return get(id, actor.partyCode());
    }

    @Transactional
    DeliveryView report(Actor actor, UUID pledgeId, DeliveryRequest request) {
        PledgeRow pledge = row(pledgeId, actor.partyCode());
        actor.require(Permission.SPEAK_FOR_PARTY, pledge.pledger(), "report-delivery", TYPE, pledgeId.toString());
        ReportDelivery report = requests.delivery(pledge, request);
        DeliveryRow row = record(pledge, report, actor.partyCode()).orElseThrow();
        audit.record(
                actor,
                "report-delivery",
                TYPE,
                pledgeId.toString(),
                pledge.pledger(),
                "Delivered " + row.quantity().stripTrailingZeros().toPlainString() + " " + pledge.unit() + " on "
                        + row.date());
        return DeliveryView.of(row);
    }

    /** The beneficiary named on a delivery confirms its receipt; the pledge decides, and tells the pledger. */
    @Transactional
    DeliveryView confirm(Actor actor, UUID pledgeId, UUID deliveryId) {
        actor.require(
                Permission.SPEAK_FOR_PARTY, actor.partyCode(), "confirm-receipt", "delivery", deliveryId.toString());
        PledgeRow pledge = row(pledgeId, actor.partyCode());
        Pledge aggregate = aggregate(pledge, store.deliveries(pledgeId));
        DeliveryId id = new DeliveryId(deliveryId);
        if (aggregate.delivery(id).isEmpty()) {
            throw new NotFoundException("delivery", deliveryId.toString());
        }
        requests.translate(() -> {
            aggregate.confirmReceipt(PartyCode.of(actor.partyCode()), id, LocalDate.now());
            return null;
        });
        LocalDate confirmedOn =
                aggregate.delivery(id).flatMap(Delivery::confirmedOn).orElseThrow();
        if (store.confirm(deliveryId, confirmedOn)) {
            audit.record(
                    actor,
                    "confirm-receipt",
                    "delivery",
                    deliveryId.toString(),
                    pledge.pledger(),
                    actor.partyCode() + " confirmed receipt of a delivery");
            publish(aggregate);
        }
        return DeliveryView.of(store.delivery(pledgeId, deliveryId).orElseThrow());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PledgeSummary> find(PledgeId pledge, String readerParty) {
        return store.find(pledge.value(), readerParty).map(this::summary);
    }

    @Override
    @Transactional
    public Optional<DeliveryId> recordObserved(PledgeId pledgeId, ReportDelivery delivery, String operator) {
        PledgeRow pledge = store.find(pledgeId.value(), delivery.reporter().value())
                .orElseThrow(() -> new NotFoundException(TYPE, pledgeId.value().toString()));
        Optional<DeliveryRow> row = record(pledge, delivery, delivery.reporter().value());
        row.ifPresent(r -> audit.recordSystem(
                operator,
                "report-delivery",
                TYPE,
                pledgeId.value().toString(),
                "Delivered " + r.quantity().stripTrailingZeros().toPlainString() + " " + pledge.unit() + " ("
                        + r.evidence() + ")"));
        return row.map(r -> new DeliveryId(r.id()));
    }

    /**
     * Records the delivery through the pledge, with its ledger loaded and locked: the pledge checks unit, amount,
     * period and beneficiary and ignores a source already counted; the delivery it recorded is stored and its event
     * published.
     */
    private Optional<DeliveryRow> record(PledgeRow pledge, ReportDelivery report, String reporter) {
        store.lock(pledge.id());
        Pledge aggregate = aggregate(pledge, store.deliveries(pledge.id()));
        Optional<DeliveryId> recorded = requests.translate(() -> aggregate.record(report, attributes));
        if (recorded.isEmpty()) {
            return Optional.empty();
        }
        DeliveryRow row = new DeliveryRow(
                recorded.get().value(),
                pledge.id(),
                report.quantity().amount(),
                report.date(),
                report.beneficiary().map(PartyCode::value).orElse(null),
                report.evidence(),
                report.link()
                        .map(l -> l instanceof DeliveryLink.Course ? "course" : "project")
                        .orElse(null),
                report.link().map(CommitmentService::linkId).orElse(null),
                report.sourceKey().orElse(null),
                reporter,
                null);
        if (!store.insertDelivery(row)) {
            return Optional.empty();
        }
        publish(aggregate);
        return Optional.of(row);
    }

    private Pledge aggregate(PledgeRow row, List<DeliveryRow> deliveries) {
        return row.aggregate(deliveries.stream().map(d -> toDelivery(row, d)).toList());
    }

    /** Hands what the pledge recorded to the listeners (the pledger and beneficiaries are told). */
    private void publish(Pledge pledge) {
        pledge.pullEvents().forEach(events::publishEvent);
    }

    private static UUID linkId(DeliveryLink link) {
        return link instanceof DeliveryLink.Course course
                ? course.courseId()
                : ((DeliveryLink.Project) link).projectId();
    }

    private PledgeRow row(UUID id, String reader) {
        return store.find(id, reader).orElseThrow(() -> new NotFoundException(TYPE, id.toString()));
    }

    PledgeView view(PledgeRow r) {
        return view(r, names());
    }

    /** Party names in the reader's language, each looked up once per call. */
    private java.util.function.Function<String, String> names() {
        String lang = LocaleContextHolder.getLocale().getLanguage();
        java.util.Map<String, String> known = new java.util.HashMap<>();
        return code -> known.computeIfAbsent(
                code, c -> registry.find(c).map(p -> p.name(lang)).orElse(c));
    }

    PledgeView view(PledgeRow r, java.util.function.Function<String, String> names) {
        LocalDate today = LocalDate.now();
        PledgeStatus status = policy.status(r.target(), r.period(), r.delivered(), today);
        int percent = r.delivered()
                .multiply(BigDecimal.valueOf(100))
                .divide(r.target(), 0, RoundingMode.DOWN)
                .min(BigDecimal.valueOf(100))
                .intValue();
        return new PledgeView(
                r.id(),
                r.pledger(),
                names.apply(r.pledger()),
                r.text(),
                r.unitKind().toLowerCase(Locale.ROOT),
                r.currency(),
                r.target().stripTrailingZeros(),
                r.delivered().stripTrailingZeros(),
                policy.expected(r.target(), r.period(), today),
                percent,
                status.name().toLowerCase(Locale.ROOT),
                r.periodStart(),
                r.periodEnd(),
                r.priorityAreas(),
                r.beneficiaryRule(),
                r.beneficiaryCodes(),
                r.rule().describe(),
                r.madeAtKind(),
                r.madeAtReference(),
                r.visibility(),
                r.demo(),
                r.version());
    }

    private PledgeSummary summary(PledgeRow r) {
        return new PledgeSummary(
                new PledgeId(r.id()),
                PartyCode.of(r.pledger()),
                r.text(),
                r.unit(),
                r.target(),
                r.delivered(),
                policy.status(r.target(), r.period(), r.delivered(), LocalDate.now()),
                java.util.Set.copyOf(r.priorityAreas()),
                org.gsi.platform.Visibility.valueOf(r.visibility()));
    }

    private static Delivery toDelivery(PledgeRow pledge, DeliveryRow d) {
        return new Delivery(
                new DeliveryId(d.id()),
                new org.gsi.commitments.Quantity(d.quantity(), pledge.unit()),
                d.date(),
                Optional.ofNullable(d.beneficiary()).map(PartyCode::of),
                d.evidence(),
                Optional.empty(),
                Optional.ofNullable(d.sourceKey()),
                Optional.ofNullable(d.confirmedOn()));
    }

    static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
