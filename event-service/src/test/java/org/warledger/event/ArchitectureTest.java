package org.warledger.event;

import org.junit.jupiter.api.Test;
import org.warledger.testing.ServiceLayers;

class ArchitectureTest {

    @Test
    void layersPointFromRestThroughServiceAndRepositoryToDomainOnly() {
        ServiceLayers.check("org.warledger.event");
    }
}
