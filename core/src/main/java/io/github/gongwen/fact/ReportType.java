package io.github.gongwen.fact;

/** The kinds of report Gongwen knows, with their Chinese names. */
public enum ReportType {
    /** 工作总结 (also 总结、工作汇报 of past work). */
    SUMMARY("工作总结"),
    /** 工作计划 (also 工作要点、工作打算). */
    PLAN("工作计划"),
    /** 工作总结及工作计划 in one document. */
    SUMMARY_AND_PLAN("工作总结及计划"),
    /** 政府工作报告. */
    GOVERNMENT_WORK_REPORT("政府工作报告"),
    /** 述职报告 (also 述职述廉报告). */
    DUTY_REPORT("述职报告"),
    /** 汇报材料 (a briefing to visiting leaders). */
    BRIEFING("汇报材料"),
    /** Not recognised: no type-specific rule applies. */
    UNKNOWN("未识别");

    private final String chineseName;

    ReportType(String chineseName) {
        this.chineseName = chineseName;
    }

    public String getChineseName() {
        return chineseName;
    }

    /**
     * Whether the report looks back on its own year's work first (工作总结, 工作总结及计划, 述职报告,
     * 汇报材料), unlike a 政府工作报告 (written early in its year about the year before) or a plan.
     */
    public boolean isSummaryLike() {
        return this == SUMMARY || this == SUMMARY_AND_PLAN || this == DUTY_REPORT || this == BRIEFING;
    }

    /** The type with this Chinese name (工作总结) or enum name (SUMMARY), or {@code null}. */
    public static ReportType of(String name) {
        for (ReportType t : values()) {
            if (t.chineseName.equals(name) || t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }
}
