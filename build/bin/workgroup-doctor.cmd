@echo off
rem workgroup-doctor: the command line of the installed Workgroup Doctor (see README, "For technicians").
rem It runs the app's own executable as Node (ELECTRON_RUN_AS_NODE, kept on by the RunAsNode fuse) on the
rem command line built into app.asar, the way VS Code's bin\code.cmd runs its cli.js. Electron reads
rem app.asar in this mode too ("ASAR Archives"), so the CLI stays inside the integrity-checked archive.
rem setlocal keeps the variables below from leaking into the caller's prompt. ELECTRON_NO_ASAR is cleared
rem because it would turn that asar support off. A command script waits for the program it starts,
rem even a windowed one like the app (see "cmd /?"), so ERRORLEVEL is the command line's exit status.
setlocal
set ELECTRON_RUN_AS_NODE=1
set ELECTRON_NO_ASAR=
"%~dp0..\Workgroup Doctor.exe" "%~dp0..\resources\app.asar\out\main\cli.js" %*
exit /b %ERRORLEVEL%
