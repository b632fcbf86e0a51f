package io.github.gongwen;

import io.github.gongwen.engine.RuleLimitException;
import io.github.gongwen.text.CheckInterruptedException;
import java.time.Duration;

/**
 * How long one file may take, and whether errors carry their technical detail; from them, the
 * reason a check failed as the user reads it.
 *
 * @param timeLimit the time one file may take in {@link Checker#checkAll}, or {@code null}
 * @param debug whether the error of a file that failed inside the checker carries the detail
 */
record Limits(Duration timeLimit, boolean debug) {
    /** The reason a check failed, for the user: in Chinese, without class names unless debugging. */
    String failure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CheckInterruptedException c) {
                String rule = c.rule() == null ? "" : "，当时在执行规则 " + c.rule();
                return Checker.TIMEOUT + (timeLimit == null ? (rule.isEmpty() ? "" : "（" + rule.substring(1) + "）")
                        : "（超过 " + timeLimit.toSeconds() + " 秒" + rule + "）");
            }
            if (t instanceof RuleLimitException || t instanceof FindingList.FactLimitReached) {
                return t.getMessage();
            }
        }
        String why = e instanceof StackOverflowError ? "内部错误：文本结构过深（如极长的一行），无法检查本文件"
                : e instanceof OutOfMemoryError ? "内存不足，无法检查本文件" : "内部错误，无法检查本文件";
        return debug ? why + "：" + e : why;
    }
}
