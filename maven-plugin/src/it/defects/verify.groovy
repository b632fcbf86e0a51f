// Defects fail the build; the log and the SARIF report name them.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] ') && log.contains('reports/defects.txt:6:25 [error] placeholder: 未替换的占位符“XX”')
assert log.contains('reports/defects.txt:7:1 [error] ordinal-gap: ')
assert log.contains('reports/defects.txt:10:13 [error] residue: ')
assert !log.contains('reports/clean.txt:')
assert log.contains('BUILD FAILURE')
assert log =~ /gongwen: \d+ findings at or above error; reports in .*target[\/\\]gongwen/

def sarif = new JsonSlurper().parse(new File(basedir, 'target/gongwen/gongwen.sarif'), 'UTF-8')
def results = sarif.runs[0].results
def placeholder = results.find { it.ruleId == 'placeholder' }
assert placeholder.level == 'error'
assert placeholder.message.text.contains('XX')
def location = placeholder.locations[0].physicalLocation
assert location.artifactLocation.uri.endsWith('reports/defects.txt')
assert !location.artifactLocation.uri.startsWith('/')
assert location.region.startLine == 6 && location.region.startColumn == 25
assert location.region.endLine == 6 && location.region.endColumn == 27
assert placeholder.partialFingerprints['gongwen/v1']
assert results.collect { it.ruleId } as Set == ['placeholder', 'ordinal-gap', 'residue'] as Set
def rules = sarif.runs[0].tool.driver.rules
assert results.every { r -> rules[r.ruleIndex].id == r.ruleId }
return true
