package io.github.gongwen.text;

/** Character classes used throughout the extractors. All methods take code points. */
public final class Chars {
    private Chars() {
    }

    /** A Han ideograph (CJK Unified Ideographs and extensions, compatibility ideographs, 〇). */
    public static boolean isHan(int cp) {
        if (cp < 0x2E80) { // no Han character comes before the CJK radicals
            return false;
        }
        if (cp >= 0x4E00 && cp <= 0x9FFC) { // the main block, all Han: the common case without the script table
            return true;
        }
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /**
     * Punctuation that belongs to Chinese text: the CJK symbols block (、。〈〉《》「」【】〔〕…),
     * full-width forms (，；：？！（）％ …) and the general punctuation used in Chinese
     * (“ ” ‘ ’ — … ·).
     */
    public static boolean isChinesePunct(int cp) {
        if (cp >= 0x3000 && cp <= 0x303F) {
            return cp != 0x3007 && cp != 0x3000; // 〇 is a numeral, U+3000 a space
        }
        if (cp >= 0xFF01 && cp <= 0xFF65) {
            return !isFullWidthAlnum(cp);
        }
        switch (cp) {
            case '“': case '”': case '‘': case '’': case '—': case '…': case '·': case '～':
            case '–': case '•':
                return true;
            default:
                return false;
        }
    }

    /** Full-width digit or Latin letter (０-９, Ａ-Ｚ, ａ-ｚ). */
    public static boolean isFullWidthAlnum(int cp) {
        return (cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xFF41 && cp <= 0xFF5A);
    }

    /** A character that makes its neighbourhood Chinese text: a Han ideograph or Chinese punctuation. */
    public static boolean isChinese(int cp) {
        return isHan(cp) || isChinesePunct(cp);
    }

    /** A letter of the Latin script, ASCII or not (x, ī, é, full-width ｘ). */
    public static boolean isLatinLetter(int cp) {
        return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }

    /** Opening punctuation after which a clause starts: “ ‘ 《 （ ( 「 『 【 〔. */
    public static boolean isOpening(int cp) {
        return cp == '“' || cp == '‘' || cp == '《' || cp == '（' || cp == '(' || cp == '「' || cp == '『'
                || cp == '【' || cp == '〔' || cp == '"';
    }

    public static boolean isAsciiLetter(int cp) {
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    }

    public static boolean isAsciiDigit(int cp) {
        return cp >= '0' && cp <= '9';
    }

    /** ASCII or full-width digit. */
    public static boolean isDigit(int cp) {
        return isAsciiDigit(cp) || (cp >= 0xFF10 && cp <= 0xFF19);
    }

    /**
     * White space as it appears in reports: ASCII blanks, the ideographic space U+3000,
     * no-break space, and the invisible zero-width space and BOM that pasted text carries.
     */
    public static boolean isBlank(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\f' || cp == 0x3000 || cp == 0xA0
                || cp == 0x200B || cp == 0xFEFF || cp == 0x2002 || cp == 0x2003 || cp == 0x00AD;
    }

    /** Whether the string holds only blanks (see {@link #isBlank(int)}). */
    public static boolean isBlank(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isBlank(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Sentence-final punctuation: 。！？ and their ASCII forms. */
    public static boolean isSentenceEnd(int cp) {
        return cp == '。' || cp == '！' || cp == '？' || cp == '!' || cp == '?';
    }

    /** Punctuation after which a new clause starts: sentence ends plus ；：，、 and closing quotes. */
    public static boolean isClauseBoundary(int cp) {
        return isSentenceEnd(cp) || cp == '；' || cp == '：' || cp == '，' || cp == '、' || cp == ';'
                || cp == ':' || cp == ',' || cp == '”' || cp == '’' || cp == '）' || cp == ')' || cp == '」'
                || cp == '』' || cp == '】' || cp == '—' || cp == '…';
    }
}
