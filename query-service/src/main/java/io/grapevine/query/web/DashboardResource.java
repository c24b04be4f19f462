package io.grapevine.query.web;

import io.grapevine.contracts.CredibilityPoint;
import io.grapevine.contracts.EvidenceReport;
import io.grapevine.contracts.SourceSnapshot;
import io.grapevine.contracts.TransferSnapshot;
import io.grapevine.query.rest.ProblemException;
import io.grapevine.query.rest.TransferParams;
import io.grapevine.query.service.ClubDirectory;
import io.grapevine.query.service.PipelineMonitor;
import io.grapevine.query.service.ReadModel;
import io.grapevine.query.service.SourceStandings;
import io.grapevine.query.view.StoryEntry;
import io.grapevine.query.view.TransferView;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The ops dashboard: server-rendered pages (Qute) with a little JavaScript for live updates over the stream and for
 * refreshing the pipeline panel.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@TemplateData(target = PipelineMonitor.ServiceStatus.class)
@TemplateData(target = PipelineMonitor.KafkaFigures.class)
@TemplateData(target = PipelineMonitor.Check.class)
@TemplateData(target = TransferParams.class)
@Tag(name = "dashboard")
public class DashboardResource {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final ReadModel readModel;
    private final ClubDirectory clubs;
    private final SourceStandings sources;
    private final PipelineMonitor monitor;
    private final Template index;
    private final Template story;
    private final Template pipeline;

    public DashboardResource(ReadModel readModel, ClubDirectory clubs, SourceStandings sources, PipelineMonitor monitor,
            @Location("dashboard/index.html") Template index, @Location("dashboard/story.html") Template story,
            @Location("dashboard/pipeline.html") Template pipeline) {
        this.readModel = readModel;
        this.clubs = clubs;
        this.sources = sources;
        this.monitor = monitor;
        this.index = index;
        this.story = story;
        this.pipeline = pipeline;
    }

    @GET
    @NonBlocking
    @Operation(summary = "The ops dashboard", hidden = true)
    public TemplateInstance index(@BeanParam TransferParams params) {
        if (params.sort == null || params.sort.isBlank()) {
            params.sort = "heat";
        }
        if (params.limit == null || params.limit.isBlank()) {
            params.limit = "30";
        }
        List<String> errors = new ArrayList<>();
        List<Row> rows = List.of();
        String next = null;
        try {
            TransferParams.Query query = params.query(clubs);
            TransferView.Page page = readModel.view().query(query.filter(), query.sort(), query.limit(), query.cursor());
            rows = page.items().stream().map(DashboardResource::row).toList();
            next = page.nextCursor();
        } catch (ProblemException e) {
            e.invalidParams().forEach(p -> errors.add(p.name() + " " + p.reason()));
        }
        // clubs' official accounts announce rather than rumour: the leaderboard ranks the rumour sources
        List<SourceSnapshot> leaderboard = sources.all().stream()
                .filter(s -> !"official".equals(s.kind()))
                .sorted(Comparator.comparingDouble(SourceSnapshot::reliability).reversed()
                        .thenComparing(Comparator.comparingInt((SourceSnapshot s) -> s.hits() + s.misses()).reversed())
                        .thenComparing(SourceSnapshot::id))
                .limit(12).toList();
        return index.data("rows", rows)
                .data("params", params)
                .data("errors", errors)
                .data("nextCursor", next)
                .data("sources", leaderboard.stream().map(DashboardResource::source).toList())
                .data("p", panel(monitor.latest()))
                .data("stories", readModel.view().size())
                .data("statuses", List.of("rumour", "confirmed", "denied", "collapsed", "expired"))
                .data("stages", List.of("interest", "talks", "bid", "agreement", "medical", "official", "denied", "collapsed"))
                .data("credibilities", List.of("0.25", "0.5", "0.75"))
                .data("sorts", List.of("heat", "credibility", "recent"));
    }

    @GET
    @Path("stories/{id}")
    @NonBlocking
    @Operation(hidden = true)
    public Response story(@PathParam("id") String id) {
        Optional<StoryEntry> entry = readModel.view().get(id);
        if (entry.isEmpty()) {
            Optional<String> target = readModel.view().redirectOf(id);
            if (target.isPresent()) {
                return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create("/stories/" + target.get())).build();
            }
            return Response.status(404).type(MediaType.TEXT_HTML_TYPE)
                    .entity(story.data("s", null).data("id", id).render()).build();
        }
        TransferSnapshot s = entry.get().snapshot();
        return Response.ok(story.data("s", row(entry.get()))
                        .data("id", id)
                        .data("snapshot", s)
                        .data("evidence", s.reports().stream().map(DashboardResource::evidence).toList())
                        .data("explanation", s.explanation().stream()
                                .map(c -> new Factor(c.factor(), String.format(Locale.ROOT, "%+.0f", c.delta() * 100), c.reason()))
                                .toList())
                        .data("chart", Chart.of(s.credibilityHistory()))
                        .data("fee", fee(s))
                        .render(), MediaType.TEXT_HTML_TYPE).build();
    }

    @GET
    @Path("fragments/pipeline")
    @NonBlocking
    @Operation(hidden = true)
    public TemplateInstance pipelineFragment() {
        return pipeline.data("p", panel(monitor.latest()));
    }

    static Row row(StoryEntry e) {
        TransferSnapshot s = e.fields();
        return new Row(s.id(), s.player().name(), s.fromClub() == null ? "?" : s.fromClub().name(),
                s.toClub().name(), lower(s.stage()), lower(s.status()), (int) Math.round(s.credibility() * 100),
                s.reportCount(), s.originCount(), s.lastSeen() == null ? "" : TIME.format(s.lastSeen()), s.window());
    }

    private static String lower(Enum<?> e) {
        return e == null ? "" : e.name().toLowerCase(Locale.ROOT);
    }

    static Evidence evidence(EvidenceReport r) {
        String fee = r.fee() == null ? "" : String.format(Locale.ROOT, "%s %.1fm", r.fee().currency(), r.fee().amount() / 1e6);
        return new Evidence(r.publishedAt() == null ? "" : TIME.format(r.publishedAt()),
                r.source() == null ? "" : r.source().name(), r.origin() == null ? "" : r.origin().name(),
                lower(r.role()), lower(r.stage()), fee, r.quote() == null ? "" : r.quote(), safeLink(r.url()));
    }

    /** Only http(s) links become anchors: a report's URL comes from outside. */
    static String safeLink(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? url.trim() : null;
    }

    static String fee(TransferSnapshot s) {
        if (s.fee() == null || s.fee().amountEur() == null) {
            return "not reported";
        }
        String amount = String.format(Locale.ROOT, "~EUR %.0fm", s.fee().amountEur() / 1e6);
        if (s.fee().minEur() != null && s.fee().maxEur() != null && !s.fee().minEur().equals(s.fee().maxEur())) {
            amount += String.format(Locale.ROOT, " (EUR %.0fm to %.0fm)", s.fee().minEur() / 1e6, s.fee().maxEur() / 1e6);
        }
        return amount;
    }

    static SourceRow source(SourceSnapshot s) {
        return new SourceRow(s.id(), s.name(), s.kind(), (int) Math.round(s.prior() * 100), s.hits(), s.misses(),
                (int) Math.round(s.reliability() * 100));
    }

    static Panel panel(PipelineMonitor.PipelineStatus status) {
        if (status.sampledAt() == null) {
            return new Panel(false, "", null, null, null, List.of());
        }
        List<Dlq> dlq = status.kafka().deadLetters().entrySet().stream().map(e -> new Dlq(e.getKey(), e.getValue())).toList();
        return new Panel(true, TIME.format(status.sampledAt()) + " UTC", status.ingest(), status.dedupe(), status.kafka(), dlq);
    }

    @TemplateData
    public record Row(String id, String player, String from, String to, String stage, String status, int credibility,
            int reports, int origins, String lastSeen, String window) {
    }

    @TemplateData
    public record Evidence(String at, String source, String origin, String role, String stage, String fee, String quote,
            String url) {
    }

    @TemplateData
    public record Factor(String factor, String delta, String reason) {
    }

    @TemplateData
    public record SourceRow(String id, String name, String kind, int prior, int hits, int misses, int reliability) {
    }

    @TemplateData
    public record Dlq(String topic, long count) {
    }

    @TemplateData
    public record Panel(boolean sampled, String at, PipelineMonitor.ServiceStatus ingest,
            PipelineMonitor.ServiceStatus dedupe, PipelineMonitor.KafkaFigures kafka, List<Dlq> deadLetters) {
    }

    /** The credibility-over-time chart as SVG coordinates (600 x 200, 0..100 on the y axis). */
    @TemplateData
    public record Chart(String points, List<Dot> dots, String first, String last) {

        static Chart of(List<CredibilityPoint> history) {
            if (history.isEmpty()) {
                return new Chart("", List.of(), "", "");
            }
            long t0 = history.get(0).at().toEpochMilli();
            long t1 = history.get(history.size() - 1).at().toEpochMilli();
            double span = Math.max(1, t1 - t0);
            StringBuilder points = new StringBuilder();
            List<Dot> dots = new ArrayList<>();
            for (int i = 0; i < history.size(); i++) {
                CredibilityPoint p = history.get(i);
                double x = history.size() == 1 ? 300 : 40 + (p.at().toEpochMilli() - t0) / span * 540;
                double y = 180 - p.credibility() * 160;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                dots.add(new Dot(String.format(Locale.ROOT, "%.1f", x), String.format(Locale.ROOT, "%.1f", y),
                        (int) Math.round(p.credibility() * 100), TIME.format(p.at())));
            }
            return new Chart(points.toString().trim(), dots, TIME.format(Instant.ofEpochMilli(t0)),
                    TIME.format(Instant.ofEpochMilli(t1)));
        }
    }

    @TemplateData
    public record Dot(String x, String y, int value, String at) {
    }
}
