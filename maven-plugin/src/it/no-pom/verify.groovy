// Without a pom.xml the goal checks the current directory.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('reports/defects.txt:6:25 [error] placeholder: ')
assert log.contains('gongwen: 1 file checked')
assert new File(basedir, 'target/gongwen/gongwen.sarif').isFile()
return true
