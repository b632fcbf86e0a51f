// A binary file among the reports is a clear per-file error; the other files are still checked.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('reports/scan.txt: cannot check: binary file (image), not a text report')
assert log.contains('reports/defects.txt:6:25 [error] placeholder: ')
assert log.contains('reports/gbk.txt:3:7 [error] placeholder: 未替换的占位符“XX”'): 'GB18030 is detected'
assert log.contains('gongwen: 4 files checked')
assert log.contains('1 file could not be checked')
assert log =~ /gongwen: \d+ findings at or above error and 1 file that could not be checked/

def sarif = new JsonSlurper().parse(new File(basedir, 'target/gongwen/gongwen.sarif'), 'UTF-8')
def notes = sarif.runs[0].invocations[0].toolExecutionNotifications
assert notes.size() == 1 && notes[0].level == 'error'
assert notes[0].locations[0].physicalLocation.artifactLocation.uri.endsWith('reports/scan.txt')
assert sarif.runs[0].results.any { it.locations[0].physicalLocation.artifactLocation.uri.endsWith('reports/gbk.txt') }
return true
