; JDIH Desktop — Windows installer (NSIS 3, 64-bit, Unicode).
; Compiled by installer/build.py:  makensis -WX -XTarget amd64-unicode /DVERSION=… /DOUTFILE=…
; The payload (Python, pkgs, bin) was laid out by pynsist; payload.nsh lists it in sorted order.
; Per-machine install. $APPDATA under SetShellVarContext all is C:\ProgramData; the data folder
; created writable for every user and is never removed by the uninstaller.

!ifndef VERSION
  !error "VERSION is not defined (makensis /DVERSION=x.y.z)"
!endif
!ifndef OUTFILE
  !define OUTFILE "JDIH_Desktop_${VERSION}_setup.exe"
!endif

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma
SetDatablockOptimize on
RequestExecutionLevel admin

!define PRODUCT_NAME "JDIH Desktop"
!define PRODUCT_ORG "KPU Kota Singkawang"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\JDIH Desktop"
!define APP_KEY "Software\KPU Kota Singkawang\JDIH Desktop"
!define LAUNCH_SCRIPT "JDIH_Desktop.launch.pyw"
!define ICON "app.ico"

Name "${PRODUCT_NAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${PRODUCT_ORG}\${PRODUCT_NAME}"
InstallDirRegKey HKLM "${APP_KEY}" "InstallDir"
ShowInstDetails show
ShowUninstDetails show
BrandingText "${PRODUCT_NAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIFileVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${PRODUCT_NAME}"
VIAddVersionKey /LANG=0 "CompanyName" "${PRODUCT_ORG}"
VIAddVersionKey /LANG=0 "FileDescription" "${PRODUCT_NAME} installer"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "GPL-3.0-or-later"

!include "MUI2.nsh"
!include "x64.nsh"
!include "payload.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT HKLM
!define MUI_LANGDLL_REGISTRY_KEY "${APP_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_FUNCTION LaunchApp

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "LICENSE"
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; Indonesian first: the default for the office.
!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString SEC_APP ${LANG_INDONESIAN} "JDIH Desktop (program)"
LangString SEC_APP ${LANG_ENGLISH} "JDIH Desktop (program)"
LangString SEC_DESKTOP ${LANG_INDONESIAN} "Pintasan di desktop"
LangString SEC_DESKTOP ${LANG_ENGLISH} "Desktop shortcut"
LangString DESC_APP ${LANG_INDONESIAN} "Program, Python dan pustakanya. Wajib."
LangString DESC_APP ${LANG_ENGLISH} "The program, Python and its libraries. Required."
LangString DESC_DESKTOP ${LANG_INDONESIAN} "Ikon JDIH Desktop di desktop semua pengguna."
LangString DESC_DESKTOP ${LANG_ENGLISH} "A JDIH Desktop icon on every user's desktop."
LangString LNK_DEMO ${LANG_INDONESIAN} "JDIH Desktop (data demo)"
LangString LNK_DEMO ${LANG_ENGLISH} "JDIH Desktop (demo data)"
LangString LNK_DATA ${LANG_INDONESIAN} "Folder data JDIH Desktop"
LangString LNK_DATA ${LANG_ENGLISH} "JDIH Desktop data folder"
LangString LNK_UNINSTALL ${LANG_INDONESIAN} "Hapus JDIH Desktop"
LangString LNK_UNINSTALL ${LANG_ENGLISH} "Uninstall JDIH Desktop"
LangString MSG_COMPILE ${LANG_INDONESIAN} "Menyiapkan modul Python (sekali saja)…"
LangString MSG_COMPILE ${LANG_ENGLISH} "Preparing Python modules (once)…"
LangString MSG_DATA_KEPT ${LANG_INDONESIAN} "Folder data tidak dihapus: $0"
LangString MSG_DATA_KEPT ${LANG_ENGLISH} "The data folder is kept: $0"
LangString MSG_NEED64 ${LANG_INDONESIAN} "JDIH Desktop memerlukan Windows 64-bit."
LangString MSG_NEED64 ${LANG_ENGLISH} "JDIH Desktop needs 64-bit Windows."

Var DataDir

Section "!$(SEC_APP)" SecApp
  SectionIn RO
  SetShellVarContext all
  SetRegView 64
  ; An upgrade replaces the libraries whole (no stale modules from an older version).
  !insertmacro JDIH_UNPAYLOAD
  SetOutPath "$INSTDIR"
  SetOverwrite on
  File "${ICON}"
  File "${LAUNCH_SCRIPT}"
  File "LICENSE"
  File "_system_path.py"
  !insertmacro JDIH_PAYLOAD
  SetOutPath "$INSTDIR"

  ; The data folder: shared by every Windows user of this PC (Users: modify).
  StrCpy $DataDir "$APPDATA\${PRODUCT_ORG}\${PRODUCT_NAME}"
  CreateDirectory "$DataDir"
  nsExec::ExecToLog 'icacls "$DataDir" /grant *S-1-5-32-545:(OI)(CI)M /T /Q'
  Pop $0

  DetailPrint "$(MSG_COMPILE)"
  nsExec::ExecToLog '"$INSTDIR\Python\python.exe" -E -m compileall -q "$INSTDIR\pkgs"'
  Pop $0
  ; The console launcher's folder on the machine PATH (scheduled backup/retention tasks).
  nsExec::ExecToLog '"$INSTDIR\Python\python.exe" -Es "$INSTDIR\_system_path.py" add "$INSTDIR\bin"'
  Pop $0

  ; Start menu (the working folder of a shortcut is the current SetOutPath).
  CreateDirectory "$SMPROGRAMS\${PRODUCT_NAME}"
  CreateShortCut "$SMPROGRAMS\${PRODUCT_NAME}\${PRODUCT_NAME}.lnk" \
    "$INSTDIR\Python\pythonw.exe" '"$INSTDIR\${LAUNCH_SCRIPT}"' "$INSTDIR\${ICON}" 0
  CreateShortCut "$SMPROGRAMS\${PRODUCT_NAME}\$(LNK_DEMO).lnk" \
    "$INSTDIR\Python\pythonw.exe" '"$INSTDIR\${LAUNCH_SCRIPT}" --demo' "$INSTDIR\${ICON}" 0
  CreateShortCut "$SMPROGRAMS\${PRODUCT_NAME}\$(LNK_DATA).lnk" "$DataDir"
  CreateShortCut "$SMPROGRAMS\${PRODUCT_NAME}\$(LNK_UNINSTALL).lnk" "$INSTDIR\uninstall.exe"

  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKLM "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${APP_KEY}" "DataDir" "$DataDir"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT_NAME}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PRODUCT_ORG}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${ICON}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "$(SEC_DESKTOP)" SecDesktop
  SetShellVarContext all
  SetOutPath "$INSTDIR"
  CreateShortCut "$DESKTOP\${PRODUCT_NAME}.lnk" \
    "$INSTDIR\Python\pythonw.exe" '"$INSTDIR\${LAUNCH_SCRIPT}"' "$INSTDIR\${ICON}" 0
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecApp} $(DESC_APP)
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} $(DESC_DESKTOP)
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function LaunchApp
  Exec '"$INSTDIR\Python\pythonw.exe" "$INSTDIR\${LAUNCH_SCRIPT}"'
FunctionEnd

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "$(MSG_NEED64)" /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  SetRegView 64
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Uninstall"
  SetShellVarContext all
  SetRegView 64
  nsExec::ExecToLog '"$INSTDIR\Python\python.exe" -Es "$INSTDIR\_system_path.py" remove "$INSTDIR\bin"'
  Pop $0
  !insertmacro JDIH_UNPAYLOAD
  Delete "$INSTDIR\${ICON}"
  Delete "$INSTDIR\${LAUNCH_SCRIPT}"
  Delete "$INSTDIR\LICENSE"
  Delete "$INSTDIR\_system_path.py"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  RMDir "$PROGRAMFILES64\${PRODUCT_ORG}"
  RMDir /r "$SMPROGRAMS\${PRODUCT_NAME}"
  Delete "$DESKTOP\${PRODUCT_NAME}.lnk"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  ; The data folder (database, config.ini, backups, logs) is never removed here.
  ReadRegStr $0 HKLM "${APP_KEY}" "DataDir"
  DeleteRegValue HKLM "${APP_KEY}" "InstallDir"
  DeleteRegValue HKLM "${APP_KEY}" "InstallerLanguage"
  StrCmp $0 "" +2
    DetailPrint "$(MSG_DATA_KEPT)"
SectionEnd
