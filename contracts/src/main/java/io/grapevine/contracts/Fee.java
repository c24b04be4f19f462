package io.grapevine.contracts;

/**
 * A sum of money as a report states it.
 *
 * @param amount      the headline amount in {@link #currency} (the midpoint of a range)
 * @param currency    ISO 4217 code
 * @param amountEur   the amount in EUR at the report's date, from the dated rate table
 * @param kind        what the amount is (fee, bid, valuation, release clause, asking price, wage)
 * @param minAmount   lower end of a stated range ("£40-45m"), else the amount
 * @param maxAmount   upper end of a stated range, else the amount
 * @param addOns      add-ons in {@link #currency}, when stated ("€45m plus €5m in add-ons"), else null
 * @param approximate true for "in the region of", "around", "circa"
 */
public record Fee(
        double amount,
        String currency,
        Double amountEur,
        FeeKind kind,
        Double minAmount,
        Double maxAmount,
        Double addOns,
        boolean approximate) {
}
