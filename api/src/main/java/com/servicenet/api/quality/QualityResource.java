package com.servicenet.api.quality;

import com.servicenet.api.platform.Inputs;
import com.servicenet.api.platform.InvalidParameter;
import com.servicenet.api.quality.QualityRepresentations.RankingEntry;
import com.servicenet.api.quality.QualityRepresentations.RankingPage;
import com.servicenet.api.quality.QualityRepresentations.ScorecardView;
import com.servicenet.identity.Roles;
import com.servicenet.network.entity.OutletStatus;
import com.servicenet.persistence.Moments;
import com.servicenet.quality.control.CallbackSampling;
import com.servicenet.quality.control.FaultWarning;
import com.servicenet.quality.control.FaultWarnings;
import com.servicenet.quality.control.QualityRollup;
import com.servicenet.quality.control.RankingFilter;
import com.servicenet.quality.control.RankingRow;
import com.servicenet.quality.control.Scorecards;
import com.servicenet.quality.entity.QualityRules;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The three controlled rates: scorecards (HQ any outlet's, an outlet its own with its rank and nothing of others),
 * the network ranking (paged, or as a CSV that streams), early warnings, and HQ's recompute and sampling runs.
 */
@Path("quality")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class QualityResource {

    /** A calendar month as the quality parameters take it. */
    private static final String MONTH = "^[0-9]{4}-(0[1-9]|1[0-2])$";

    private static final String CSV_HEADER = "network_rank,outlet_code,outlet_name,status,province,province_rank,closed,requests,"
            + "missed,complaints,callbacks,dissatisfied,complaint_rate,omission_rate,dissatisfaction_rate,overcharged,"
            + "charged_in_warranty,repeats,quality_index,watched\n";

    @Inject
    Scorecards scorecards;

    @Inject
    QualityRollup rollup;

    @Inject
    CallbackSampling sampling;

    @Inject
    FaultWarnings warnings;

    @Inject
    @ConfigProperty(name = "servicenet.quality.sampling-lag", defaultValue = "60")
    long samplingLag;

    @GET
    @Path("scorecards/{outletId}")
    @RolesAllowed({Roles.HQ_QUALITY, Roles.HQ_NETWORK_ADMIN})
    @Operation(summary = "An outlet's scorecard: rates over HQ's watch months up to `until` (default this month), rank, 12-month trend")
    @APIResponse(responseCode = "404", description = "No such outlet")
    public ScorecardView scorecard(@PathParam("outletId") long outletId, @Parameter(description = "Last month, yyyy-mm", schema = @Schema(type = SchemaType.STRING, pattern = MONTH)) @QueryParam("until") String until) {
        return ScorecardView.of(scorecards.scorecard(outletId, month("until", until, thisMonth())));
    }

    @GET
    @Path("scorecard")
    @RolesAllowed({Roles.OUTLET_MANAGER})
    @Operation(summary = "The caller's own outlet's scorecard, with its rank and how many are ranked")
    public ScorecardView own(@Parameter(description = "Last month, yyyy-mm", schema = @Schema(type = SchemaType.STRING, pattern = MONTH)) @QueryParam("until") String until) {
        return ScorecardView.of(scorecards.own(month("until", until, thisMonth())));
    }

    @GET
    @Path("ranking")
    @RolesAllowed({Roles.HQ_QUALITY, Roles.HQ_NETWORK_ADMIN})
    @Operation(summary = "The serving outlets ranked by their quality index over the months from..to (default the last 3), best first")
    public RankingPage ranking(@Parameter(description = "First month, yyyy-mm", schema = @Schema(type = SchemaType.STRING, pattern = MONTH)) @QueryParam("from") String from,
                               @Parameter(description = "Last month, yyyy-mm", schema = @Schema(type = SchemaType.STRING, pattern = MONTH)) @QueryParam("to") String to, @QueryParam("province") Long province,
                               @QueryParam("status") OutletStatus status,
                               @QueryParam("watched") @DefaultValue("false") boolean watched,
                               @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        Inputs.between("first", first, 0, Integer.MAX_VALUE);
        Inputs.between("max", max, 1, 500);
        Scorecards.Page page = scorecards.ranking(filter(from, to, province, status, watched), first, max);
        long size = page.rows().isEmpty() ? 0 : page.rows().get(0).networkSize();
        return new RankingPage(page.rows().stream().map(RankingEntry::of).toList(), page.total(), size);
    }

    @GET
    @Path("ranking.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.HQ_QUALITY, Roles.HQ_NETWORK_ADMIN})
    @Operation(summary = "The whole ranking as CSV (UTF-8), streamed row by row as the database sends it")
    public Response rankingCsv(@Parameter(description = "First month, yyyy-mm", schema = @Schema(type = SchemaType.STRING, pattern = MONTH)) @QueryParam("from") String from,
                               @Parameter(description = "Last month, yyyy-mm", schema = @Schema(type = SchemaType.STRING, pattern = MONTH)) @QueryParam("to") String to, @QueryParam("province") Long province,
                               @QueryParam("status") OutletStatus status,
                               @QueryParam("watched") @DefaultValue("false") boolean watched) {
        RankingFilter filter = filter(from, to, province, status, watched);
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, UTF_8), 1 << 16);
            writer.write(CSV_HEADER);
            try {
                scorecards.exportRanking(filter, row -> line(writer, row));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.flush();
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"ranking-" + filter.from() + "-" + filter.to() + ".csv\"")
                .build();
    }

    private static void line(Writer writer, RankingRow r) {
        try {
            writer.write(r.networkRank() + "," + csv(r.outletCode()) + "," + csv(r.outletName()) + "," + r.outletStatus() + ","
                    + csv(r.province() == null ? "" : r.province().simplified()) + "," + r.provinceRank() + ","
                    + r.counts().closed() + "," + r.counts().requests() + "," + r.counts().missed() + "," + r.counts().complaints() + ","
                    + r.counts().callbacks() + "," + r.counts().dissatisfied() + "," + plain(r.counts().complaintRate()) + ","
                    + plain(r.counts().omissionRate()) + "," + plain(r.counts().dissatisfactionRate()) + "," + r.counts().overcharged() + ","
                    + r.counts().chargedInWarranty() + "," + r.counts().repeats() + "," + plain(r.qualityIndex()) + "," + r.watched() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    /** RFC 4180 quoting, and a leading =, +, - or @ defused so a spreadsheet does not run it as a formula. */
    static String csv(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("'")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    @POST
    @Path("recompute")
    @RolesAllowed(Roles.HQ_QUALITY)
    @Operation(summary = "Recompute one month's counts from the facts (month=YYYY-MM), or without month what the job does now")
    @APIResponse(responseCode = "200", description = "What the run did: outlet-months written, warnings raised or updated, "
            + "outlets put on the replacement-candidate list, and how long it took",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    example = "{\"ran\": true, \"outletMonths\": 18046, \"warnings\": 1, \"candidates\": 0, \"millis\": 26142}"))
    public QualityRollup.Run recompute(@Parameter(description = "The month, yyyy-mm", schema = @Schema(type = SchemaType.STRING, pattern = MONTH)) @QueryParam("month") String month) {
        if (month == null) {
            return rollup.refresh(Moments.now());
        }
        long started = System.nanoTime();
        int rows = rollup.recompute(month("month", month, null), Moments.now());
        return new QualityRollup.Run(true, rows, 0, 0, (System.nanoTime() - started) / 1_000_000);
    }

    @POST
    @Path("callback-sampling")
    @RolesAllowed(Roles.HQ_QUALITY)
    @Operation(summary = "Queue callbacks for every repair closed since the last run, now (the job does this every few minutes)")
    @APIResponse(responseCode = "200", description = "How many closed repairs the run considered and how many it queued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, example = "{\"ran\": true, \"considered\": 120, \"queued\": 27}"))
    public CallbackSampling.Run sample() {
        // the job's lag too: a repair whose closing has not committed yet must not fall behind the watermark
        return sampling.sample(samplingLag);
    }

    @GET
    @Path("warnings")
    @RolesAllowed({Roles.HQ_QUALITY, Roles.HQ_NETWORK_ADMIN})
    @Operation(summary = "Early warnings of recurring faults per product model, newest first (open=true: not yet acknowledged)")
    public List<FaultWarning> warnings(@QueryParam("open") @DefaultValue("false") boolean open) {
        return warnings.list(open);
    }

    @POST
    @Path("warnings/{id}/acknowledgement")
    @RolesAllowed(Roles.HQ_QUALITY)
    @APIResponse(responseCode = "204", description = "Acknowledged")
    @APIResponse(responseCode = "404", description = "No such warning")
    public void acknowledge(@PathParam("id") long id) {
        warnings.acknowledge(id);
    }

    private static RankingFilter filter(String from, String to, Long province, OutletStatus status, boolean watched) {
        YearMonth last = month("to", to, thisMonth());
        return new RankingFilter(month("from", from, last.minusMonths(2)), last, province, status, watched);
    }

    private static YearMonth thisMonth() {
        return QualityRules.month(Moments.now());
    }

    static YearMonth month(String parameter, String value, YearMonth absent) {
        if (value == null || value.isBlank()) {
            if (absent == null) {
                throw new InvalidParameter(parameter, "parameter.month");
            }
            return absent;
        }
        String text = value.strip();
        YearMonth month;
        try {
            // four-digit years only: YearMonth also reads -5000-01 and +99999-01, which PostgreSQL cannot store
            month = text.matches("\\d{4}-\\d{2}") ? YearMonth.parse(text) : null;
        } catch (DateTimeParseException e) {
            month = null;
        }
        if (month == null || month.isBefore(EARLIEST) || month.isAfter(thisMonth().plusYears(1))) {
            throw new InvalidParameter(parameter, "parameter.month");
        }
        return month;
    }

    /** Months outside these hold no facts of the platform's. */
    private static final YearMonth EARLIEST = YearMonth.of(2000, 1);
}
