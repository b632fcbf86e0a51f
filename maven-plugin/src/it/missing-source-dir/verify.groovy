// A misspelt source directory fails the build instead of checking nothing and passing.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /gongwen: source directory .*reprots does not exist/
assert log.contains('failIfNoFiles')
assert log.contains('BUILD FAILURE')
return true
