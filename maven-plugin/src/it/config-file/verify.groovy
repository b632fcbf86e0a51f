// The project's gongwen.yaml applies in the plugin as on the command line: PLACEHOLDER off,
// residue demoted to a warning, drafts/ excluded, the words of house-words.tsv found. The ordinal gap still fails the build.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('[error] placeholder')
assert log.contains('reports/defects.txt:10:13 [warning] residue: ')
assert log.contains('reports/defects.txt:7:1 [error] ordinal-gap: ')
assert !log.contains('drafts/draft.txt')
assert log.contains('BUILD FAILURE')
assert log.contains('gongwen:baseline')

def json = new JsonSlurper().parse(new File(basedir, 'target/gongwen/gongwen.json'), 'UTF-8')
assert json.files.size() == 1 && json.files[0].path.endsWith('config-file/reports/defects.txt')
assert json.files[0].findings.every { it.category != 'PLACEHOLDER' }
assert json.files[0].findings.any { it.rule == 'house-word-info' && it.line == 6 && it.column == 8 && it.excerpt == '提质增效' }
return true
