package org.gsi.cooperation.internal;

import java.math.BigDecimal;
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
import org.gsi.platform.Message;
import org.gsi.platform.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The results framework of a project (results, indicators, periods) and its progress roll-up. */
@Service
class ResultService {

    record PeriodRequest(LocalDate start, LocalDate end, BigDecimal target, BigDecimal actual) {}

    /** An indicator; measure is unit, percentage, nominal, ordinal or qualitative. */
    record IndicatorRequest(
            Map<String, String> title,
            String measure,
            Boolean ascending,
            BigDecimal baseline,
            Integer baselineYear,
            BigDecimal target,
            List<PeriodRequest> periods) {}

    /** A result; type 1 output, 2 outcome, 3 impact, 9 other. */
    record ResultRequest(Map<String, String> title, Integer type, List<IndicatorRequest> indicators) {}

    record ResultView(UUID id, ResultRequest result, List<BigDecimal> indicatorProgress) {}

    record ResultsView(List<ResultView> results, BigDecimal progress) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ProjectViews views;
    private final ProjectStore store;
    private final AuditLog audit;

    ResultService(JdbcClient jdbc, JsonMapper json, ProjectViews views, ProjectStore store, AuditLog audit) {
        this.jdbc = jdbc;
        this.json = json;
        this.views = views;
        this.store = store;
        this.audit = audit;
    }

    @Transactional
    ResultView add(Actor actor, ProjectId projectId, ResultRequest r) {
        Project project = views.readable(projectId, actor.partyCode()).project();
        actor.require(
                Permission.EDIT_PARTY_RECORDS,
                project.initiator().value(),
                "add-result",
                "project",
                projectId.toString());
        Result result = result(r);
        UUID id = UUID.randomUUID();
        jdbc.sql(
                        "INSERT INTO cooperation_result (id, project_id, position, body) VALUES (:id, :project,"
                                + " (SELECT count(*) FROM cooperation_result WHERE project_id = :project), CAST(:body AS jsonb))")
                .param("id", id)
                .param("project", projectId.value())
                .param("body", json.writeValueAsString(r))
                .update();
        store.setProgress(projectId, ProgressRollup.project(domainResults(projectId)));
        audit.record(
                actor,
                "add-result",
                "project",
                projectId.toString(),
                project.initiator().value(),
                ProjectViews.title(result.title(), "en"));
        return view(id, r);
    }

    ResultsView results(ProjectId projectId) {
        views.readable(projectId);
        List<ResultView> out = new ArrayList<>();
        List<Result> domain = new ArrayList<>();
        stored(projectId).forEach((id, r) -> {
            out.add(view(id, r));
            domain.add(result(r));
        });
        return new ResultsView(out, ProgressRollup.project(domain).orElse(null));
    }

    List<Result> domainResults(ProjectId projectId) {
        return stored(projectId).values().stream().map(ResultService::result).toList();
    }

    private Map<UUID, ResultRequest> stored(ProjectId projectId) {
        Map<UUID, ResultRequest> out = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT id, body FROM cooperation_result WHERE project_id = :id ORDER BY position")
                .param("id", projectId.value())
                .query(rs -> {
                    out.put(rs.getObject(1, UUID.class), json.readValue(rs.getString(2), ResultRequest.class));
                });
        return out;
    }

    private static ResultView view(UUID id, ResultRequest r) {
        return new ResultView(
                id,
                r,
                result(r).indicators().stream()
                        .map(i -> ProgressRollup.indicator(i).orElse(null))
                        .toList());
    }

    static Result result(ResultRequest r) {
        int type = r.type() == null ? 1 : r.type();
        if (type != 1 && type != 2 && type != 3 && type != 9) {
            throw new InvalidFieldException("type", Message.of("cooperation.refused.resultType"));
        }
        List<Indicator> indicators = r.indicators() == null
                ? List.of()
                : r.indicators().stream().map(ResultService::indicator).toList();
        return new Result(ProjectForm.text(r.title(), "result.title"), type, indicators);
    }

    private static Indicator indicator(IndicatorRequest i) {
        IndicatorMeasure measure;
        try {
            measure = IndicatorMeasure.valueOf(
                    (i.measure() == null ? "unit" : i.measure()).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(
                    "measure", Message.of("cooperation.refused.indicatorMeasure", String.valueOf(i.measure())));
        }
        List<IndicatorPeriod> periods = i.periods() == null
                ? List.of()
                : i.periods().stream()
                        .map(p -> {
                            if (p.start() == null || p.end() == null) {
                                throw new InvalidFieldException(
                                        "period", Message.of("cooperation.refused.periodBounds"));
                            }
                            return new IndicatorPeriod(
                                    p.start(),
                                    p.end(),
                                    Optional.ofNullable(p.target()),
                                    Optional.ofNullable(p.actual()));
                        })
                        .toList();
        return new Indicator(
                ProjectForm.text(i.title(), "indicator.title"),
                measure,
                i.ascending() == null || i.ascending(),
                Optional.ofNullable(i.baseline()),
                Optional.ofNullable(i.baselineYear()),
                Optional.ofNullable(i.target()),
                periods);
    }
}
