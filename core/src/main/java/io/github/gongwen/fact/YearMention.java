package io.github.gongwen.fact;

/**
 * A year the text puts forward as the year it speaks of: in a part heading (一、2023年工作回顾,
 * 三、2024年工作计划), or opening a statement (2023年是…, 2023年1—10月…, a part's first
 * paragraph starting 2023年，). The anchor is the part it stands in.
 */
public final class YearMention extends YearClaim {
    /** Where the year stands. */
    public enum Role {
        /** In the heading of a part. */
        HEADING("标题"),
        /** Opening a statement about the year in a part. */
        STATEMENT("正文");

        private final String chineseName;

        Role(String chineseName) {
            this.chineseName = chineseName;
        }

        public String getChineseName() {
            return chineseName;
        }
    }

    private final int year;
    private final Role role;

    public YearMention(String text, int start, int end, int line, String anchor, Integer yearFrom, Integer yearTo,
            boolean relative, PartKind part, int year, Role role) {
        super(text, start, end, line, anchor, yearFrom, yearTo, relative, part);
        this.year = year;
        this.role = role;
    }

    public int getYear() {
        return year;
    }

    public Role getRole() {
        return role;
    }
}
