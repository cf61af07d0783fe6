/**
 * Built-in command aliases the checker resolves to their cmdlets. Each is
 * named in the cmdlet's own 5.1 help page (notes or examples).
 */
export const COMMAND_ALIASES: Readonly<Record<string, string>> = {
  fl: 'Format-List',
  gsv: 'Get-Service',
  sasv: 'Start-Service',
  spsv: 'Stop-Service',
  sc: 'Set-Content',
  sls: 'Select-String',
  foreach: 'ForEach-Object',
  where: 'Where-Object',
};
