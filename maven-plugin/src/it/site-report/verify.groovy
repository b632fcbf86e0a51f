// mvn site shows the findings as a page of the site, with the editors' page beside it.
def site = new File(basedir, 'target/site')
// Doxia writes non-ASCII characters as numeric references: decode them before looking.
def page = new File(site, 'gongwen.html').getText('UTF-8')
        .replaceAll(/&#x([0-9a-fA-F]+);/) { all, hex -> new String(Character.toChars(Integer.parseInt(hex, 16))) }
assert page.contains('Gongwen 公文检查')
assert page.contains('reports/defects.txt')
assert page.contains('未替换的占位符“XX”')
assert page.contains('gongwen-review.html')
def review = new File(site, 'gongwen-review.html').getText('UTF-8')
assert review.contains('未替换的占位符')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
return true
