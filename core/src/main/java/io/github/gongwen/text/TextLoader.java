package io.github.gongwen.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Reads report files. The encoding is detected: a byte-order mark (UTF-8, UTF-16) wins; then
 * strict UTF-8; otherwise the charset detector decides between the Chinese encodings in use
 * (GB18030, which covers GBK and GB2312, and Big5), and the bytes must decode strictly in the
 * chosen one. Binary files and files that decode in none of them are refused with a reason.
 *
 * <p>Long because the decoding decisions (mark, strict UTF-8, detector, sanity of the result) must be read
 * in one place to be trusted with untrusted bytes.
 */
public final class TextLoader {
    /** Reports larger than this are refused: a government report is a few hundred kilobytes. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;

    /**
     * Texts longer than this many characters (after decoding, or extracting from a .docx) are
     * refused: a report is tens of thousands; the facts of a text take memory in proportion.
     */
    public static final int MAX_CHARS = 8 * 1024 * 1024;

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int DETECT_CHUNK = 4096;

    private TextLoader() {
    }

    /** Loads a file; {@code name} is how findings and errors will name it. */
    public static SourceText load(Path file, String name) throws InputException {
        return load(file, name, null);
    }

    /**
     * Loads a file in the given charset (strictly: bytes invalid in it are an error), or detects
     * the encoding when {@code charset} is {@code null}.
     */
    public static SourceText load(Path file, String name, Charset charset) throws InputException {
        byte[] bytes = read(file, name);
        String ext = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (ext.endsWith(".docx") || (ext.endsWith(".doc") && startsWith(bytes, 0x50, 0x4B, 0x03, 0x04))) {
            SourceText doc = DocxLoader.read(name, bytes);
            if (doc.text().length() > MAX_CHARS) {
                throw tooLong(name, doc.text().length());
            }
            return doc;
        }
        if (ext.endsWith(".doc")) {
            throw new InputException(name, DocxLoader.OLD_WORD);
        }
        return charset == null ? decode(name, bytes) : decode(name, bytes, charset);
    }

    /** The bytes of a report file, refusing directories and files over {@link #MAX_BYTES}. */
    public static byte[] read(Path file, String name) throws InputException {
        // one open, its size from the open file (no separate stat: file-system calls are most of
        // what reading a small report costs)
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
            long size = ch.size();
            if (size > MAX_BYTES) {
                throw tooLarge(name, size);
            }
            byte[] bytes = new byte[(int) size];
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining() && ch.read(buf) >= 0) {
                // fill
            }
            if (buf.hasRemaining()) { // it shrank meanwhile
                return Arrays.copyOf(bytes, buf.position());
            }
            // what is left: nothing for a regular file, the content of one that says size 0 (/proc)
            byte[] rest = Channels.newInputStream(ch).readAllBytes();
            if (rest.length == 0) {
                return bytes;
            }
            if (size + rest.length > MAX_BYTES) {
                throw tooLarge(name, size + rest.length);
            }
            byte[] all = Arrays.copyOf(bytes, bytes.length + rest.length);
            System.arraycopy(rest, 0, all, bytes.length, rest.length);
            return all;
        } catch (NoSuchFileException e) {
            throw new InputException(name, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new InputException(name, "unreadable: permission denied", e);
        } catch (IOException e) {
            // a directory is told apart only here: reading one fails ("Is a directory")
            if (Files.isDirectory(file)) {
                throw new InputException(name, "is a directory, not a file");
            }
            throw new InputException(name, "unreadable: " + e.getMessage(), e);
        }
    }

    static InputException tooLong(String name, int chars) {
        return new InputException(name, "text too long (" + chars + " characters; the limit is " + MAX_CHARS + ")");
    }

    private static InputException tooLarge(String name, long size) {
        return new InputException(name, "file too large (" + size / (1024 * 1024) + " MB; the limit is "
                + MAX_BYTES / (1024 * 1024) + " MB)");
    }

    /** Decodes the bytes of a report in a charset the user chose; a leading byte-order mark is dropped. */
    public static SourceText decode(String name, byte[] bytes, Charset charset) throws InputException {
        boolean wide = charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32");
        String binary = wide ? null : binaryKind(bytes);
        if (binary != null) {
            throw new InputException(name, "binary file (" + binary + "), not a text report");
        }
        String text = tryDecode(charset, bytes);
        if (text == null) {
            throw new InputException(name, "undecodable bytes: not valid " + charset.name()
                    + (charset.equals(StandardCharsets.UTF_8) ? invalidAt(bytes) : "") + " (the configured encoding)");
        }
        if (controlRatio(text) > 0.01) {
            throw new InputException(name, "binary file (control characters in the text), not a text report");
        }
        return SourceText.decoded(name, sane(name, text, charset.name()), charset.name());
    }

    /** Decodes the bytes of a report named {@code name}. */
    public static SourceText decode(String name, byte[] bytes) throws InputException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return withBom(name, StandardCharsets.UTF_8, bytes, 3);
        }
        // UTF-32LE's mark begins with UTF-16LE's: tell them apart first
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            return withBom(name, Charset.forName("UTF-32LE"), bytes, 4);
        }
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            return withBom(name, Charset.forName("UTF-32BE"), bytes, 4);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return withBom(name, StandardCharsets.UTF_16LE, bytes, 2);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return withBom(name, StandardCharsets.UTF_16BE, bytes, 2);
        }
        String binary = binaryKind(bytes);
        if (binary != null) {
            throw new InputException(name, "binary file (" + binary + "), not a text report");
        }
        CharBuffer decoded = tryDecodeBuffer(StandardCharsets.UTF_8, bytes);
        String charset = "UTF-8";
        if (decoded == null) {
            String guess = detect(bytes);
            Charset cs = guess != null && guess.equalsIgnoreCase("BIG5") ? Charset.forName("Big5") : GB18030;
            decoded = tryDecodeBuffer(cs, bytes);
            if (decoded == null) {
                throw new InputException(name, "undecodable bytes: neither UTF-8 nor " + cs.name()
                        + invalidAt(bytes) + (guess != null ? "; it looks like " + guess : ""));
            }
            charset = cs.name();
        }
        String text = decoded.toString();
        if (controlRatio(bytes, text) > 0.01) {
            throw new InputException(name, "binary file (control characters in the text), not a text report");
        }
        // the decoder's array, read directly (C1 reads an array faster than String.charAt)
        boolean pairs = decoded.hasArray()
                ? sane(name, decoded.array(), decoded.arrayOffset() + decoded.position(), decoded.remaining(), charset)
                : sane(name, text.toCharArray(), 0, text.length(), charset);
        return SourceText.decoded(name, text, charset, pairs);
    }

    /** A text after a byte-order mark: decoded strictly, and held to the same checks as one without. */
    private static SourceText withBom(String name, Charset cs, byte[] bytes, int skip) throws InputException {
        String text = strict(name, cs, bytes, skip);
        if (controlRatio(text) > 0.01) {
            throw new InputException(name, "binary file (control characters in the text), not a text report");
        }
        return SourceText.decoded(name, sane(name, text, cs.name()), cs.name());
    }

    /**
     * {@code text} when it reads as text; an error when more than a tenth of it is characters no
     * report holds (replacement characters, private-use and unassigned code points, control
     * characters): what random bytes or a wrong encoding (a UTF-8 file read as ISO-8859-1 or
     * UTF-16) decode to.
     */
    static String sane(String name, String text, String charset) throws InputException {
        sane(name, text.length() < 16 || text.length() > MAX_CHARS ? new char[0] : text.toCharArray(), 0, text.length(),
                charset);
        return text;
    }

    /**
     * {@link #sane(String, String, String)} of the {@code n} characters of {@code a} from {@code from};
     * whether they may hold a surrogate pair ({@code false}: certainly none).
     */
    private static boolean sane(String name, char[] a, int from, int n, String charset) throws InputException {
        if (n > MAX_CHARS) {
            throw tooLong(name, n);
        }
        if (n < 16) {
            return true;
        }
        int odd = 0;
        boolean surrogates = false;
        for (int i = from, end = from + n; i < end; i++) {
            char c = a[i];
            if ((c >= 0x20 && c < 0x7F) || (c >= 0x4E00 && c <= 0x9FFF) || c == '\n' || c == '\r' || c == '\t') {
                continue; // the bulk of a report, answered without a table look-up
            }
            if (c == '\uFFFD') {
                odd++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                surrogates = true;
                continue; // neither private-use, unassigned nor control
            }
            int type = Character.getType(c);
            if (type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                    || (type == Character.CONTROL && c != '\f')) {
                odd++;
            }
        }
        if (odd * 10L > n) {
            throw new InputException(name, "not readable text (" + (odd * 100L / n) + "% of the characters decoded from "
                    + charset + " are replacement, private-use, unassigned or control characters): a wrong "
                    + "encoding, or not a text file");
        }
        return surrogates;
    }

    private static String strict(String name, Charset cs, byte[] bytes, int skip) throws InputException {
        try {
            return decoder(cs).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (MalformedInputException e) {
            throw new InputException(name, "undecodable bytes: invalid " + cs.name() + " despite its byte-order mark", e);
        } catch (CharacterCodingException e) {
            throw new InputException(name, "undecodable bytes: " + e, e);
        }
    }

    private static String tryDecode(Charset cs, byte[] bytes) {
        CharBuffer cb = tryDecodeBuffer(cs, bytes);
        return cb == null ? null : cb.toString();
    }

    private static CharBuffer tryDecodeBuffer(Charset cs, byte[] bytes) {
        try {
            return decoder(cs).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static CharsetDecoder decoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String detect(byte[] bytes) {
        UniversalDetector d = new UniversalDetector();
        // in chunks, stopping once it is sure: it ignores whatever comes after that anyway
        for (int off = 0; off < bytes.length && !d.isDone(); off += DETECT_CHUNK) {
            d.handleData(bytes, off, Math.min(DETECT_CHUNK, bytes.length - off));
        }
        d.dataEnd();
        return d.getDetectedCharset();
    }

    /** Where strict UTF-8 decoding first fails, for the error message. */
    private static String invalidAt(byte[] bytes) {
        CharsetDecoder d = decoder(StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var r = d.decode(in, out, true);
        return r.isError() ? " (first invalid UTF-8 byte at offset " + in.position() + ")" : "";
    }

    /** Known binary formats by their magic numbers, or any NUL byte; {@code null} for text. */
    static String binaryKind(byte[] b) {
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
            return "ZIP archive, e.g. a .docx or .xlsx file";
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "OLE compound file, e.g. a .doc or .xls file";
        }
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return "PDF document";
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G') || startsWith(b, 0xFF, 0xD8, 0xFF) || startsWith(b, 'G', 'I', 'F', '8')) {
            return "image";
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return "gzip archive";
        }
        if (startsWith(b, '{', '\\', 'r', 't', 'f')) {
            return "RTF document";
        }
        int n = Math.min(b.length, 64 * 1024);
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                return "contains NUL bytes";
            }
        }
        return null;
    }

    /**
     * The share of control characters (other than line breaks, tabs and form feeds) in the text
     * decoded from {@code bytes}. Counted in the bytes, which is cheaper: in UTF-8, GB18030 and
     * Big5 alike a byte below 0x20 is always a character of its own, never part of a sequence.
     */
    /** The share of control characters in a decoded text (any charset, UTF-16 included). */
    private static double controlRatio(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        return controls / (double) text.length();
    }

    private static double controlRatio(byte[] bytes, String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int controls = 0;
        for (byte b : bytes) {
            if (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        return controls / (double) text.length();
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
