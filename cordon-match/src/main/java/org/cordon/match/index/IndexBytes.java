package org.cordon.match.index;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The candidate index's arrays as bytes and back, for the index snapshot: a restart then reads the index instead of
 * building it (building is most of a restart, and runs cold code). Every array goes as its length and then its values
 * in one bulk copy, little-endian; arrays of arrays as their lengths and then every value in one flat run. Nothing here
 * knows what the arrays mean: {@link CandidateIndex}, {@link FuzzyDictionary} and {@link TermDictionary} write and read
 * their own fields in their own order.
 */
final class IndexBytes {
    private IndexBytes() {}

    /** Collects the bytes; grows as needed. */
    static final class Writer {
        private ByteBuffer buf = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);

        private void room(long bytes) {
            if (buf.remaining() >= bytes) return;
            long want = Math.max(buf.capacity() * 2L, buf.position() + bytes);
            if (want > Integer.MAX_VALUE - 8) throw new IllegalStateException("index larger than 2 GB");
            ByteBuffer b = ByteBuffer.allocate((int) want).order(ByteOrder.LITTLE_ENDIAN);
            buf.flip();
            b.put(buf);
            buf = b;
        }

        void i(int v) {
            room(4);
            buf.putInt(v);
        }

        void bool(boolean v) {
            room(1);
            buf.put((byte) (v ? 1 : 0));
        }

        void ints(int[] a) {
            i(a.length);
            room(4L * a.length);
            buf.asIntBuffer().put(a);
            buf.position(buf.position() + 4 * a.length);
        }

        void longs(long[] a) {
            i(a.length);
            room(8L * a.length);
            buf.asLongBuffer().put(a);
            buf.position(buf.position() + 8 * a.length);
        }

        void doubles(double[] a) {
            i(a.length);
            room(8L * a.length);
            buf.asDoubleBuffer().put(a);
            buf.position(buf.position() + 8 * a.length);
        }

        void chars(char[] a) {
            i(a.length);
            room(2L * a.length);
            buf.asCharBuffer().put(a);
            buf.position(buf.position() + 2 * a.length);
        }

        void bytes(byte[] a) {
            i(a.length);
            room(a.length);
            buf.put(a);
        }

        void booleans(boolean[] a) {
            byte[] b = new byte[a.length];
            for (int k = 0; k < a.length; k++) b[k] = (byte) (a[k] ? 1 : 0);
            bytes(b);
        }

        /** Arrays of ints: their lengths, then every value in one run. */
        void intArrays(int[][] a) {
            int[] lengths = new int[a.length];
            int total = 0;
            for (int k = 0; k < a.length; k++) total = Math.addExact(total, lengths[k] = a[k].length);
            ints(lengths);
            int[] flat = new int[total];
            for (int k = 0, at = 0; k < a.length; at += a[k].length, k++) System.arraycopy(a[k], 0, flat, at, a[k].length);
            ints(flat);
        }

        /** Arrays of doubles, as {@link #intArrays}. */
        void doubleArrays(double[][] a) {
            int[] lengths = new int[a.length];
            int total = 0;
            for (int k = 0; k < a.length; k++) total = Math.addExact(total, lengths[k] = a[k].length);
            ints(lengths);
            double[] flat = new double[total];
            for (int k = 0, at = 0; k < a.length; at += a[k].length, k++) System.arraycopy(a[k], 0, flat, at, a[k].length);
            doubles(flat);
        }

        /** Strings: their lengths, then their characters in one run. */
        void strings(String[] a) {
            int[] lengths = new int[a.length];
            int total = 0;
            for (int k = 0; k < a.length; k++) total = Math.addExact(total, lengths[k] = a[k].length());
            ints(lengths);
            char[] flat = new char[total];
            for (int k = 0, at = 0; k < a.length; at += a[k].length(), k++) a[k].getChars(0, a[k].length(), flat, at);
            chars(flat);
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buf.array(), buf.position());
        }
    }

    /**
     * Reads what a {@link Writer} wrote, in the same order. A length that the bytes left cannot hold, or a value out of
     * its range, throws {@link IllegalArgumentException} naming what was being read, before anything is allocated for it.
     */
    static final class Reader {
        private final ByteBuffer buf;
        /** What is being read, for the message of a fault. */
        String where = "index";

        Reader(byte[] bytes, int offset, int length) {
            buf = ByteBuffer.wrap(bytes, offset, length).slice().order(ByteOrder.LITTLE_ENDIAN);
        }

        /** Bytes read so far. */
        int position() {
            return buf.position();
        }

        IllegalArgumentException fault(String problem) {
            return new IllegalArgumentException(where + ": " + problem + " (at byte " + buf.position() + ")");
        }

        int i() {
            if (buf.remaining() < 4) throw fault("truncated");
            return buf.getInt();
        }

        /** An int in [0, max]. */
        int count(String what, int max) {
            int n = i();
            if (n < 0 || n > max) throw fault(what + " " + n + " outside [0, " + max + "]");
            return n;
        }

        boolean bool() {
            if (buf.remaining() < 1) throw fault("truncated");
            byte b = buf.get();
            if (b != 0 && b != 1) throw fault("a flag of " + b);
            return b == 1;
        }

        private int length(int elementBytes) {
            int n = i();
            if (n < 0 || (long) n * elementBytes > buf.remaining()) throw fault("an array of " + n + " values where " + buf.remaining() + " bytes are left");
            return n;
        }

        int[] ints() {
            int[] a = new int[length(4)];
            buf.asIntBuffer().get(a);
            buf.position(buf.position() + 4 * a.length);
            return a;
        }

        /** Ints of exactly {@code n} values. */
        int[] ints(int n, String what) {
            int[] a = ints();
            if (a.length != n) throw fault(what + ": " + a.length + " values, expected " + n);
            return a;
        }

        long[] longs(int n, String what) {
            long[] a = new long[length(8)];
            if (a.length != n) throw fault(what + ": " + a.length + " values, expected " + n);
            buf.asLongBuffer().get(a);
            buf.position(buf.position() + 8 * a.length);
            return a;
        }

        double[] doubles(int n, String what) {
            double[] a = new double[length(8)];
            if (a.length != n) throw fault(what + ": " + a.length + " values, expected " + n);
            buf.asDoubleBuffer().get(a);
            buf.position(buf.position() + 8 * a.length);
            return a;
        }

        char[] chars() {
            char[] a = new char[length(2)];
            buf.asCharBuffer().get(a);
            buf.position(buf.position() + 2 * a.length);
            return a;
        }

        byte[] bytes() {
            byte[] a = new byte[length(1)];
            buf.get(a);
            return a;
        }

        byte[] bytes(int n, String what) {
            byte[] a = new byte[length(1)];
            if (a.length != n) throw fault(what + ": " + a.length + " values, expected " + n);
            buf.get(a);
            return a;
        }

        boolean[] booleans(int n, String what) {
            byte[] b = bytes(n, what);
            boolean[] a = new boolean[n];
            for (int k = 0; k < n; k++) {
                if (b[k] != 0 && b[k] != 1) throw fault(what + ": a flag of " + b[k]);
                a[k] = b[k] == 1;
            }
            return a;
        }

        /** Arrays of ints, each value in [0, bound). */
        int[][] intArrays(String what, int bound) {
            int[] lengths = ints();
            int[] flat = ints();
            long total = 0;
            for (int n : lengths) {
                if (n < 0) throw fault(what + ": a negative length");
                total += n;
            }
            if (total != flat.length) throw fault(what + ": lengths add up to " + total + " for " + flat.length + " values");
            for (int v : flat) if (v < 0 || v >= bound) throw fault(what + ": value " + v + " outside [0, " + bound + ")");
            int[][] out = new int[lengths.length][];
            for (int k = 0, at = 0; k < out.length; at += lengths[k], k++) out[k] = Arrays.copyOfRange(flat, at, at + lengths[k]);
            return out;
        }

        /** Arrays of doubles as long as the arrays of {@code like}. */
        double[][] doubleArrays(String what, int[][] like) {
            int[] lengths = ints(like.length, what + " lengths");
            long total = 0;
            for (int k = 0; k < like.length; k++) {
                if (lengths[k] != like[k].length) throw fault(what + ": array " + k + " of " + lengths[k] + " values, expected " + like[k].length);
                total += lengths[k];
            }
            double[] flat = doubles((int) total, what);
            double[][] out = new double[like.length][];
            for (int k = 0, at = 0; k < out.length; at += lengths[k], k++) out[k] = Arrays.copyOfRange(flat, at, at + lengths[k]);
            return out;
        }

        String[] strings(String what) {
            int[] lengths = ints();
            char[] flat = chars();
            long total = 0;
            for (int n : lengths) {
                if (n < 0) throw fault(what + ": a negative length");
                total += n;
            }
            if (total != flat.length) throw fault(what + ": lengths add up to " + total + " for " + flat.length + " characters");
            String[] out = new String[lengths.length];
            for (int k = 0, at = 0; k < out.length; at += lengths[k], k++) out[k] = new String(flat, at, lengths[k]);
            return out;
        }

        void end() {
            if (buf.hasRemaining()) throw fault(buf.remaining() + " bytes after the index");
        }
    }
}
