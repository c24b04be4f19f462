package io.grapevine.dedupe.extraction;

import io.grapevine.contracts.Claim;

import java.util.List;

/**
 * What the extractor made of one report.
 *
 * @param claims        the claims, possibly empty
 * @param noClaimReason why there is no claim (null when there are claims): "empty text", "contract extension",
 *                      "no transfer vocabulary", "completed transfer mentioned in passing", "no player named as the
 *                      subject of a transfer", "no destination club"
 * @param language      ISO 639-1 code, as given or detected
 * @param fingerprint   64-bit SimHash of the normalised text, 16 hex digits
 */
public record Extraction(List<Claim> claims, String noClaimReason, String language, String fingerprint) {

    public Extraction {
        claims = List.copyOf(claims);
    }

    public boolean hasClaims() {
        return !claims.isEmpty();
    }
}
