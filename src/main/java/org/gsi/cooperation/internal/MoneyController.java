package org.gsi.cooperation.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.gsi.cooperation.ProjectId;
import org.gsi.platform.Actors;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Funds and results", description = "Funds, project transactions with totals, results framework")
class MoneyController {

    private final MoneyService money;
    private final ResultService results;

    MoneyController(MoneyService money, ResultService results) {
        this.money = money;
        this.results = results;
    }

    @GetMapping("/api/v1/funds")
    @Operation(summary = "Funds with contributions and the flows of the projects you may read")
    List<FundStore.FundView> funds() {
        return money.funds();
    }

    @GetMapping("/api/v1/funds/{id}")
    FundStore.FundView fund(@PathVariable UUID id) {
        return money.fund(id);
    }

    @PostMapping("/api/v1/funds")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a fund managed by your party")
    FundStore.FundView createFund(@RequestBody MoneyService.FundRequest request) {
        return money.createFund(Actors.required(), request, false);
    }

    @PostMapping("/api/v1/funds/{id}/contributions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a contribution of your party to a fund")
    FundStore.FundView contribute(@PathVariable UUID id, @RequestBody MoneyService.ContributionRequest request) {
        money.contribute(Actors.required(), id, request);
        return money.fund(id);
    }

    @GetMapping("/api/v1/projects/{id}/transactions")
    @Operation(summary = "Transactions of a project with totals by type, year and currency")
    MoneyService.TransactionsView transactions(@PathVariable UUID id) {
        return money.transactions(new ProjectId(id));
    }

    @PostMapping("/api/v1/projects/{id}/transactions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a transaction of a project of your party; amounts are exact decimals")
    MoneyService.TransactionView addTransaction(
            @PathVariable UUID id, @RequestBody MoneyService.TransactionRequest request) {
        return money.addTransaction(Actors.required(), new ProjectId(id), request);
    }

    @GetMapping("/api/v1/projects/{id}/results")
    @Operation(summary = "Results, indicators and periods with progress (0 to 1) rolled up to the project")
    ResultService.ResultsView results(@PathVariable UUID id) {
        return results.results(new ProjectId(id));
    }

    @PostMapping("/api/v1/projects/{id}/results")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a result with its indicators to a project of your party")
    ResultService.ResultView addResult(@PathVariable UUID id, @RequestBody ResultService.ResultRequest request) {
        return results.add(Actors.required(), new ProjectId(id), request);
    }
}
