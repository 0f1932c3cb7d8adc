package org.warledger.intake.service.extraction;

/**
 * Who a statement is attributed to: the claimant as written ({@code name}, tokens {@code first}..{@code last}), the
 * token of the marker that attributes it ("according to", "said", "estimates from") and the rule. A denial ("did not
 * confirm", "denied") attributes nothing: {@code negated} is set.
 */
public record Attribution(String name, int first, int last, int marker, String rule, boolean negated, boolean carried) {

    Attribution carriedOver() {
        return new Attribution(name, -1, -1, -1, rule + ", carried from the previous sentence", negated, true);
    }
}
