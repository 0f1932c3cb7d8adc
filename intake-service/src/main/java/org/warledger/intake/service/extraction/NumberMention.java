package org.warledger.intake.service.extraction;

import java.math.BigDecimal;

/**
 * A number in a sentence: tokens {@code first} to {@code last} (inclusive) hold it, its wording starts at
 * {@code wordingFirst} (the qualifier's first token, or {@code first}). {@code value} is null for a vague word, which
 * is kept in {@code word}; a range has {@code low} and {@code high}. {@code currency} is set when the number is an
 * amount of money; {@code notAFigure} says why a number is not a count (a year, a date, an ordinal, a measurement, a
 * share), or is null.
 */
public record NumberMention(int first, int last, int wordingFirst, BigDecimal value, String word, BigDecimal low,
        BigDecimal high, String qualifier, String qualifierRule, String currency, int currencyToken,
        String notAFigure) {

    public boolean isMoney() {
        return currency != null;
    }

    public boolean isCount() {
        return notAFigure == null && currency == null;
    }

    public boolean isVague() {
        return word != null;
    }

    NumberMention withCurrency(String code, int token, int last) {
        return new NumberMention(first, Math.max(this.last, last), wordingFirst, value, word, low, high, qualifier,
                qualifierRule, code, token, notAFigure);
    }

    NumberMention notAFigure(String why) {
        return new NumberMention(first, last, wordingFirst, value, word, low, high, qualifier, qualifierRule, currency,
                currencyToken, why);
    }
}
