package io.grapevine.query.rest;

import java.util.List;

final class Limits {

    private Limits() {
    }

    /** A limit parameter within 1..200, or a 400 problem. */
    static int parse(String value, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= TransferParams.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.badRequest(List.of(new Problem.InvalidParam("limit",
                "must be an integer between 1 and " + TransferParams.MAX_LIMIT)));
    }
}
