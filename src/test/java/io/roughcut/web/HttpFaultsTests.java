package io.roughcut.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.Fault;
import org.junit.jupiter.api.Test;

class HttpFaultsTests {

    @Test
    void aFailureOnTheServerIsNeverA4xxAndTheCallersNeverA5xx() {
        for (Fault fault : Fault.values()) {
            int status = HttpFaults.status(fault);
            if (fault.isServerSide()) {
                assertThat(status).as(fault.name()).isBetween(500, 599);
            } else {
                assertThat(status).as(fault.name()).isBetween(400, 499);
            }
        }
        assertThat(HttpFaults.status(Fault.STORAGE_FULL)).isEqualTo(507);
        assertThat(HttpFaults.status(Fault.SERVER_IO)).isEqualTo(500);
    }
}
