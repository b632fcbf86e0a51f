package io.github.gongwen.fact;

/** What a part of a report is about, which tells the year it speaks of. */
public enum PartKind {
    /** The review of past work (工作回顾、主要工作、工作总结). */
    REVIEW("回顾"),
    /** Problems and shortcomings (存在的问题、不足). */
    PROBLEMS("问题"),
    /** Plans for the coming period (下一步打算、今年工作安排、工作计划). */
    PLAN("计划");

    private final String chineseName;

    PartKind(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The name the section profiles use (回顾, 问题, 计划). */
    public String getChineseName() {
        return chineseName;
    }

    /** The kind with this Chinese name or enum name, or {@code null}. */
    public static PartKind of(String name) {
        for (PartKind k : values()) {
            if (k.chineseName.equals(name) || k.name().equals(name)) {
                return k;
            }
        }
        return null;
    }
}
