package io.doran.chat.adapters.web.rest;

import static io.doran.chat.domain.error.ErrorCode.LIMIT_TOO_LARGE;
import static io.doran.chat.domain.error.ErrorCode.VALIDATION_FAILED;

import io.doran.chat.adapters.web.docs.Problems;
import io.doran.chat.adapters.web.http.DecimalNumbers;
import io.doran.chat.application.port.in.ReportUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reports of every room for trust-and-safety services (issue 18), behind the service token like the internal API. */
@Tag(name = "Internal API", description = "Other services of the product, with the service token.")
@RestController
class InternalReportsController {

    private final ReportUseCase reports;

    InternalReportsController(ReportUseCase reports) {
        this.reports = reports;
    }

    @Operation(summary = "Every room's reports, newest first")
    @Problems({VALIDATION_FAILED, LIMIT_TOO_LARGE})
    @GetMapping("/api/internal/v1/reports")
    ModerationController.Reports reports(
            @Parameter(schema = @Schema(type = "integer")) @RequestParam(required = false) String limit) {
        return new ModerationController.Reports(reports.allReports(DecimalNumbers.count("limit", limit, 50)));
    }
}
