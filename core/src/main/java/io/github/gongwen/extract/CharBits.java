package io.github.gongwen.extract;

/**
 * A set of characters as a bitmap of 1024 longs (8 KB, stays in the cache): a quick test that
 * spares most characters of a scan a closer look.
 */
final class CharBits {
    private CharBits() {
    }

    /** Bit {@code c} set for each character of {@code chars}. */
    static long[] of(CharSequence chars) {
        long[] b = new long[1024];
        chars.chars().forEach(c -> b[c >>> 6] |= 1L << c);
        return b;
    }

    /** Whether bit {@code c} is set in {@code bits}. */
    static boolean has(long[] bits, char c) {
        return (bits[c >>> 6] & 1L << c) != 0;
    }
}
