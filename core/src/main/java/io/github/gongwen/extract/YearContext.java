package io.github.gongwen.extract;

import io.github.gongwen.fact.Document;
import io.github.gongwen.fact.PartKind;
import io.github.gongwen.fact.ReportType;
import java.util.regex.Pattern;

/**
 * The years a report speaks of at a place, from its type and year. 今年 is the report year (a
 * 工作计划 may be written the year before, so either); the review of a 政府工作报告 or a
 * 工作计划 speaks of the year before, that of a summary of its own year; the plan part of a
 * 政府工作报告 speaks of its year, that of a 工作总结及计划 of the next year, that of a summary
 * of the rest of this year or the next. A part whose heading spans five years (过去五年,
 * “十三五”时期) widens its range.
 */
final class YearContext {
    private static final Pattern MULTI_YEAR = Pattern.compile("[五几两三]年|任期|本届|换届|十[一二三四五六]?五|以来");

    private YearContext() {
    }

    /** {from, to} of 今年, or null when the year is unknown. */
    static int[] current(Document d) {
        if (!d.hasYear()) {
            return null;
        }
        int y = d.getYear();
        return d.getType() == ReportType.PLAN ? new int[] {y - 1, y} : new int[] {y, y};
    }

    /** {from, to} of a part, or null when the year is unknown; {@code heading} may be null. */
    static int[] part(Document d, PartKind kind, String heading) {
        if (!d.hasYear()) {
            return null;
        }
        int y = d.getYear();
        ReportType t = d.getType();
        int[] r;
        if (kind == PartKind.PLAN) {
            r = switch (t) {
                case GOVERNMENT_WORK_REPORT, PLAN -> new int[] {y, y};
                case SUMMARY_AND_PLAN -> new int[] {y + 1, y + 1};
                default -> new int[] {y, y + 1};
            };
            if (heading != null && MULTI_YEAR.matcher(heading).find()) {
                r[1] += 4;
            }
        } else {
            r = switch (t) {
                case GOVERNMENT_WORK_REPORT, PLAN -> new int[] {y - 1, y - 1};
                case UNKNOWN, BRIEFING -> new int[] {y - 1, y};
                default -> new int[] {y, y};
            };
            if (heading != null && MULTI_YEAR.matcher(heading).find()) {
                r[0] -= 4;
            }
        }
        return r;
    }
}
