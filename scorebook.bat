@echo off
rem Scorebook launcher (Windows). Builds the jar with the Maven wrapper when it is missing or older
rem than the sources, then runs it. Needs only a JDK 17+ on the PATH or in JAVA_HOME.
rem The console is switched to UTF-8 (code page 65001) while Scorebook runs, so that its Chinese
rem messages show on a Chinese console (code page 936) too; the old code page is restored after.
rem Everything above the switch is ASCII. Line endings must stay CRLF (see .gitattributes).
setlocal
set "OLDCP="
for /f "tokens=2 delims=:" %%c in ('chcp') do for /f "tokens=1 delims=. " %%d in ("%%c") do set "OLDCP=%%d"
chcp 65001 >nul
set "HERE=%~dp0"
set "JAR=%HERE%target\scorebook.jar"
set "BUILD="
if not exist "%JAR%" set "BUILD=1"
if not defined BUILD (
  for /f %%i in ('powershell -NoProfile -Command "$j=(Get-Item -LiteralPath '%JAR%').LastWriteTime; @(Get-ChildItem -LiteralPath '%HERE%src\main','%HERE%pom.xml' -Recurse -File | Where-Object { $_.LastWriteTime -gt $j }).Count"') do if not "%%i"=="0" set "BUILD=1"
)
if defined BUILD (
  echo 正在构建 Scorebook（首次运行需要几分钟）… 1>&2
  pushd "%HERE%"
  call mvnw.cmd -B -q -DskipTests package 1>&2
  if errorlevel 1 ( popd & echo 构建失败：需要 JDK 17 或更高版本 1>&2 & call :restore & exit /b 2 )
  popd
)
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 %SCOREBOOK_JAVA_OPTS% -jar "%JAR%" %*
set "STATUS=%ERRORLEVEL%"
call :restore
exit /b %STATUS%

:restore
if defined OLDCP chcp %OLDCP% >nul
exit /b 0
