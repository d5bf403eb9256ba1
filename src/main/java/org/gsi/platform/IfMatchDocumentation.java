package org.gsi.platform;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Says in the OpenAPI document what every operation taking {@code If-Match} does with it: the header is required
 * (428 without it) and must name the version last read (412 otherwise, with the current ETag). The operations
 * check it with {@link Versions#check} in the transaction that writes the change.
 */
@Component
class IfMatchDocumentation implements OperationCustomizer {

    static final String HEADER_DESCRIPTION = "The ETag of the record as you last read it, e.g. \"v3\". Required:"
            + " 428 without it; 412 when the record changed since, with the current version in the ETag header.";

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        if (operation.getParameters() == null) {
            return operation;
        }
        boolean takesIfMatch = false;
        for (Parameter p : operation.getParameters()) {
            if ("header".equals(p.getIn()) && HttpHeaders.IF_MATCH.equalsIgnoreCase(p.getName())) {
                p.setRequired(true);
                p.setDescription(HEADER_DESCRIPTION);
                takesIfMatch = true;
            }
        }
        if (takesIfMatch) {
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            responses.addApiResponse(
                    "412",
                    new ApiResponse()
                            .description("Changed by someone else since you read it: read it again (the ETag"
                                    + " header names the current version) and re-apply your change"));
            responses.addApiResponse("428", new ApiResponse().description("If-Match missing"));
            operation.setResponses(responses);
        }
        return operation;
    }
}
