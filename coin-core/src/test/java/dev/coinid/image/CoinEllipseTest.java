package dev.coinid.image;

import org.junit.jupiter.api.Test;

import java.awt.Shape;

import static org.assertj.core.api.Assertions.assertThat;

/** The ellipse of a coin's rim as a shape to draw. */
class CoinEllipseTest {

    @Test
    void itsShapeLiesAlongItsLongerAxisTurnedByItsAngle() {
        // 40 by 20 about (100, 50), the longer axis at 90 degrees: up and down in the picture
        Shape shape = new CoinEllipse(100, 50, 40, 20, Math.PI / 2).shape();

        assertThat(shape.contains(100, 50)).isTrue();
        assertThat(shape.contains(100, 50 + 38)).as("along the longer axis").isTrue();
        assertThat(shape.contains(100 + 38, 50)).as("across it").isFalse();
        assertThat(shape.contains(100 + 18, 50)).isTrue();
        assertThat(shape.getBounds2D().getWidth()).isCloseTo(40, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(shape.getBounds2D().getHeight()).isCloseTo(80, org.assertj.core.data.Offset.offset(1e-6));
    }
}
