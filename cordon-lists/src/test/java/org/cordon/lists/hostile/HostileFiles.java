package org.cordon.lists.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/**
 * Hostile inputs made cheaply: multi-gigabyte content is never written to disk or held in memory. A gzip
 * file of many identical members decompresses to gigabytes from a few megabytes ({@link java.util.zip.GZIPInputStream}
 * reads concatenated members as one stream, as gzip(1) does), and {@link #repeated} generates bytes as they are read.
 */
public final class HostileFiles {
    public static final long GIB = 1L << 30;

    private HostileFiles() {}

    /**
     * A gzip file that decompresses to {@code prefix}, then {@code fillerBytes} copies of {@code filler}, then
     * {@code suffix}. The filler is one 64 MiB member compressed once and written as many times as needed.
     */
    public static Path gzipBomb(Path file, String prefix, byte filler, long fillerBytes, String suffix) throws IOException {
        int chunk = 64 << 20;
        byte[] member = gzip(filledArray(filler, chunk));
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(gzip(prefix.getBytes(StandardCharsets.UTF_8)));
            long left = fillerBytes;
            while (left >= chunk) {
                out.write(member);
                left -= chunk;
            }
            if (left > 0) out.write(gzip(filledArray(filler, (int) left)));
            out.write(gzip(suffix.getBytes(StandardCharsets.UTF_8)));
        }
        return file;
    }

    /** {@code prefix}, then {@code n} copies of one byte, generated while read. */
    public static InputStream repeated(String prefix, byte filler, long n) {
        byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private long pos;

            @Override
            public int read() {
                if (pos < head.length) return head[(int) pos++] & 0xff;
                if (pos < head.length + n) { pos++; return filler & 0xff; }
                return -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (len == 0) return 0;
                long total = head.length + n;
                if (pos >= total) return -1;
                int k = 0;
                while (k < len && pos < head.length) b[off + k++] = head[(int) pos++];
                int fill = (int) Math.min(len - k, total - pos);
                Arrays.fill(b, off + k, off + k + fill, filler);
                pos += fill;
                return k + fill;
            }
        };
    }

    private static byte[] filledArray(byte b, int n) {
        byte[] a = new byte[n];
        Arrays.fill(a, b);
        return a;
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bos, 1 << 16)) {
            gz.write(data);
        }
        return bos.toByteArray();
    }
}
