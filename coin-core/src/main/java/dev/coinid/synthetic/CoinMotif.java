package dev.coinid.synthetic;

import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.EnumMap;
import java.util.Map;

/**
 * The design struck in the centre of a synthetic coin: one per class, told apart by shape alone
 * (never by colour or size), so a model must look at the motif to classify. Shapes are drawn in
 * unit coordinates (they fit in a circle of radius 1 around the origin).
 */
enum CoinMotif {
    STAR {
        @Override
        Shape shape() {
            Path2D.Double star = new Path2D.Double();
            for (int i = 0; i < 10; i++) {
                double radius = i % 2 == 0 ? 1.0 : 0.42;
                double angle = -Math.PI / 2 + i * Math.PI / 5;
                point(star, i, radius * Math.cos(angle), radius * Math.sin(angle));
            }
            star.closePath();
            return star;
        }
    },
    CROSS {
        @Override
        Shape shape() {
            Area cross = new Area(new Rectangle2D.Double(-0.95, -0.19, 1.9, 0.38));
            cross.add(new Area(new Rectangle2D.Double(-0.19, -0.95, 0.38, 1.9)));
            return cross;
        }
    },
    RING_OF_DOTS {
        @Override
        Shape shape() {
            Area dots = new Area();
            for (int i = 0; i < 7; i++) {
                double angle = i * 2 * Math.PI / 7;
                dots.add(new Area(new Ellipse2D.Double(0.72 * Math.cos(angle) - 0.2, 0.72 * Math.sin(angle) - 0.2, 0.4, 0.4)));
            }
            return dots;
        }
    },
    TRIANGLE {
        @Override
        Shape shape() {
            Path2D.Double triangle = new Path2D.Double();
            for (int i = 0; i < 3; i++) {
                double angle = -Math.PI / 2 + i * 2 * Math.PI / 3;
                point(triangle, i, Math.cos(angle), Math.sin(angle));
            }
            triangle.closePath();
            return triangle;
        }
    },
    BARS {
        @Override
        Shape shape() {
            Area bars = new Area();
            for (int i = -1; i <= 1; i++) {
                bars.add(new Area(new Rectangle2D.Double(i * 0.58 - 0.13, -0.85, 0.26, 1.7)));
            }
            return bars;
        }
    },
    CRESCENT {
        @Override
        Shape shape() {
            Area crescent = new Area(new Ellipse2D.Double(-0.95, -0.95, 1.9, 1.9));
            crescent.subtract(new Area(new Ellipse2D.Double(-0.45, -0.8, 1.6, 1.6)));
            return crescent;
        }
    },
    SQUARE_FRAME {
        @Override
        Shape shape() {
            Area frame = new Area(new Rectangle2D.Double(-0.72, -0.72, 1.44, 1.44));
            frame.subtract(new Area(new Rectangle2D.Double(-0.4, -0.4, 0.8, 0.8)));
            return frame;
        }
    },
    CHEVRON {
        @Override
        Shape shape() {
            Path2D.Double chevron = new Path2D.Double();
            double[][] points = {{-0.9, -0.6}, {0.0, 0.3}, {0.9, -0.6}, {0.9, 0.0}, {0.0, 0.9}, {-0.9, 0.0}};
            for (int i = 0; i < points.length; i++) {
                point(chevron, i, points[i][0], points[i][1]);
            }
            chevron.closePath();
            return chevron;
        }
    };

    /** Every outline, built once when the class loads and then only read, so threads may share them. */
    private static final Map<CoinMotif, Shape> OUTLINES = outlines();

    /** The motif's outline, in unit coordinates. */
    Shape outline() {
        return OUTLINES.get(this);
    }

    private static Map<CoinMotif, Shape> outlines() {
        Map<CoinMotif, Shape> outlines = new EnumMap<>(CoinMotif.class);
        for (CoinMotif motif : values()) {
            outlines.put(motif, motif.shape());
        }
        return outlines;
    }

    /** Builds the outline. */
    abstract Shape shape();

    private static void point(Path2D.Double path, int index, double x, double y) {
        if (index == 0) {
            path.moveTo(x, y);
        } else {
            path.lineTo(x, y);
        }
    }
}
