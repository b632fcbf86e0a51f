package io.github.gongwen.fix;

import io.github.gongwen.text.InputException;
import io.github.gongwen.text.SourceText;
import io.github.gongwen.text.TextLoader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/**
 * A text report as it is on disk: its bytes, the charset they decode in, whether they start with a
 * byte-order mark, and the decoded text with its own line breaks (the checker sees them all as
 * {@code \n}). Encodes a changed text back the same way.
 */
final class TextFile {
    private static final char BOM = '\uFEFF';

    private final byte[] bytes;
    private final Charset charset;
    private final boolean bom;
    private final String raw;

    private TextFile(byte[] bytes, Charset charset, boolean bom, String raw) {
        this.bytes = bytes;
        this.charset = charset;
        this.bom = bom;
        this.raw = raw;
    }

    /** Decodes the bytes of a text report as the checker does ({@code configured} null: detected). */
    static TextFile decode(String name, byte[] bytes, Charset configured) throws InputException {
        SourceText detected = configured == null ? TextLoader.decode(name, bytes)
                : TextLoader.decode(name, bytes, configured);
        Charset cs = Charset.forName(detected.charset());
        try {
            // the whole bytes, byte-order mark included: decoded, it is U+FEFF, encoded again, the same bytes
            String raw = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            boolean bom = !raw.isEmpty() && raw.charAt(0) == BOM;
            return new TextFile(bytes, cs, bom, bom ? raw.substring(1) : raw);
        } catch (CharacterCodingException e) {
            throw new InputException(name, "undecodable bytes: not valid " + cs.name(), e);
        }
    }

    byte[] bytes() {
        return bytes;
    }

    Charset charset() {
        return charset;
    }

    boolean hasBom() {
        return bom;
    }

    /** The decoded text, byte-order mark excluded, line breaks as in the file. */
    String raw() {
        return raw;
    }

    /** The line break the file uses (its first one; {@code \n} when it has none). */
    static String lineBreak(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\r') {
                return i + 1 < raw.length() && raw.charAt(i + 1) == '\n' ? "\r\n" : "\r";
            }
            if (c == '\n') {
                return "\n";
            }
        }
        return "\n";
    }

    /** {@code text} in this file's charset, after its byte-order mark if it has one. */
    byte[] encode(String text) throws CharacterCodingException {
        ByteBuffer b = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(bom ? BOM + text : text));
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }
}
