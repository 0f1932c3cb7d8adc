package org.warledger.casualty.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.warledger.casualty.config.FiguresConfig;
import org.warledger.casualty.domain.Figure;
import org.warledger.casualty.domain.Qualifier;
import org.warledger.platform.figures.VagueWords;

/**
 * Derives {@code low}, {@code best} and {@code high} from a figure's wording, so that figures stated differently can be
 * compared:
 * <ul>
 * <li>{@code EXACT v}: v / v / v</li>
 * <li>{@code APPROXIMATELY v}: floor(v·(1−t)) / v / ceil(v·(1+t)), t =
 * {@code warledger.figures.approximately-tolerance}</li>
 * <li>{@code AT_LEAST v}: v / v / none</li>
 * <li>{@code MORE_THAN v}: v+1 / v+1 / none</li>
 * <li>{@code AT_MOST v}: none / v / v</li>
 * <li>{@code RANGE low–high}: low / value if stated, else none / high</li>
 * <li>{@code UNQUANTIFIED}: no number at all, unless stated with a word of the vocabulary
 * ({@code warledger.figures.vague-words}, see {@link VagueWords}): then that word's lower bound / none / none</li>
 * </ul>
 */
@ApplicationScoped
public class FigureRules {

    private final BigDecimal tolerance;
    private final VagueWords words;

    public FigureRules(FiguresConfig config) {
        this.tolerance = BigDecimal.valueOf(config.approximatelyTolerance());
        this.words = new VagueWords(config.vagueWords());
    }

    public Figure derive(Figure stated) {
        Long v = stated.value();
        Qualifier q = stated.qualifier();
        return switch (q) {
        case EXACT -> new Figure(q, v, v, v, v, null);
        case APPROXIMATELY -> new Figure(q, v, scaled(v, BigDecimal.ONE.subtract(tolerance), RoundingMode.FLOOR), v,
                scaled(v, BigDecimal.ONE.add(tolerance), RoundingMode.CEILING), null);
        case AT_LEAST -> new Figure(q, v, v, v, null, null);
        case MORE_THAN -> new Figure(q, v, Math.addExact(v, 1), Math.addExact(v, 1), null, null);
        case AT_MOST -> new Figure(q, v, null, v, v, null);
        case RANGE -> new Figure(q, v, stated.low(), v, stated.high(), null);
        case UNQUANTIFIED -> {
            String word = stated.word() == null ? null : stated.word().strip();
            yield new Figure(q, null, words.lowerBound(word), null, null, word);
        }
        };
    }

    /**
     * Decimal arithmetic, so that "about 11,000" at 10% is 9,900–12,100 and not 12,101 from binary rounding; exact, so
     * that a result beyond a long fails instead of wrapping (validation keeps stated values far below that).
     */
    private static long scaled(long value, BigDecimal factor, RoundingMode rounding) {
        return BigDecimal.valueOf(value).multiply(factor).setScale(0, rounding).longValueExact();
    }
}
