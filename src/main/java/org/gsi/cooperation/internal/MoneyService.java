package org.gsi.cooperation.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gsi.audit.AuditLog;
import org.gsi.cooperation.InvalidFieldException;
import org.gsi.cooperation.ProjectId;
import org.gsi.platform.Actor;
import org.gsi.platform.Actors;
import org.gsi.platform.Message;
import org.gsi.platform.Permission;
import org.gsi.registry.Registry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Funds, the transactions of projects and their totals: exact decimals, currencies never mixed. */
@Service
class MoneyService {

    record FundRequest(String code, String name, String currency, String description) {}

    record ContributionRequest(BigDecimal amount, String currency, LocalDate date) {}

    /** A transaction of an IATI type: incoming-funds, outgoing-commitment, disbursement, expenditure, ... */
    record TransactionRequest(
            String type,
            LocalDate date,
            BigDecimal amount,
            String currency,
            String providerRef,
            String providerName,
            String receiverRef,
            String receiverName,
            String description) {}

    record TransactionView(
            UUID id,
            String type,
            int iatiType,
            LocalDate date,
            BigDecimal amount,
            String currency,
            String providerRef,
            String providerName,
            String receiverRef,
            String receiverName,
            String description) {}

    record TotalView(String type, int year, String currency, BigDecimal amount) {}

    record TransactionsView(List<TransactionView> transactions, List<TotalView> totals) {}

    private final JdbcClient jdbc;
    private final FundStore funds;
    private final ProjectViews views;
    private final AuditLog audit;
    private final Registry registry;

    MoneyService(JdbcClient jdbc, FundStore funds, ProjectViews views, AuditLog audit, Registry registry) {
        this.jdbc = jdbc;
        this.funds = funds;
        this.views = views;
        this.audit = audit;
        this.registry = registry;
    }

    @Transactional
    FundStore.FundView createFund(Actor actor, FundRequest r, boolean demo) {
        actor.require(Permission.EDIT_PARTY_RECORDS, actor.partyCode(), "create-fund", "fund", null);
        if (r.code() == null || !r.code().matches("[a-z0-9][a-z0-9-]{1,60}")) {
            throw new InvalidFieldException("code", Message.of("cooperation.refused.fundCode"));
        }
        if (funds.byCode(r.code()).isPresent()) {
            throw new InvalidFieldException("code", Message.of("cooperation.refused.fundExists", r.code()));
        }
        if (r.name() == null || r.name().isBlank()) {
            throw new InvalidFieldException("name", Message.of("cooperation.refused.fundName"));
        }
        CurrencyCode currency = CurrencyCode.of(r.currency());
        UUID id = UUID.randomUUID();
        funds.insert(id, r.code(), r.name().strip(), actor.partyCode(), currency.value(), r.description(), demo);
        audit.record(actor, "create-fund", "fund", id.toString(), r.name());
        return funds.find(id, actor.partyCode()).orElseThrow();
    }

    @Transactional
    void contribute(Actor actor, UUID fund, ContributionRequest r) {
        actor.require(Permission.EDIT_PARTY_RECORDS, actor.partyCode(), "contribute-to-fund", "fund", fund.toString());
        if (!funds.exists(fund)) {
            throw new org.gsi.platform.NotFoundException("fund", fund.toString());
        }
        Money money = new Money(requireAmount(r.amount()), CurrencyCode.of(r.currency()));
        money.requireNotNegative("amount");
        funds.contribute(
                fund,
                actor.partyCode(),
                money.amount(),
                money.currency().value(),
                r.date() == null ? LocalDate.now() : r.date());
        audit.record(
                actor,
                "contribute-to-fund",
                "fund",
                fund.toString(),
                money.amount().toPlainString() + " " + money.currency());
    }

    @Transactional
    TransactionView addTransaction(Actor actor, ProjectId projectId, TransactionRequest r) {
        Project project = views.readable(projectId, actor.partyCode()).project();
        actor.require(
                Permission.EDIT_PARTY_RECORDS,
                project.initiator().value(),
                "add-transaction",
                "project",
                projectId.toString());
        Transaction t = transaction(r);
        UUID id = UUID.randomUUID();
        insert(id, projectId, t);
        audit.record(
                actor,
                "add-transaction",
                "project",
                projectId.toString(),
                project.initiator().value(),
                t.type().name().toLowerCase(Locale.ROOT) + " "
                        + t.value().amount().toPlainString() + " " + t.value().currency());
        return view(id, t);
    }

    static Transaction transaction(TransactionRequest r) {
        if (r.type() == null || r.type().isBlank()) {
            throw new InvalidFieldException("type", Message.of("cooperation.refused.required"));
        }
        TransactionType type =
                r.type().strip().matches("\\d+") ? TransactionType.fromIatiCode(r.type()) : parseType(r.type());
        if (r.date() == null) {
            throw new InvalidFieldException("date", Message.of("cooperation.refused.required"));
        }
        return new Transaction(
                type,
                r.date(),
                new Money(requireAmount(r.amount()), CurrencyCode.of(r.currency())),
                org(r.providerRef(), r.providerName()),
                org(r.receiverRef(), r.receiverName()),
                Optional.ofNullable(r.description()).filter(s -> !s.isBlank()));
    }

    void insert(UUID id, ProjectId projectId, Transaction t) {
        jdbc.sql("""
                INSERT INTO cooperation_transaction (id, project_id, type, value_date, amount, currency,
                  provider_ref, provider_name, receiver_ref, receiver_name, description)
                VALUES (:id, :project, :type, :date, :amount, :currency, :pref, :pname, :rref, :rname, :description)
                """)
                .param("id", id)
                .param("project", projectId.value())
                .param("type", t.type().name())
                .param("date", Date.valueOf(t.date()))
                .param("amount", t.value().amount())
                .param("currency", t.value().currency().value())
                .param("pref", t.provider().flatMap(OrgRef::ref).orElse(null))
                .param("pname", t.provider().flatMap(OrgRef::name).orElse(null))
                .param("rref", t.receiver().flatMap(OrgRef::ref).orElse(null))
                .param("rname", t.receiver().flatMap(OrgRef::name).orElse(null))
                .param("description", t.description().orElse(null))
                .update();
    }

    TransactionsView transactions(ProjectId projectId) {
        views.readable(projectId);
        List<TransactionView> list = new ArrayList<>();
        List<Transaction> domain = new ArrayList<>();
        jdbc.sql("SELECT * FROM cooperation_transaction WHERE project_id = :id ORDER BY value_date, created_at")
                .param("id", projectId.value())
                .query(rs -> {
                    Transaction t = new Transaction(
                            TransactionType.valueOf(rs.getString("type")),
                            rs.getDate("value_date").toLocalDate(),
                            new Money(rs.getBigDecimal("amount"), CurrencyCode.of(rs.getString("currency"))),
                            org(rs.getString("provider_ref"), rs.getString("provider_name")),
                            org(rs.getString("receiver_ref"), rs.getString("receiver_name")),
                            Optional.ofNullable(rs.getString("description")));
                    domain.add(t);
                    list.add(view(rs.getObject("id", UUID.class), t));
                });
        return new TransactionsView(list, totals(domain));
    }

    List<Transaction> domainTransactions(ProjectId projectId) {
        List<Transaction> domain = new ArrayList<>();
        jdbc.sql("SELECT * FROM cooperation_transaction WHERE project_id = :id ORDER BY value_date, created_at")
                .param("id", projectId.value())
                .query(rs -> {
                    domain.add(new Transaction(
                            TransactionType.valueOf(rs.getString("type")),
                            rs.getDate("value_date").toLocalDate(),
                            new Money(rs.getBigDecimal("amount"), CurrencyCode.of(rs.getString("currency"))),
                            org(rs.getString("provider_ref"), rs.getString("provider_name")),
                            org(rs.getString("receiver_ref"), rs.getString("receiver_name")),
                            Optional.ofNullable(rs.getString("description"))));
                });
        return domain;
    }

    static List<TotalView> totals(List<Transaction> transactions) {
        List<TotalView> out = new ArrayList<>();
        for (Map.Entry<MoneyTotals.Key, BigDecimal> e :
                MoneyTotals.byTypeAndYear(transactions).entrySet()) {
            out.add(new TotalView(
                    slug(e.getKey().type()),
                    e.getKey().year(),
                    e.getKey().currency().value(),
                    e.getValue()));
        }
        return out;
    }

    List<FundStore.FundView> funds() {
        return funds.list(Actors.readerParty());
    }

    FundStore.FundView fund(UUID id) {
        return funds.find(id, Actors.readerParty())
                .orElseThrow(() -> new org.gsi.platform.NotFoundException("fund", id.toString()));
    }

    boolean knownParty(String code) {
        return registry.exists(code);
    }

    private static TransactionView view(UUID id, Transaction t) {
        return new TransactionView(
                id,
                slug(t.type()),
                t.type().iatiCode(),
                t.date(),
                t.value().amount(),
                t.value().currency().value(),
                t.provider().flatMap(OrgRef::ref).orElse(null),
                t.provider().flatMap(OrgRef::name).orElse(null),
                t.receiver().flatMap(OrgRef::ref).orElse(null),
                t.receiver().flatMap(OrgRef::name).orElse(null),
                t.description().orElse(null));
    }

    static String slug(TransactionType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static TransactionType parseType(String value) {
        try {
            return TransactionType.valueOf(
                    value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(
                    "type", Message.of("cooperation.refused.transactionType", String.valueOf(value)));
        }
    }

    private static BigDecimal requireAmount(BigDecimal amount) {
        if (amount == null) {
            throw new InvalidFieldException("amount", Message.of("cooperation.refused.required"));
        }
        return amount;
    }

    private static Optional<OrgRef> org(String ref, String name) {
        boolean none = (ref == null || ref.isBlank()) && (name == null || name.isBlank());
        return none ? Optional.empty() : Optional.of(OrgRef.of(ref, name));
    }
}
