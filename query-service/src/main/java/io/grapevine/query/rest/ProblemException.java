package io.grapevine.query.rest;

import java.util.List;
import java.util.Map;

/** Ends a request with a problem+json response. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.InvalidParam> invalidParams;
    private final Map<String, String> headers;

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, null, Map.of());
    }

    public ProblemException(int status, String title, String detail, List<Problem.InvalidParam> invalidParams,
            Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.invalidParams = invalidParams;
        this.headers = headers;
    }

    public static ProblemException badRequest(List<Problem.InvalidParam> invalid) {
        String detail = invalid.size() == 1 ? invalid.get(0).name() + ": " + invalid.get(0).reason()
                : invalid.size() + " parameters are invalid";
        return new ProblemException(400, "Invalid request parameters", detail, List.copyOf(invalid), Map.of());
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not found", detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.InvalidParam> invalidParams() {
        return invalidParams;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
