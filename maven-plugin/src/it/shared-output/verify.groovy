// Three modules of one -T 2 build share one output directory: its JSON, SARIF and checkstyle reports
// are valid and hold the findings of every module (not the last one's only), each module keeps a cache
// of its own, and the second build takes every file from those caches.
import groovy.json.JsonSlurper

def dir = new File(basedir, 'target/all-reports')
def ends = ['a/reports/a.txt', 'b/reports/b1.txt', 'b/reports/b2.txt', 'c/reports/c.txt']
def json = new JsonSlurper().parse(new File(dir, 'gongwen.json'), 'UTF-8')
def paths = json.files.collect { it.path }
assert paths.size() == 4: paths
ends.each { e -> assert paths.any { it.endsWith(e) }: "$e in $paths" }
json.files.each { assert !it.findings.isEmpty(): it.path }
assert json.summary.files == 4
assert json.summary.findings == json.files.sum { it.findings.size() }

def sarif = new JsonSlurper().parse(new File(dir, 'gongwen.sarif'), 'UTF-8')
def uris = sarif.runs[0].results.collect { it.locations[0].physicalLocation.artifactLocation.uri }.unique()
ends.each { e -> assert uris.any { it.endsWith(e) }: "$e in $uris" }
assert sarif.runs[0].results.size() == json.summary.findings

def xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new File(dir, 'gongwen.checkstyle.xml'))
def fileNodes = xml.getElementsByTagName('file')
def names = (0..<fileNodes.length).collect { fileNodes.item(it).getAttribute('name') }
ends.each { e -> assert names.any { it.endsWith(e) }: "$e in $names" }
assert xml.getElementsByTagName('error').length == json.summary.findings

['a', 'b', 'c'].each { m -> assert new File(dir, "cache-it.gongwen.${m}.json").isFile(): m }
assert !new File(dir, 'cache.json').exists()
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.count('gongwen: 1 file checked (1 unchanged, from the cache), ') == 2
assert log.count('gongwen: 2 files checked (2 unchanged, from the cache), ') == 1
assert log.contains('(shared: the findings of the modules ')
assert !dir.list().any { it.endsWith('.tmp') || it.endsWith('.gongwen-tmp') }: dir.list()
return true
