// failOnSeverity=none: the build passes, prints the findings and still writes every report.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log.contains('[WARNING] ') && log.contains('reports/defects.txt:6:25 [error] placeholder: ')
assert !log.contains('[ERROR]')
def out = new File(basedir, 'target/gongwen')
['gongwen.json', 'gongwen.sarif', 'gongwen.checkstyle.xml', 'gongwen.txt'].each {
    assert new File(out, it).isFile(): "missing report $it"
}
def json = new JsonSlurper().parse(new File(out, 'gongwen.json'), 'UTF-8')
assert json.summary.findings >= 4
def checkstyle = new XmlSlurper().parse(new File(out, 'gongwen.checkstyle.xml'))
def placeholder = checkstyle.file.error.find { it.@source == 'gongwen.placeholder' }
assert placeholder.@line == '6' && placeholder.@column == '25' && placeholder.@severity == 'error'
assert new File(out, 'gongwen.txt').getText('UTF-8').contains('未替换的占位符')
return true
