package io.tailor.decision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tailor.security.CurrentIdentity;
import io.tailor.web.AbortedStreams;
import io.tailor.web.ApiException;
import io.tailor.web.ProblemStatuses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.exc.JacksonIOException;

/** {@code GET /decisions}: the decision log as DSJSON lines, for offline evaluation (service role). */
@RestController
@Tag(name = "Decisions", description = "Every plan item as a logged decision, for offline policy evaluation")
class DecisionController {

    static final String JSON_LINES = "application/x-ndjson";

    private static final Logger log = LoggerFactory.getLogger(DecisionController.class);

    private final DecisionExport export;

    DecisionController(DecisionExport export) {
        this.export = export;
    }

    @GetMapping(value = "/api/v1/decisions", produces = JSON_LINES)
    @Operation(
            operationId = "getDecisions",
            summary = "The decision log as DSJSON lines (service role)",
            description = "One line per plan item planned on a date from `from` to `to`, in Vowpal Wabbit's"
                    + " DSJSON shape for --cb_explore_adf: EventId (the plan item id), Timestamp, a (1-based"
                    + " candidate indices, the chosen one first), p (their probabilities, same order),"
                    + " _label_cost (-1 done, 0 skipped or not reported), _label_probability, _label_Action,"
                    + " _labelIndex, c (the slot's context with _multi, one object per candidate) and VWState.m"
                    + " (the policy). Items replaced by a regeneration are left out, and so are items whose"
                    + " outcome is not known yet unless include_pending=true. Streams in constant memory.",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "DSJSON lines, one decision a line; no lines when none match",
                            content = @Content(mediaType = JSON_LINES)))
    @ProblemStatuses({400, 403})
    void decisions(
            @Parameter(description = "first plan date, YYYY-MM-DD")
                    @RequestParam
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = "last plan date, YYYY-MM-DD")
                    @RequestParam
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to,
            @Parameter(description = "only decisions made in this experiment") @RequestParam
                    Optional<String> experiment,
            @Parameter(description = "only decisions made in this arm") @RequestParam Optional<String> arm,
            @Parameter(description = "also items whose outcome is not known yet")
                    @RequestParam(name = "include_pending", defaultValue = "false")
                    boolean includePending,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        if (!CurrentIdentity.require().isService()) {
            throw ApiException.forbidden("The decision log spans all users: it needs the service role");
        }
        if (to.isBefore(from)) {
            throw ApiException.invalid("to", "must not be before from");
        }
        response.setContentType(JSON_LINES);
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        // a line is about 3 KB: bigger writes to the socket cost less system time per line
        response.setBufferSize(1 << 16);
        OutputStream out = response.getOutputStream();
        try {
            export.write(new DecisionExport.Query(from, to, experiment, arm, includePending), out);
            out.flush();
        } catch (RuntimeException e) {
            if (!response.isCommitted()) {
                // nothing went out: the lines buffered give way to the problem
                response.reset();
                throw e;
            }
            if (e instanceof JacksonIOException) {
                log.info("A decision export ended early: the client went away ({})", e.getMessage());
            } else {
                log.error("A decision export failed after its first lines: the connection is cut", e);
            }
            AbortedStreams.abort(request, e);
        }
    }
}
