// Two modules checked with -T 2: both are checked, the rules are compiled once for both, and the
// second build takes the unchanged files from the cache without compiling the rules at all.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('a/reports/a.txt') == false: 'a clean report prints no finding'
assert log.contains('b/reports/b.txt:6:25 [error] placeholder: ')
assert log.count('gongwen: compiled ') == 1: 'once in the first build, not in the second'
assert log.count('gongwen: 1 file checked, ') == 2
assert log.count('gongwen: 1 file checked (1 unchanged, from the cache), ') == 2
assert new File(basedir, 'a/target/gongwen/gongwen.sarif').isFile()
assert new File(basedir, 'b/target/gongwen/gongwen.sarif').isFile()
assert new File(basedir, 'b/target/gongwen/cache.json').isFile()
return true
