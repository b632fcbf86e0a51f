package io.github.gongwen.maven;

import io.github.gongwen.FileResult;
import io.github.gongwen.Finding;
import io.github.gongwen.RunResult;
import io.github.gongwen.Severity;
import io.github.gongwen.report.HtmlReport;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The findings as a page of the project's site ({@code mvn site}, as {@code checkstyle:checkstyle}
 * and {@code pmd:pmd} do): a summary by category and severity and a table of every finding, in
 * the site's look, with a link to the editors' HTML page ({@code gongwen-review.html}, the same page
 * as {@code --format html}) written beside it. Run alone ({@code mvn gongwen:report}) it writes
 * both pages to the site directory without the rest of the site. The files are chosen and checked
 * exactly as by {@code gongwen:check}, which never fails here.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractGongwenMojo implements MavenReport {
    /** The editors' page written beside the site page. */
    static final String REVIEW_PAGE = "gongwen-review.html";

    /** Where the site is written. */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true)
    File siteDirectory;

    private File reportOutputDirectory;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("gongwen: skipped");
            return;
        }
        try {
            Path dir = getReportOutputDirectory().toPath();
            RunResult result = check().result();
            writeReviewPage(result, dir);
            Path page = dir.resolve(getOutputName() + ".html");
            try (Writer out = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
                new SitePage(result, REVIEW_PAGE).writeStandalone(out);
            }
            getLog().info("gongwen: report in " + page);
        } catch (IOException e) {
            throw new MojoExecutionException("gongwen: cannot write the report: " + e.getMessage(), e);
        }
    }

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        if (skip) {
            return;
        }
        try {
            RunResult result = check().result();
            writeReviewPage(result, getReportOutputDirectory().toPath());
            new SitePage(result, REVIEW_PAGE).render(sink);
        } catch (MojoExecutionException | IOException e) {
            throw new MavenReportException("gongwen: " + e.getMessage(), e);
        }
    }

    private static void writeReviewPage(RunResult result, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Writer out = Files.newBufferedWriter(dir.resolve(REVIEW_PAGE), StandardCharsets.UTF_8)) {
            new HtmlReport().write(result, out);
        }
    }

    @Override
    public String getOutputName() {
        return "gongwen";
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "Gongwen";
    }

    @Override
    public String getDescription(Locale locale) {
        return "公文检查：报告中的序号、占位符、网站残留、年份、标点、错别字与规范提法问题 (Gongwen findings)";
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        this.reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        if (reportOutputDirectory != null) {
            return reportOutputDirectory;
        }
        return siteDirectory != null ? siteDirectory : new File(buildDirectory(), "site");
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    @Override
    public boolean canGenerateReport() {
        return !skip;
    }

    /** The site page: a summary and one table row per finding, rendered through Doxia or as plain HTML. */
    static final class SitePage {
        private final RunResult result;
        private final String reviewPage;

        SitePage(RunResult result, String reviewPage) {
            this.result = result;
            this.reviewPage = reviewPage;
        }

        void render(Sink sink) {
            sink.head();
            sink.title();
            sink.text("Gongwen");
            sink.title_();
            sink.head_();
            sink.body();
            sink.section(1, null);
            sink.sectionTitle(1, null);
            sink.text("Gongwen 公文检查");
            sink.sectionTitle_(1);
            sink.paragraph();
            sink.text(summary());
            sink.text(" ");
            sink.link(reviewPage);
            sink.text("逐篇审阅（原文中标出每处问题）");
            sink.link_();
            sink.paragraph_();
            Map<String, Integer> byCategory = result.countByCategory();
            if (!byCategory.isEmpty()) {
                sink.table();
                sink.tableRows();
                row(sink, true, "类别 category", "问题数 findings");
                byCategory.forEach((c, n) -> row(sink, false, c, String.valueOf(n)));
                sink.tableRows_();
                sink.table_();
            }
            sink.section_(1);
            sink.section(1, null);
            sink.sectionTitle(1, null);
            sink.text("问题 Findings");
            sink.sectionTitle_(1);
            sink.table();
            sink.tableRows();
            row(sink, true, "文件 file", "位置 line", "级别 severity", "规则 rule", "说明 message");
            for (Finding f : result.findings()) {
                row(sink, false, f.file(), location(f), label(f.severity()), f.ruleId(), f.message());
            }
            for (FileResult e : result.errors()) {
                row(sink, false, e.path(), "", "错误", "unreadable", "无法检查：" + e.error());
            }
            sink.tableRows_();
            sink.table_();
            sink.section_(1);
            sink.body_();
            sink.flush();
            sink.close();
        }

        /** The same content as a page of its own (no site around it). */
        void writeStandalone(Writer out) throws IOException {
            StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
                    + "<title>Gongwen</title></head><body>\n<h1>Gongwen 公文检查</h1>\n<p>")
                    .append(esc(summary())).append(" <a href=\"").append(esc(reviewPage))
                    .append("\">逐篇审阅（原文中标出每处问题）</a></p>\n<table border=\"1\">\n")
                    .append("<tr><th>文件 file</th><th>位置 line</th><th>级别 severity</th><th>规则 rule</th><th>说明 message</th></tr>\n");
            for (Finding f : result.findings()) {
                b.append("<tr><td>").append(esc(f.file())).append("</td><td>").append(esc(location(f)))
                        .append("</td><td>").append(esc(label(f.severity()))).append("</td><td>")
                        .append(esc(f.ruleId())).append("</td><td>").append(esc(f.message())).append("</td></tr>\n");
            }
            for (FileResult e : result.errors()) {
                b.append("<tr><td>").append(esc(e.path())).append("</td><td></td><td>错误</td><td>unreadable</td><td>")
                        .append(esc("无法检查：" + e.error())).append("</td></tr>\n");
            }
            out.write(b.append("</table>\n</body></html>\n").toString());
        }

        String summary() {
            Map<Severity, Integer> s = result.countBySeverity();
            return "检查了 " + result.files().size() + " 个文件，发现 " + result.findings().size() + " 处问题（错误 "
                    + s.getOrDefault(Severity.ERROR, 0) + "，警告 " + s.getOrDefault(Severity.WARNING, 0) + "，提示 "
                    + s.getOrDefault(Severity.INFO, 0) + "）" + (result.errors().isEmpty() ? "。"
                            : "；" + result.errors().size() + " 个文件无法检查。");
        }

        private static String location(Finding f) {
            return f.isDocumentLevel() ? "全文" : "第" + f.line() + "行";
        }

        private static String label(Severity s) {
            return s.chineseName();
        }

        private static void row(Sink sink, boolean header, String... cells) {
            sink.tableRow();
            for (String c : cells) {
                if (header) {
                    sink.tableHeaderCell();
                } else {
                    sink.tableCell();
                }
                sink.text(c);
                if (header) {
                    sink.tableHeaderCell_();
                } else {
                    sink.tableCell_();
                }
            }
            sink.tableRow_();
        }

        private static String esc(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }
}
