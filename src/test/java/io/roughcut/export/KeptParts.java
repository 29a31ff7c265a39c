package io.roughcut.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

/** Checks a reader's recomputed times against the kept parts of the cut list, to the frame. */
final class KeptParts {

    private KeptParts() {
    }

    /** Seconds as an exact fraction, from the decimal the cut list holds. */
    static Fraction seconds(double value) {
        BigDecimal d = new BigDecimal(Double.toString(value));
        return new Fraction(d.unscaledValue(), java.math.BigInteger.TEN.pow(Math.max(0, d.scale())))
                .times(d.scale() < 0 ? new Fraction(java.math.BigInteger.TEN.pow(-d.scale()), java.math.BigInteger.ONE)
                        : new Fraction(1, 1));
    }

    /**
     * The part's in and out, read back from the file, lie on the frame grid and within half a frame of the
     * cut list's times: the nearest frame, which is where an editor shows them.
     */
    static void assertOnTheNearestFrames(String what, Fraction in, Fraction out, double[] kept, Fraction frame) {
        assertOnTheNearestFrame(what + " in", in, kept[0], frame);
        assertOnTheNearestFrame(what + " out", out, kept[1], frame);
    }

    static void assertOnTheNearestFrame(String what, Fraction time, double expected, Fraction frame) {
        assertThat(time.dividedBy(frame).isInteger()).as("%s %s s is a whole number of frames of %s s", what,
                time, frame).isTrue();
        Fraction off = time.minus(seconds(expected));
        Fraction distance = off.compareTo(Fraction.ZERO) < 0 ? Fraction.ZERO.minus(off) : off;
        assertThat(distance.compareTo(frame.times(new Fraction(1, 2))) <= 0)
                .as("%s at %s s (%.4f) is the frame nearest %s s", what, time, time.value(), expected).isTrue();
    }
}
