// Baseline round trip: take it, fail only on a new finding, pass once that is gone.
import groovy.json.JsonSlurper

def baseline = new JsonSlurper().parse(new File(basedir, 'gongwen-baseline.json'), 'UTF-8')
assert baseline.format == 'gongwen-baseline'
assert baseline.findings.size() == 2
assert baseline.findings.every { it.file.endsWith('reports/old.txt') && it.fingerprint }

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('gongwen: wrote 2 finding(s) of 1 file(s) to the baseline')
// Invocation 2 fails on new.txt alone, invocation 3 passes.
assert log.contains('reports/new.txt:3:7 [error] placeholder: ')
assert !(log =~ /reports\/old\.txt:\d+:\d+ \[error\]/)
assert log.contains('gongwen: 2 files checked (1 unchanged, from the cache), 1 finding (1 error, 0 warning, 0 info), 2 findings suppressed by the baseline')
assert log.contains('gongwen: 1 finding at or above error; reports in')
assert log.contains('gongwen: 1 file checked (1 unchanged, from the cache), 0 findings (0 error, 0 warning, 0 info), 2 findings suppressed by the baseline')
assert log.contains('BUILD SUCCESS') && log.contains('BUILD FAILURE')
return true
