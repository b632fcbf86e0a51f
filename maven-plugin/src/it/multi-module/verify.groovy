// A multi-module build checks each file once: the parent leaves its modules' directories to them.
import groovy.json.JsonSlurper

def paths = { dir -> new JsonSlurper().parse(new File(basedir, dir + '/target/gongwen/gongwen.json'), 'UTF-8').files.collect { it.path } }
// Paths are relative to the git work tree the project is in, so compare their ends.
def only = { dir, end -> def p = paths(dir); assert p.size() == 1 && p[0].endsWith(end): p }
only('.', 'multi-module/notes/parent.txt')
only('a', 'multi-module/a/reports/a.txt')
only('b', 'multi-module/b/reports/b.txt')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
return true
