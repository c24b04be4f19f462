package io.grapevine.ingest.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.grapevine.ingest.FieldError;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}); {@code errors} names each bad field by JSON pointer
 * into the request body ({@code /3/text}) and by name ({@code [3].text}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<Violation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One bad field. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Violation(String pointer, String field, Integer index, String detail) {

        static Violation of(FieldError error) {
            return new Violation(error.pointer(), error.name(), error.index(), error.detail());
        }
    }

    public static Problem of(int status, String slug, String title, String detail, String instance) {
        return new Problem("urn:grapevine:problem:" + slug, title, status, detail, instance, null);
    }

    public static Problem ofFields(int status, String slug, String title, String instance, List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).name() + " " + errors.get(0).detail()
                : errors.size() + " problems: " + String.join("; ",
                        errors.stream().limit(5).map(e -> e.name() + " " + e.detail()).toList())
                        + (errors.size() > 5 ? "; ..." : "");
        return new Problem("urn:grapevine:problem:" + slug, title, status, detail, instance,
                errors.stream().map(Violation::of).toList());
    }

    public Response.ResponseBuilder response() {
        return Response.status(status).type(MEDIA_TYPE).entity(this);
    }
}
