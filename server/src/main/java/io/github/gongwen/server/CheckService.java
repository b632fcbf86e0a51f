package io.github.gongwen.server;

import io.github.gongwen.Checker;
import io.github.gongwen.FileResult;
import io.github.gongwen.Finding;
import io.github.gongwen.RunResult;
import io.github.gongwen.config.Suggestion;
import io.github.gongwen.engine.RuleInfo;
import io.github.gongwen.text.SourceText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the reports of requests with one checker built at start, within the server's limits: at
 * most {@code maxChecks} checks at once on threads of their own, a bounded number of requests
 * waiting for one (then 503 with {@code Retry-After}), and a time limit per check (then 503; the
 * check runs to its end and keeps its slot meanwhile, so the limit on concurrent work holds).
 *
 * <p>Rules turned off or on by a request are applied to the findings of a checker that runs every
 * rule the configuration declares: a rule's findings do not depend on which other rules run, so
 * this gives what a checker built with those settings would, without compiling per request.
 */
final class CheckService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CheckService.class);
    /** A short report with a doubled character: checking it loads HanLP's dictionaries. */
    private static final String WARM_UP = "2024年工作总结\n一、主要工作\n全年推动动产业发展，完成目标任务。\n二、存在的问题\n基础还不牢固。\n";

    /** How a check is done; tests slow it down to reach the time limit. */
    interface Engine {
        List<Finding> check(Checker checker, SourceText source);
    }

    /**
     * The rules of the service: replaced whole by {@link #reload}, read once per request, so a request
     * under way finishes with the rules it started with.
     */
    private static final class Rules {
        final Checker checker;
        /** The rules the configuration turns on, by id, with their severity there. */
        final Map<String, RuleInfo> configured;
        /** Every rule the checker runs (also those the configuration turns off), sorted by id. */
        final List<RuleInfo> all;
        /** Rule ids and categories. */
        final Set<String> names;

        Rules(Checker configuredChecker, Checker fullChecker) {
            this.checker = fullChecker;
            Map<String, RuleInfo> on = new LinkedHashMap<>();
            configuredChecker.rules().forEach(r -> on.put(r.id(), r));
            this.configured = Collections.unmodifiableMap(on);
            this.all = fullChecker.rules();
            Set<String> n = new TreeSet<>();
            for (RuleInfo r : all) {
                n.add(r.id());
                n.add(r.category());
            }
            this.names = Collections.unmodifiableSet(n);
        }
    }

    private volatile Rules rules;
    private final Engine engine;
    private final Duration checkTimeout;
    private final Duration queueWait;
    private final int maxQueued;
    private final int maxChecks;
    private final Semaphore slots;
    private final AtomicInteger waiting = new AtomicInteger();
    private final ExecutorService pool;
    private volatile LongConsumer checkTimes = nanos -> { };
    private volatile boolean ready;
    private volatile boolean stopping;

    /**
     * @param configuredChecker the checker with the configuration applied
     * @param fullChecker the same with the rules the configuration turns off turned on again (or
     *     the same checker when it turns none off)
     */
    CheckService(Checker configuredChecker, Checker fullChecker, ServerConfig limits, Engine engine) {
        this.rules = new Rules(configuredChecker, fullChecker);
        this.engine = engine;
        this.checkTimeout = limits.checkTimeout();
        this.queueWait = limits.queueWait();
        this.maxQueued = limits.maxQueued();
        this.maxChecks = limits.maxChecks();
        this.slots = new Semaphore(maxChecks);
        AtomicInteger threads = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(limits.maxChecks(), r -> {
            Thread t = new Thread(r, "gongwen-check-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Checks one report and gives the result as the command line would for a file of that name. */
    RunResult check(CheckRequest request) {
        Rules r = this.rules; // the rules this request keeps to its end, whatever a reload does meanwhile
        Map<String, RuleInfo> applied = effective(r, request.disabled(), request.enabled());
        Checker c = request.reportYear() == null ? r.checker : r.checker.withReportYear(request.reportYear());
        List<Finding> findings = run(c, request.source());
        List<Finding> kept = findings;
        if (applied != r.configured || r.all.size() != r.configured.size()) {
            kept = new ArrayList<>(findings.size());
            for (Finding f : findings) {
                if (applied.containsKey(f.ruleId())) {
                    kept.add(f);
                }
            }
        }
        return new RunResult(List.of(FileResult.ok(request.source(), kept)), List.copyOf(applied.values()));
    }

    /**
     * Replaces the rules for the requests that start from now on; those under way finish with the
     * rules they started with.
     */
    void reload(Checker configuredChecker, Checker fullChecker) {
        this.rules = new Rules(configuredChecker, fullChecker);
    }

    /** The rules a request applies: the configuration's, with the request's settings (an id beats its category). */
    Map<String, RuleInfo> effective(List<String> disabled, List<String> enabled) {
        return effective(rules, disabled, enabled);
    }

    private static Map<String, RuleInfo> effective(Rules current, List<String> disabled, List<String> enabled) {
        Map<String, RuleInfo> configured = current.configured;
        List<RuleInfo> all = current.all;
        Set<String> names = current.names;
        if (disabled.isEmpty() && enabled.isEmpty()) {
            return configured;
        }
        Map<String, Boolean> settings = new HashMap<>();
        for (String d : disabled) {
            settings.put(known(names, d, "disabled"), false);
        }
        for (String e : enabled) {
            if (Boolean.FALSE.equals(settings.get(known(names, e, "enabled")))) {
                throw ApiError.badRequest("conflicting-rules", "“" + e + "”同时出现在 disabled 和 enabled 中");
            }
            settings.put(e, true);
        }
        Map<String, RuleInfo> out = new LinkedHashMap<>();
        for (RuleInfo r : all) {
            Boolean s = settings.get(r.id());
            if (s == null) {
                s = settings.get(r.category());
            }
            if (s == null ? configured.containsKey(r.id()) : s) {
                out.put(r.id(), configured.getOrDefault(r.id(), r));
            }
        }
        return out;
    }

    private static String known(Set<String> names, String name, String field) {
        if (!names.contains(name)) {
            String hint = Suggestion.closest(name, names);
            throw ApiError.badRequest("unknown-rule", "字段“" + field + "”中的“" + name + "”不是规则编号或类别"
                    + (hint.isEmpty() ? "" : "，是否要写“" + hint + "”？") + "（GET /api/v1/rules 列出全部规则）");
        }
        return name;
    }

    private List<Finding> run(Checker c, SourceText source) {
        if (stopping) {
            throw new ApiError(503, "shutting-down", "服务正在关闭，请稍后重试", 5);
        }
        acquire();
        CompletableFuture<List<Finding>> done;
        try {
            done = CompletableFuture.supplyAsync(() -> {
                long t0 = System.nanoTime();
                try {
                    return engine.check(c, source);
                } finally {
                    slots.release();
                    checkTimes.accept(System.nanoTime() - t0);
                }
            }, pool);
        } catch (RejectedExecutionException e) {
            slots.release();
            throw new ApiError(503, "shutting-down", "服务正在关闭，请稍后重试", 5);
        }
        try {
            return done.get(checkTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn("a check of {} characters took longer than {} ms; answered 503", source.text().length(),
                    checkTimeout.toMillis());
            throw new ApiError(503, "check-timeout", "检查超时：超过 " + seconds(checkTimeout)
                    + "，请缩短文本后重试", 1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(503, "interrupted", "检查被中断，请重试", 1);
        } catch (ExecutionException e) {
            // the text of the request is not logged, only what went wrong
            LOG.error("a check of {} characters failed", source.text().length(), e.getCause());
            throw new ApiError(500, "internal", "检查时发生内部错误");
        }
    }

    /** Takes a check slot: at once when one is free, else after waiting in a bounded queue. */
    private void acquire() {
        if (slots.tryAcquire()) {
            return;
        }
        if (waiting.incrementAndGet() > maxQueued) {
            waiting.decrementAndGet();
            throw busy();
        }
        try {
            if (!slots.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        } finally {
            waiting.decrementAndGet();
        }
    }

    private ApiError busy() {
        return new ApiError(503, "busy", "服务繁忙：正在进行的检查已达上限，请稍后重试", Math.max(1, (int) queueWait.toSeconds()));
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " 秒" : d.toMillis() + " 毫秒";
    }

    /** Checks a short report once, which loads the word segmenter's dictionaries; then the service is ready. */
    void warmUp() {
        rules.checker.check("warm-up.txt", WARM_UP);
        ready = true;
    }

    /** Tells {@code times} how long each check took, in nanoseconds, when it ends. */
    void onCheck(LongConsumer times) {
        this.checkTimes = times;
    }

    /** Checks running now (also those whose request was answered with a timeout). */
    int running() {
        return maxChecks - slots.availablePermits();
    }

    /** Requests waiting for a check slot. */
    int waiting() {
        return waiting.get();
    }

    /** Whether the rules are compiled and the segmenter is loaded. */
    boolean ready() {
        return ready && !stopping;
    }

    /** Every rule the configuration declares, sorted by id, and whether it is on by default. */
    List<RuleInfo> allRules() {
        return rules.all;
    }

    /** The configuration's setting of a rule: its severity when on, {@code null} when off. */
    RuleInfo configured(String id) {
        return rules.configured.get(id);
    }

    @Override
    public void close() {
        stopping = true;
        pool.shutdownNow();
    }
}
