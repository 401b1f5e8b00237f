@echo off
rem Scorebook launcher (Windows). Builds the jar with the Maven wrapper when it is missing or older
rem than the sources, then runs it. Needs only a JDK 17+ on the PATH or in JAVA_HOME.
setlocal
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
  if errorlevel 1 ( popd & echo 构建失败：需要 JDK 17 或更高版本 1>&2 & exit /b 2 )
  popd
)
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dfile.encoding=UTF-8 %SCOREBOOK_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
