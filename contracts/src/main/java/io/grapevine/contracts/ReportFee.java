package io.grapevine.contracts;

/** A fee as one report in the evidence trail stated it. */
public record ReportFee(double amount, String currency, Double amountEur) {
}
