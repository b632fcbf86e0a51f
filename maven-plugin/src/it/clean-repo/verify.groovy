// A repository whose reports are clean: the build passes and writes empty reports.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('gongwen: 1 file checked, 0 findings (0 error, 0 warning, 0 info)')
assert log.contains('BUILD SUCCESS')
assert !(log =~ /(?i)kiebase|org\.drools|org\.kie/): 'Drools INFO logging must stay out of the build log'

def out = new File(basedir, 'target/gongwen')
def sarif = new JsonSlurper().parse(new File(out, 'gongwen.sarif'), 'UTF-8')
assert sarif.version == '2.1.0'
assert sarif.runs.size() == 1
assert sarif.runs[0].results.isEmpty()
assert sarif.runs[0].tool.driver.rules.any { it.id == 'placeholder' && it.defaultConfiguration.level == 'error' }
def checkstyle = new XmlSlurper().parse(new File(out, 'gongwen.checkstyle.xml'))
assert checkstyle.file.size() == 1
assert checkstyle.file[0].@name.text().endsWith('reports/2024年工作总结.txt')
assert checkstyle.file[0].error.size() == 0
assert new JsonSlurper().parse(new File(out, 'gongwen.json'), 'UTF-8').summary.findings == 0
assert new File(out, 'cache.json').isFile()
return true
