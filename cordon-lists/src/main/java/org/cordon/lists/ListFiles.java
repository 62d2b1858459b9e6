package org.cordon.lists;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Opening list files: gzip transparently, bounded in size, and hashing them for list versions. */
public final class ListFiles {
    /**
     * Most bytes one list file may decompress to. The largest official list (EU FSF XML) is about
     * 25 MB; 1 GiB leaves room for growth and still stops a gzip bomb before it fills the heap or disk.
     */
    public static final long DEFAULT_MAX_BYTES = 1L << 30;

    private ListFiles() {}

    /** Opens a file, decompressing it when it starts with the gzip magic bytes. */
    public static InputStream open(Path file) throws IOException {
        return open(file, DEFAULT_MAX_BYTES);
    }

    public static InputStream open(Path file, long maxBytes) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        raw.mark(2);
        int b1 = raw.read();
        int b2 = raw.read();
        raw.reset();
        InputStream in = (b1 == 0x1f && b2 == 0x8b) ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw;
        return new Bounded(in, maxBytes, file);
    }

    /** A UTF-8 reader that fails on malformed bytes instead of guessing, naming the file. */
    public static Reader openUtf8(Path file) throws IOException {
        return new InputStreamReader(open(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** The first bytes of the (decompressed) file, for format detection. */
    public static byte[] head(Path file, int n) throws IOException {
        try (InputStream in = open(file)) {
            return in.readNBytes(n);
        }
    }

    /** Hex SHA-256 over the files as stored on disk, in the order given. */
    public static String sha256(List<Path> files) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (Path f : files) {
                try (InputStream in = Files.newInputStream(f)) {
                    int n;
                    while ((n = in.read(buf)) > 0) md.update(buf, 0, n);
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file name without directory and without ".gz" and the format extension ("eu_designated_vessels"). */
    public static String baseName(Path file) {
        String n = file.getFileName().toString();
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** Fails with a clear message once more than {@code max} bytes have been read. */
    private static final class Bounded extends FilterInputStream {
        private final long max;
        private final Path file;
        private long count;

        Bounded(InputStream in, long max, Path file) {
            super(in);
            this.max = max;
            this.file = file;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count(n);
            return n;
        }

        private void count(int n) throws IOException {
            count += n;
            if (count > max) {
                throw new IOException(file + ": decompresses to more than " + max + " bytes; refusing it (a gzip bomb or not a list file)");
            }
        }
    }
}
