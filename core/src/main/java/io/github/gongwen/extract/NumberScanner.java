package io.github.gongwen.extract;

import io.github.gongwen.fact.DigitUsage;
import io.github.gongwen.fact.Marker;
import io.github.gongwen.fact.NumberForm;
import io.github.gongwen.fact.NumberFormKind;
import io.github.gongwen.fact.NumberRange;
import io.github.gongwen.fact.ShortYear;
import io.github.gongwen.fact.WrittenDate;
import io.github.gongwen.text.Chars;
import io.github.gongwen.text.LineIndex;
import io.github.gongwen.text.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Describes how the numbers of a report are written (GB/T 15835), looking only where a number
 * starts: {@link WrittenDate} facts for dates ({@code 2024年1月5日}, the rules look at the zeros);
 * {@link NumberRange} facts for ranges with a % or 万/亿 ({@code 15～30%}, the rules look at the
 * units); {@link NumberForm} facts for full-width digits, letters typed for digits ({@code 2O23}),
 * document numbers with the year in the wrong brackets ({@code 国发[2024]5号}) and numbers grouped
 * in thousands ({@code 8,500}, {@code 33，212}); {@link ShortYear} facts for two
 * digits read as a year ({@code 24年底}; the rule compares them with the report's year); and one
 * {@link DigitUsage} counting half-width, full-width and long ungrouped numbers. Outline numbers
 * ({@link Marker}s) are left out, so this runs after the outline parser.
 *
 * <p>The {@link NumberForm} kinds are found by patterns that match only the form they describe:
 * full-width digits, a letter among digits, a document number's year in brackets other than
 * {@code 〔〕}, a number grouped in thousands. Dates, ranges and two-digit years are described
 * whatever their form, and the rules judge them.
 *
 * <p>Long because it is one scan: every number form is found in the same pass over the digits, and
 * splitting the forms apart would mean one pass each.
 */
public final class NumberScanner implements Extractor {
    @Override public Set<Class<?>> reads() { return Set.of(Marker.class); }
    @Override public Set<Class<?>> produces() {
        return Set.of(DigitUsage.class, NumberForm.class, WrittenDate.class, NumberRange.class, ShortYear.class);
    }

    /** Data file: what must follow {@code NN年} for it to be a shortened year (regular expressions). */
    public static final String SHORT_YEAR_CONTEXT = "short-year-context.txt";
    /** Data file: the signs and multipliers a range repeats on both numbers ({@code %}, {@code 万}). */
    public static final String RANGE_UNITS = "range-units.txt";

    private static final Pattern DATE = Pattern.compile(
            "(?:([0-9]{4})年)?(0?[1-9]|1[0-2])月(?:(0?[1-9]|[12][0-9]|3[01])日)?");
    private static final Pattern LETTERED = Pattern.compile("[0-9]+(?:[OolI]+[0-9]+)+");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "([\\[【(（［])[ \\t]*((?:19|20)[0-9]{2})[ \\t]*([\\]】)）］])[ \\t]*第?[0-9]{1,5}[ \\t]*号");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+(?:\\.[0-9]+)?");

    private final Pattern shortYear;
    private final Pattern range;
    /** What can follow the first number of a range: a connector or the first character of a unit. */
    private final String rangeNext;

    public NumberScanner(Lexicon lexicon) {
        Pattern context = Patterns.union(lexicon.lines(SHORT_YEAR_CONTEXT));
        this.shortYear = context == null ? null : Pattern.compile("([0-9]{2})年(?=" + context.pattern() + ")");
        List<String> units = new ArrayList<>(lexicon.lines(RANGE_UNITS));
        units.sort(Comparator.comparingInt(String::length).reversed());
        String unit = "(" + String.join("|", units.stream().map(Pattern::quote).toList()) + ")";
        this.range = units.isEmpty() ? null : Pattern.compile("(" + NUMBER.pattern() + ")" + unit + "?([～~—\\-－])("
                + NUMBER.pattern() + ")" + unit);
        StringBuilder starts = new StringBuilder("～~—-－");
        for (String u : units) {
            starts.append(u.charAt(0));
        }
        this.rangeNext = starts.toString();
    }

    @Override
    public void extract(Facts facts) {
        SourceText src = facts.source();
        new Scan(facts, src, facts.nonProse()).run();
    }

    /** The state of one document's scan. */
    private final class Scan {
        private final Facts facts;
        private final String t;
        private final char[] a;
        private final boolean[] mask;
        private final LineIndex li;
        private final List<Marker> markers;
        private final Matcher date;
        private final Matcher lettered;
        private final Matcher shortYears;
        private final Matcher ranges;
        private final Matcher documentNumber;
        private int nextMarker;
        private int half;
        private int full;
        private int ungroupedLong;
        /** Offset up to which a fact already covers the text. */
        private int covered;

        Scan(Facts facts, SourceText src, boolean[] mask) {
            this.facts = facts;
            this.t = src.text();
            this.a = facts.chars();
            this.mask = mask;
            this.li = src.lines();
            this.markers = new ArrayList<>(facts.of(Marker.class));
            markers.sort(Comparator.comparingInt(Marker::getStart));
            this.date = bounded(DATE);
            this.lettered = bounded(LETTERED);
            this.shortYears = shortYear == null ? null : bounded(shortYear);
            this.ranges = range == null ? null : bounded(range);
            this.documentNumber = bounded(DOCUMENT_NUMBER);
        }

        private Matcher bounded(Pattern p) {
            return p.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        }

        void run() {
            int n = a.length;
            int i = 0;
            while (i < n) {
                char c = a[i];
                if (c > '9' && c < '０' || c < '0' || c > '９') { // not a digit: tested inline, per character
                    i++;
                    continue;
                }
                boolean fullWidth = !Chars.isAsciiDigit(c);
                int e = i + 1;
                while (e < n && Chars.isDigit(a[e]) && Chars.isAsciiDigit(a[e]) != fullWidth) {
                    e++;
                }
                if ((mask == null || !mask[i]) && !inMarker(i)) {
                    if (fullWidth) {
                        full++;
                        e = fullWidthNumber(i, e);
                    } else {
                        half++;
                        e = grouping(i, e);
                        if (i >= covered) {
                            number(i);
                        }
                    }
                }
                i = e;
            }
            facts.add(new DigitUsage(half, full, ungroupedLong));
        }

        private boolean inMarker(int i) {
            while (nextMarker < markers.size() && markers.get(nextMarker).getEnd() <= i) {
                nextMarker++;
            }
            return nextMarker < markers.size() && markers.get(nextMarker).getStart() <= i;
        }

        /** A number in full-width digits (with its full-width decimal point): {@code ５２６．４}. */
        private int fullWidthNumber(int s, int e) {
            while (e + 1 < t.length() && t.charAt(e) == '．' && Chars.isDigit(t.charAt(e + 1))
                    && !Chars.isAsciiDigit(t.charAt(e + 1))) {
                e += 2;
                while (e < t.length() && Chars.isDigit(t.charAt(e)) && !Chars.isAsciiDigit(t.charAt(e))) {
                    e++;
                }
            }
            StringBuilder ascii = new StringBuilder(e - s);
            for (int k = s; k < e; k++) {
                char c = t.charAt(k);
                ascii.append(c == '．' ? '.' : (char) (c - '０' + '0'));
            }
            add(NumberFormKind.FULL_WIDTH_DIGITS, s, e, ascii.toString());
            return e;
        }

        /**
         * A number grouped in thousands ({@code 8,500}, {@code 33，212}) becomes a fact; a long one
         * without separators before a Chinese word ({@code 12500人}) is counted. Returns the end of
         * the number.
         */
        private int grouping(int s, int e) {
            int k = e;
            char sep = 0;
            while (e - s <= 3 && k + 4 <= t.length() && (t.charAt(k) == ',' || t.charAt(k) == '，')
                    && (sep == 0 || t.charAt(k) == sep) && threeDigits(k + 1)) {
                sep = t.charAt(k);
                k += 4;
            }
            boolean fullWidthComma = sep == '，';
            if (fullWidthComma && (e - s == 3 || listed(s))) {
                return e; // 100，200，300 and 5，1，062 are lists of numbers
            }
            if (k > e) {
                String text = t.substring(s, k);
                add(fullWidthComma ? NumberFormKind.FULL_WIDTH_SEPARATOR : NumberFormKind.GROUPED, s, k,
                        fullWidthComma ? text.replace('，', ',') : text.replace(",", ""));
                return k;
            }
            int after = e;
            while (after < t.length() && (Chars.isAsciiDigit(t.charAt(after)) || t.charAt(after) == '.')) {
                after++;
            }
            if (e - s >= 5 && after < t.length() && Chars.isHan(t.charAt(after))) {
                ungroupedLong++;
            }
            return e;
        }

        /** Whether the number at {@code s} follows another one and a comma: an item of a list. */
        private boolean listed(int s) {
            return s >= 2 && (t.charAt(s - 1) == '，' || t.charAt(s - 1) == '、') && Chars.isDigit(t.charAt(s - 2));
        }

        private boolean threeDigits(int k) {
            for (int j = k; j < k + 3; j++) {
                if (!Chars.isAsciiDigit(t.charAt(j))) {
                    return false;
                }
            }
            return k + 3 >= t.length() || !Chars.isDigit(t.charAt(k + 3));
        }

        /** The checks of a number in ASCII digits starting at {@code s}. */
        private void number(int s) {
            int before = s > 0 ? t.charAt(s - 1) : -1;
            if (before == '.' || Chars.isLatinLetter(before)) {
                return;
            }
            if (documentNumber(s) || lettered(s) || range(s) || date(s)) {
                return;
            }
            shortYear(s);
        }

        private boolean date(int s) {
            int d = digitsEnd(s);
            boolean possible = d < a.length && (a[d] == '年' || a[d] == '月');
            if (!possible || !lookingAt(date, s)) {
                return false;
            }
            facts.add(new WrittenDate(date.group(), date.group(1), date.group(2), date.group(3), date.start(),
                    date.end(), li.line(date.start())));
            covered = date.end();
            return true;
        }

        private boolean shortYear(int s) {
            boolean possible = s + 2 < a.length && a[s + 2] == '年';
            if (!possible || shortYears == null || (s > 0 && "第.．/-".indexOf(t.charAt(s - 1)) >= 0)
                    || !lookingAt(shortYears, s)) {
                return false;
            }
            int e = shortYears.end(1) + 1;
            facts.add(new ShortYear(t.substring(s, e), 2000 + Integer.parseInt(shortYears.group(1)), s, e, li.line(s)));
            covered = e;
            return true;
        }

        private boolean range(int s) {
            int q = s;
            while (q < a.length && (Chars.isAsciiDigit(a[q]) || a[q] == '.')) {
                q++;
            }
            boolean possible = q < a.length && rangeNext.indexOf(a[q]) >= 0;
            if (!possible || ranges == null || !lookingAt(ranges, s)) {
                return false;
            }
            int after = ranges.end() < t.length() ? t.charAt(ranges.end()) : -1;
            if (Chars.isLatinLetter(after)) {
                return false;
            }
            String firstUnit = ranges.group(2) == null ? "" : ranges.group(2);
            facts.add(new NumberRange(ranges.group(), ranges.group(1), firstUnit, ranges.group(3), ranges.group(4),
                    ranges.group(5), ranges.start(), ranges.end(), li.line(ranges.start())));
            covered = ranges.end();
            return true;
        }

        private boolean lettered(int s) {
            int d = digitsEnd(s);
            boolean possible = d < a.length && "OolI".indexOf(a[d]) >= 0;
            if (!possible || !lookingAt(lettered, s)) {
                return false;
            }
            int after = lettered.end() < t.length() ? t.charAt(lettered.end()) : -1;
            if (Chars.isLatinLetter(after) || Chars.isDigit(after)) {
                return false;
            }
            String std = lettered.group().replace('O', '0').replace('o', '0').replace('l', '1').replace('I', '1');
            return found(NumberFormKind.LETTER_IN_NUMBER, lettered, std);
        }

        private boolean documentNumber(int s) {
            int b = s - 1;
            while (b >= 0 && (t.charAt(b) == ' ' || t.charAt(b) == '\t')) {
                b--;
            }
            if (b < 1 || "[【(（［".indexOf(t.charAt(b)) < 0 || !Chars.isHan(t.charAt(b - 1))) {
                return false;
            }
            if (!lookingAt(documentNumber, b)) {
                return false;
            }
            return foundRange(NumberFormKind.DOCUMENT_NUMBER, b, documentNumber.end(3),
                    "〔" + documentNumber.group(2) + "〕");
        }

        /** The end of the ASCII digits from {@code s}. */
        private int digitsEnd(int s) {
            int d = s;
            while (d < a.length && Chars.isAsciiDigit(a[d])) {
                d++;
            }
            return d;
        }

        // The checks test first, without a regular expression, what a match needs right after the
        // digits: most numbers are followed by none of it, and a failed match costs much more.
        private boolean lookingAt(Matcher m, int s) {
            m.region(s, t.length());
            return m.lookingAt();
        }

        private boolean found(NumberFormKind kind, Matcher m, String standard) {
            return foundRange(kind, m.start(), m.end(), standard);
        }

        private boolean foundRange(NumberFormKind kind, int s, int e, String standard) {
            add(kind, s, e, standard);
            covered = e;
            return true;
        }

        private void add(NumberFormKind kind, int s, int e, String standard) {
            facts.add(new NumberForm(kind, t.substring(s, e), standard, s, e, li.line(s)));
        }
    }
}
