package org.warledger.casualty;

import org.junit.jupiter.api.Test;
import org.warledger.testing.ServiceLayers;

/** casualty-service keeps the layering of every Warledger service: rest → service → repository → domain. */
class ArchitectureTest {

    @Test
    void layersPointOneWayWithoutCyclesAndOnlyRestSpeaksHttp() {
        ServiceLayers.check("org.warledger.casualty");
    }
}
