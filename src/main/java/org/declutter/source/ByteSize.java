package org.declutter.source;

import java.util.Locale;

/** Sizes as people write them on a command line ({@code 64M}, {@code 512k}, {@code 1G}, {@code 1000}). */
public final class ByteSize {

    private ByteSize() {
    }

    /**
     * Parses a positive size: a whole number of bytes, optionally followed by {@code k}, {@code M}
     * or {@code G} (binary multiples, case-insensitive, an optional {@code iB} or {@code B} after).
     *
     * @throws IllegalArgumentException when the text is not such a size
     */
    public static long parse(String text) {
        String s = text.strip().toUpperCase(Locale.ROOT);
        if (s.endsWith("IB")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("B")) {
            s = s.substring(0, s.length() - 1);
        }
        int shift = -1;
        if (!s.isEmpty()) {
            switch (s.charAt(s.length() - 1)) {
                case 'K' -> shift = 10;
                case 'M' -> shift = 20;
                case 'G' -> shift = 30;
                default -> shift = -1;
            }
        }
        String digits = shift < 0 ? s : s.substring(0, s.length() - 1);
        try {
            long n = Long.parseLong(digits);
            if (n > 0 && n <= Long.MAX_VALUE >> Math.max(shift, 0)) {
                return n << Math.max(shift, 0);
            }
        } catch (NumberFormatException e) {
            // falls through to the one error message below
        }
        throw new IllegalArgumentException("'" + text + "' is not a size such as 64M, 512k or 1000");
    }

    /** Formats a size in the largest binary unit that divides it, e.g. {@code 64 MiB}, {@code 1000 bytes}. */
    public static String format(long bytes) {
        if (bytes % (1L << 30) == 0) {
            return (bytes >> 30) + " GiB";
        }
        if (bytes % (1L << 20) == 0) {
            return (bytes >> 20) + " MiB";
        }
        if (bytes % (1L << 10) == 0) {
            return (bytes >> 10) + " KiB";
        }
        return bytes == 1 ? "1 byte" : bytes + " bytes";
    }
}
