/**
 * Executables the guide runs from PowerShell or cmd. Their arguments are not
 * checked (each has its own syntax); they are counted and otherwise skipped.
 * A name that is neither here, nor a cmdlet in the reference, nor a function
 * defined in the same block, is reported as unknown.
 */
export const NATIVE_COMMANDS: readonly string[] = [
  'auditpol',
  'bcdedit',
  'certreq',
  'certutil',
  'cmd',
  'dsregcmd',
  'gpresult',
  'gpupdate',
  'icacls',
  'ipconfig',
  'klist',
  'mmc',
  'net',
  'netsh',
  'netstat',
  'nltest',
  'nslookup',
  'pathping',
  'ping',
  'pktmon',
  'powershell',
  'pwsh',
  'rasdial',
  'rasphone',
  'reg',
  'route',
  'sc.exe',
  'schtasks',
  'setspn',
  'tracert',
  'w32tm',
  'wevtutil',
  'whoami',
];
