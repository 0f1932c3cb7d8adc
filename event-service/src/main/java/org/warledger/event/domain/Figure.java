package org.warledger.event.domain;

/**
 * A number as it was stated, with the bounds derived from its wording (see {@code FigureRules}): {@code qualifier} with
 * {@code value} (or {@code low}/{@code high} for {@code RANGE}) as stated, {@code low}, {@code best} and {@code high}
 * derived; {@code word} the vague word of an UNQUANTIFIED figure ("thousands of soldiers"). Stored as JSON inside an
 * event's quantities, in exactly these fields. Every stated number lies from 0 to {@link #MAX}, so that derived bounds
 * never overflow.
 */
public record Figure(Qualifier qualifier, Long value, Long low, Long best, Long high, String word) {

    /** The largest number a figure may state: 10^12, far above any count of people or equipment. */
    public static final long MAX = 1_000_000_000_000L;
}
