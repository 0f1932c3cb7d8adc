package org.warledger.platform.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NdjsonBudgetTest {

    @Test
    void aLineListsAtMostItsShareAndOnceTheReportsTotalIsSpentOnlyItsFirstViolation() {
        Ndjson.Budget budget = new Ndjson.Budget(10, 25);
        assertEquals(10, budget.take(150));
        assertEquals(3, budget.take(3));
        assertEquals(10, budget.take(50));
        assertEquals(2, budget.take(50));
        assertEquals(1, budget.take(50));
        assertEquals(1, budget.take(1));
        assertEquals(1, budget.take(7));
    }
}
