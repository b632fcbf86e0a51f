package io.github.gongwen.fact;

/**
 * A section the profile of the report's type requires (工作总结: 存在问题 …), and whether the
 * report has it as a heading at any level or as a paragraph opening such as 存在的问题是…. One
 * fact per required section of the document's type; none for an unrecognised type.
 */
public final class RequiredSection {
    private final ReportType type;
    private final String name;
    private final boolean present;
    private final int line;

    /** @param line where the section was found, 0 when absent */
    public RequiredSection(ReportType type, String name, boolean present, int line) {
        this.type = type;
        this.name = name;
        this.present = present;
        this.line = line;
    }

    public ReportType getType() {
        return type;
    }

    /** The section as the profile names it, e.g. 存在的问题或不足. */
    public String getName() {
        return name;
    }

    public boolean isPresent() {
        return present;
    }

    public int getLine() {
        return line;
    }

    @Override
    public String toString() {
        return "RequiredSection[" + type + " " + name + (present ? " at " + line : " missing") + "]";
    }
}
