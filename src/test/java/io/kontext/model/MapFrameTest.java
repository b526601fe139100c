package io.kontext.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MapFrameTest {

    private static final List<LonLat> KOREA = List.of(new LonLat(125.75, 39.03));

    @Test
    void holdsTheShippedExplainersRegionFromUkraineToKorea() {
        MapFrame f = MapFrame.UKRAINE_TO_KOREA;
        assertThat(f.centralMeridian()).isEqualTo(85);
        assertThat(f.parallel1()).isEqualTo(40);
        assertThat(f.parallel2()).isEqualTo(60);
        assertThat(f.region()).hasSize(9).contains(new LonLat(22.14, 48.42), new LonLat(129.08, 35.1));
    }

    @Test
    void keepsItsOwnCopyOfTheRegion() {
        List<LonLat> region = new ArrayList<>(KOREA);
        MapFrame f = new MapFrame(85, 40, 60, region, 0.05, 0.05);
        region.add(new LonLat(0, 0));
        assertThat(f.region()).hasSize(1);
    }

    @Test
    void refusesFramesTheProjectionCannotDraw() {
        assertThatThrownBy(() -> new MapFrame(85, 40, 60, List.of(), 0.05, 0.05)).hasMessageContaining("point");
        assertThatThrownBy(() -> new MapFrame(85, 40, 40, KOREA, 0.05, 0.05)).hasMessageContaining("cone");
        assertThatThrownBy(() -> new MapFrame(85, 30, -30, KOREA, 0.05, 0.05)).hasMessageContaining("cone");
        assertThatThrownBy(() -> new MapFrame(85, 40, 90, KOREA, 0.05, 0.05)).hasMessageContaining("cone");
        assertThatThrownBy(() -> new MapFrame(85, 40, 60, KOREA, 0.5, 0.05)).hasMessageContaining("margins");
        assertThatThrownBy(() -> new MapFrame(85, 40, 60, KOREA, 0.05, -0.1)).hasMessageContaining("margins");
    }
}
