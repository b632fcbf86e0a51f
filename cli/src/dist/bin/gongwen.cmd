@echo off
rem gongwen: the command line of the stand-alone distribution (bin\gongwen.cmd, lib\gongwen.jar).
rem Extra JVM options: JAVA_OPTS. Java 17 or later: JAVA_HOME, else java on the PATH.
setlocal
set "GONGWEN_HOME=%~dp0.."
set "JAVA_EXE=java"
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java"
"%JAVA_EXE%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:NewRatio=1 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 %JAVA_OPTS% -jar "%GONGWEN_HOME%\lib\gongwen.jar" %*
exit /b %ERRORLEVEL%
