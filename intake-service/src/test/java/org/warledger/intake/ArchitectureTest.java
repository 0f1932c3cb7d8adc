package org.warledger.intake;

import org.junit.jupiter.api.Test;
import org.warledger.testing.ServiceLayers;

/** The layers point one way: rest → service → repository → domain, and nothing below rest speaks HTTP. */
class ArchitectureTest {

    @Test
    void layersPointOneWayWithoutCycles() {
        ServiceLayers.check("org.warledger.intake");
    }
}
