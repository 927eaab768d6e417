package com.servicenet.networkadmin.quality;

import com.servicenet.quality.entity.QualityCounts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The rates as the pages print them: the hand-computed month of QualityRatesTest, and nothing to count. */
class RatesTest {

    @Test
    void theSeededMonthPrintsAsPercentages() {
        QualityCounts june = new QualityCounts(8, 10, 2, 1, 4, 1, 1, 0, 1);
        assertEquals(List.of(new Rates.Line("complaint", "12.50 %", 1, 8), new Rates.Line("omission", "20.00 %", 2, 10),
                new Rates.Line("dissatisfaction", "25.00 %", 1, 4)), Rates.of(june));
    }

    @Test
    void aRateWithNothingToCountIsNotMeasuredNotZero() {
        List<Rates.Line> none = Rates.of(QualityCounts.NONE);
        none.forEach(line -> assertNull(line.percent(), line.key()));
        assertEquals("—", new RateFormat().percent(null));
        assertEquals("0.00 %", Rates.percent(java.math.BigDecimal.ZERO));
    }
}
