/**
 * Windows PowerShell 5.1's own cmdlets that the guide uses, with the
 * parameters of their published help (MicrosoftDocs/PowerShell-Docs,
 * reference/5.1/<module>/<cmdlet>.md or .yml, read through the index of
 * public repositories). Each entry names its page. Windows PowerShell 5.1 is
 * what Windows Server and Windows 11 ship, so that is the version checked.
 */
import type { SignatureSpec } from '../signature-spec';

const DOCS = 'https://learn.microsoft.com/powershell/module';
const page = (module: string, cmdlet: string): string => `${DOCS}/${module.toLowerCase()}/${cmdlet.toLowerCase()}?view=powershell-5.1`;

// Get-ChildItem's last five parameters are the Certificate provider's dynamic parameters (about_Certificate_Provider).

/** Parameters shared by the provider cmdlets (Get-ItemProperty and friends). */
const PROVIDER_FILTERS = `
  -Filter String
  -Include String[]
  -Exclude String[]
  -Credential PSCredential
  -UseTransaction Switch aka usetx
`;
const SHOULD_PROCESS = `
  -WhatIf Switch aka wi
  -Confirm Switch aka cf
`;
/** Registry value kinds, as the Registry provider's -PropertyType/-Type documents them. */
const REGISTRY_KINDS = 'String | ExpandString | Binary | DWord | MultiString | Qword | Unknown';

export const POWERSHELL_BUILTIN: readonly SignatureSpec[] = [
  {
    name: 'Get-WinEvent',
    module: 'Microsoft.PowerShell.Diagnostics',
    source: page('Microsoft.PowerShell.Diagnostics', 'Get-WinEvent'),
    parameters: `
      -LogName String[]
      -ListLog String[]
      -ListProvider String[]
      -ProviderName String[]
      -Path String[] aka PSPath
      -FilterHashtable Hashtable[]
      -FilterXml XmlDocument
      -FilterXPath String
      -MaxEvents Int64
      -ComputerName String aka Cn
      -Credential PSCredential
      -Force Switch
      -Oldest Switch
    `,
  },
  {
    name: 'Select-Object',
    module: 'Microsoft.PowerShell.Utility',
    source: page('Microsoft.PowerShell.Utility', 'Select-Object'),
    parameters: `
      -InputObject PSObject
      -Property Object[]
      -ExcludeProperty String[]
      -ExpandProperty String
      -Unique Switch
      -Last Int32
      -First Int32
      -Skip Int32
      -SkipLast Int32
      -Wait Switch
      -Index Int32[]
    `,
  },
  {
    name: 'Where-Object',
    module: 'Microsoft.PowerShell.Core',
    source: page('Microsoft.PowerShell.Core', 'Where-Object'),
    parameters: `
      -InputObject PSObject
      -Property String
      -Value Object
      -FilterScript ScriptBlock
      -EQ Switch
      -CEQ Switch
      -NE Switch
      -CNE Switch
      -GT Switch
      -CGT Switch
      -LT Switch
      -CLT Switch
      -GE Switch
      -CGE Switch
      -LE Switch
      -CLE Switch
      -Like Switch
      -CLike Switch
      -NotLike Switch
      -CNotLike Switch
      -Match Switch
      -CMatch Switch
      -NotMatch Switch
      -CNotMatch Switch
      -Contains Switch
      -CContains Switch
      -NotContains Switch
      -CNotContains Switch
      -In Switch
      -CIn Switch
      -NotIn Switch
      -CNotIn Switch
      -Is Switch
      -IsNot Switch
    `,
  },
  {
    name: 'ForEach-Object',
    module: 'Microsoft.PowerShell.Core',
    source: page('Microsoft.PowerShell.Core', 'ForEach-Object'),
    parameters: `
      -InputObject PSObject
      -Begin ScriptBlock
      -Process ScriptBlock[]
      -End ScriptBlock
      -RemainingScripts ScriptBlock[]
      -MemberName String
      -ArgumentList Object[] aka Args
      ${SHOULD_PROCESS}
    `,
  },
  {
    name: 'Format-Table',
    module: 'Microsoft.PowerShell.Utility',
    source: page('Microsoft.PowerShell.Utility', 'Format-Table'),
    parameters: `
      -AutoSize Switch
      -RepeatHeader Switch
      -HideTableHeaders Switch
      -Wrap Switch
      -Property Object[]
      -GroupBy Object
      -View String
      -ShowError Switch
      -DisplayError Switch
      -Force Switch
      -Expand String values CoreOnly | EnumOnly | Both
      -InputObject PSObject
    `,
  },
  {
    name: 'Format-List',
    module: 'Microsoft.PowerShell.Utility',
    source: page('Microsoft.PowerShell.Utility', 'Format-List'),
    parameters: `
      -Property Object[]
      -GroupBy Object
      -View String
      -ShowError Switch
      -DisplayError Switch
      -Force Switch
      -Expand String values CoreOnly | EnumOnly | Both
      -InputObject PSObject
    `,
  },
  {
    name: 'Sort-Object',
    module: 'Microsoft.PowerShell.Utility',
    source: page('Microsoft.PowerShell.Utility', 'Sort-Object'),
    parameters: `
      -Property Object[]
      -Descending Switch
      -Unique Switch
      -InputObject PSObject
      -Culture String
      -CaseSensitive Switch
    `,
  },
  {
    name: 'Out-File',
    module: 'Microsoft.PowerShell.Utility',
    source: page('Microsoft.PowerShell.Utility', 'Out-File'),
    parameters: `
      -FilePath String
      -LiteralPath String aka PSPath
      -Encoding String values ASCII | BigEndianUnicode | Default | OEM | String | Unicode | Unknown | UTF7 | UTF8 | UTF32
      -Append Switch
      -Force Switch
      -NoClobber Switch aka NoOverwrite
      -Width Int32
      -NoNewline Switch
      -InputObject PSObject
      ${SHOULD_PROCESS}
    `,
  },
  {
    name: 'Get-ChildItem',
    module: 'Microsoft.PowerShell.Management',
    source: page('Microsoft.PowerShell.Management', 'Get-ChildItem'),
    parameters: `
      -Path String[]
      -LiteralPath String[] aka PSPath
      -Filter String
      -Include String[]
      -Exclude String[]
      -Recurse Switch
      -Depth UInt32
      -Force Switch
      -Name Switch
      -UseTransaction Switch aka usetx
      -Attributes FlagsExpression values Archive | Compressed | Device | Directory | Encrypted | Hidden | IntegrityStream | Normal | NoScrubData | NotContentIndexed | Offline | ReadOnly | ReparsePoint | SparseFile | System | Temporary
      -Directory Switch
      -File Switch
      -Hidden Switch
      -ReadOnly Switch
      -System Switch
      -CodeSigningCert Switch
      -DnsName DnsNameRepresentation
      -EKU String
      -SSLServerAuthentication Switch
      -ExpiringInDays Int32
    `,
  },
  {
    name: 'Get-Content',
    module: 'Microsoft.PowerShell.Management',
    source: page('Microsoft.PowerShell.Management', 'Get-Content'),
    parameters: `
      -Path String[]
      -LiteralPath String[] aka PSPath
      -ReadCount Int64
      -TotalCount Int64
      -Tail Int32
      -Force Switch
      -Delimiter String
      -Wait Switch
      -Raw Switch
      -Encoding FileSystemCmdletProviderEncoding values ASCII | BigEndianUnicode | BigEndianUTF32 | Byte | Default | OEM | String | Unicode | Unknown | UTF7 | UTF8 | UTF32
      -Stream String
      ${PROVIDER_FILTERS}
    `,
  },
  {
    name: 'Get-ItemProperty',
    module: 'Microsoft.PowerShell.Management',
    source: page('Microsoft.PowerShell.Management', 'Get-ItemProperty'),
    parameters: `
      -Path String[]
      -LiteralPath String[] aka PSPath
      -Name String[] aka PSProperty
      ${PROVIDER_FILTERS}
    `,
  },
  {
    name: 'New-ItemProperty',
    module: 'Microsoft.PowerShell.Management',
    source: page('Microsoft.PowerShell.Management', 'New-ItemProperty'),
    parameters: `
      -Path String[]
      -LiteralPath String[] aka PSPath
      -Name String aka PSProperty
      -PropertyType String aka Type values ${REGISTRY_KINDS}
      -Value Object
      -Force Switch
      ${PROVIDER_FILTERS}
      ${SHOULD_PROCESS}
    `,
  },
  {
    name: 'Set-ItemProperty',
    module: 'Microsoft.PowerShell.Management',
    source: page('Microsoft.PowerShell.Management', 'Set-ItemProperty'),
    parameters: `
      -Path String[]
      -LiteralPath String[] aka PSPath
      -Name String aka PSProperty
      -Value Object
      -InputObject PSObject
      -Type RegistryValueKind values ${REGISTRY_KINDS}
      -PassThru Switch
      -Force Switch
      ${PROVIDER_FILTERS}
      ${SHOULD_PROCESS}
    `,
  },
  {
    name: 'Remove-ItemProperty',
    module: 'Microsoft.PowerShell.Management',
    source: page('Microsoft.PowerShell.Management', 'Remove-ItemProperty'),
    parameters: `
      -Path String[]
      -LiteralPath String[] aka PSPath
      -Name String[] aka PSProperty
      -Force Switch
      ${PROVIDER_FILTERS}
      ${SHOULD_PROCESS}
    `,
  },
  {
    name: 'Get-Service',
    module: 'Microsoft.PowerShell.Management',
    source: page('Microsoft.PowerShell.Management', 'Get-Service'),
    parameters: `
      -Name String[] aka ServiceName
      -DisplayName String[]
      -InputObject ServiceController[]
      -ComputerName String[] aka Cn
      -DependentServices Switch aka DS
      -RequiredServices Switch aka SDO, ServicesDependedOn
      -Include String[]
      -Exclude String[]
    `,
  },
  {
    name: 'Test-ComputerSecureChannel',
    module: 'Microsoft.PowerShell.Management',
    source: page('Microsoft.PowerShell.Management', 'Test-ComputerSecureChannel'),
    parameters: `
      -Repair Switch
      -Server String
      -Credential PSCredential
      ${SHOULD_PROCESS}
    `,
  },
  {
    name: 'Restart-Service',
    module: 'Microsoft.PowerShell.Management',
    source: page('Microsoft.PowerShell.Management', 'Restart-Service'),
    parameters: `
      -Name String[] aka ServiceName
      -DisplayName String[]
      -InputObject ServiceController[]
      -Force Switch
      -PassThru Switch
      -Include String[]
      -Exclude String[]
      ${SHOULD_PROCESS}
    `,
  },
  {
    name: 'Remove-Item',
    module: 'Microsoft.PowerShell.Management',
    source: page('Microsoft.PowerShell.Management', 'Remove-Item'),
    parameters: `
      -Path String[]
      -LiteralPath String[] aka PSPath
      -Recurse Switch
      -Force Switch
      -Stream String[]
      ${PROVIDER_FILTERS}
      ${SHOULD_PROCESS}
    `,
  },
  {
    name: 'New-Item',
    module: 'Microsoft.PowerShell.Management',
    source: page('Microsoft.PowerShell.Management', 'New-Item'),
    parameters: `
      -Path String[]
      -Name String
      -ItemType String aka Type
      -Value Object aka Target
      -Force Switch
      -Credential PSCredential
      -UseTransaction Switch aka usetx
      ${SHOULD_PROCESS}
    `,
  },
  {
    name: 'Start-Service',
    module: 'Microsoft.PowerShell.Management',
    source: page('Microsoft.PowerShell.Management', 'Start-Service'),
    parameters: `
      -Name String[] aka ServiceName
      -DisplayName String[]
      -InputObject ServiceController[]
      -PassThru Switch
      -Include String[]
      -Exclude String[]
      ${SHOULD_PROCESS}
    `,
  },
  {
    name: 'Stop-Service',
    module: 'Microsoft.PowerShell.Management',
    source: page('Microsoft.PowerShell.Management', 'Stop-Service'),
    parameters: `
      -Name String[] aka ServiceName
      -DisplayName String[]
      -InputObject ServiceController[]
      -Force Switch
      -NoWait Switch
      -PassThru Switch
      -Include String[]
      -Exclude String[]
      ${SHOULD_PROCESS}
    `,
  },
  {
    name: 'Get-CimInstance',
    module: 'CimCmdlets',
    source: page('CimCmdlets', 'Get-CimInstance'),
    parameters: `
      -ClassName String
      -CimSession CimSession[]
      -ComputerName String[] aka CN, ServerName
      -Filter String
      -InputObject CimInstance aka CimInstance
      -KeyOnly Switch
      -Namespace String
      -OperationTimeoutSec UInt32 aka OT
      -Property String[] aka SelectProperties
      -Query String
      -QueryDialect String
      -ResourceUri Uri
      -Shallow Switch
    `,
  },
  {
    name: 'Get-WmiObject',
    module: 'Microsoft.PowerShell.Management',
    source: page('Microsoft.PowerShell.Management', 'Get-WmiObject'),
    parameters: `
      -Class String aka ClassName
      -Property String[]
      -Filter String
      -Query String
      -List Switch
      -Recurse Switch
      -Amended Switch
      -DirectRead Switch
      -AsJob Switch
      -Impersonation ImpersonationLevel
      -Authentication AuthenticationLevel values Default | None | Connect | Call | Packet | PacketIntegrity | PacketPrivacy | Unchanged
      -Locale String
      -EnableAllPrivileges Switch
      -Authority String
      -Credential PSCredential
      -ThrottleLimit Int32
      -ComputerName String[] aka Cn
      -Namespace String
    `,
  },
  {
    name: 'Select-String',
    module: 'Microsoft.PowerShell.Utility',
    source: page('Microsoft.PowerShell.Utility', 'Select-String'),
    parameters: `
      -Pattern String[]
      -Path String[]
      -LiteralPath String[]
      -InputObject PSObject
      -SimpleMatch Switch
      -CaseSensitive Switch
      -Quiet Switch
      -List Switch
      -Include String[]
      -Exclude String[]
      -NotMatch Switch
      -AllMatches Switch
      -Encoding String
      -Context Int32[]
    `,
  },
  {
    name: 'Invoke-Command',
    module: 'Microsoft.PowerShell.Core',
    source: page('Microsoft.PowerShell.Core', 'Invoke-Command'),
    parameters: `
      -ScriptBlock ScriptBlock
      -FilePath String
      -ComputerName String[]
      -Session PSSession[]
      -ConnectionUri Uri[]
      -Credential PSCredential
      -Port Int32
      -UseSSL Switch
      -ConfigurationName String
      -ApplicationName String
      -ThrottleLimit Int32
      -AsJob Switch
      -InDisconnectedSession Switch
      -SessionName String[]
      -HideComputerName Switch
      -JobName String
      -SessionOption PSSessionOption
      -Authentication AuthenticationMechanism
      -EnableNetworkAccess Switch
      -InputObject PSObject
      -ArgumentList Object[]
      -CertificateThumbprint String
      -AllowRedirection Switch
      -NoNewScope Switch
      -VMId Guid[]
      -VMName String[]
      -ContainerId String[]
      -RunAsAdministrator Switch
    `,
  },
  {
    name: 'Import-Module',
    module: 'Microsoft.PowerShell.Core',
    source: page('Microsoft.PowerShell.Core', 'Import-Module'),
    parameters: `
      -Name String[]
      -FullyQualifiedName ModuleSpecification[]
      -Assembly Assembly[]
      -ModuleInfo PSModuleInfo[]
      -Global Switch
      -Prefix String
      -Function String[]
      -Cmdlet String[]
      -Variable String[]
      -Alias String[]
      -Force Switch
      -PassThru Switch
      -AsCustomObject Switch
      -MinimumVersion Version
      -MaximumVersion String
      -RequiredVersion Version
      -ArgumentList Object[]
      -DisableNameChecking Switch
      -NoClobber Switch
      -Scope String
      -PSSession PSSession
      -CimSession CimSession
      -CimResourceUri Uri
      -CimNamespace String
    `,
  },
  {
    name: 'Get-Counter',
    module: 'Microsoft.PowerShell.Diagnostics',
    source: page('Microsoft.PowerShell.Diagnostics', 'Get-Counter'),
    parameters: `
      -Counter String[]
      -ListSet String[]
      -SampleInterval Int32
      -MaxSamples Int64
      -Continuous Switch
      -ComputerName String[]
    `,
  },
  {
    name: 'Set-Content',
    module: 'Microsoft.PowerShell.Management',
    source: page('Microsoft.PowerShell.Management', 'Set-Content'),
    parameters: `
      -Path String[]
      -LiteralPath String[] aka PSPath
      -Value Object[]
      -PassThru Switch
      -Force Switch
      -NoNewline Switch
      -Encoding FileSystemCmdletProviderEncoding values ASCII | BigEndianUnicode | BigEndianUTF32 | Byte | Default | OEM | String | Unicode | Unknown | UTF7 | UTF8 | UTF32
      -Stream String
      ${PROVIDER_FILTERS}
      ${SHOULD_PROCESS}
    `,
  },
  {
    name: 'Restart-Computer',
    module: 'Microsoft.PowerShell.Management',
    source: page('Microsoft.PowerShell.Management', 'Restart-Computer'),
    parameters: `
      -ComputerName String[] aka CN, __SERVER, Server, IPAddress
      -Credential PSCredential
      -AsJob Switch
      -DcomAuthentication AuthenticationLevel aka Authentication values Default | None | Connect | Call | Packet | PacketIntegrity | PacketPrivacy | Unchanged
      -Impersonation ImpersonationLevel values Default | Anonymous | Identify | Impersonate | Delegate
      -WsmanAuthentication String
      -Protocol String values DCOM | WSMan
      -Force Switch aka f
      -Wait Switch
      -Timeout Int32 aka TimeoutSec
      -For WaitForServiceTypes values Wmi | WinRM | PowerShell
      -Delay Int16
      -ThrottleLimit Int32
      ${SHOULD_PROCESS}
    `,
  },
  {
    name: 'Out-Null',
    module: 'Microsoft.PowerShell.Core',
    source: page('Microsoft.PowerShell.Core', 'Out-Null'),
    parameters: `
      -InputObject PSObject
    `,
  },
  {
    name: 'Read-Host',
    module: 'Microsoft.PowerShell.Utility',
    source: page('Microsoft.PowerShell.Utility', 'Read-Host'),
    parameters: `
      -Prompt Object
      -AsSecureString Switch
    `,
  },
  {
    name: 'Measure-Object',
    module: 'Microsoft.PowerShell.Utility',
    source: page('Microsoft.PowerShell.Utility', 'Measure-Object'),
    parameters: `
      -InputObject PSObject
      -Property String[]
      -Sum Switch
      -Average Switch
      -Maximum Switch
      -Minimum Switch
      -Line Switch
      -Word Switch
      -Character Switch
      -IgnoreWhiteSpace Switch
    `,
  },
  {
    name: 'Compare-Object',
    module: 'Microsoft.PowerShell.Utility',
    source: page('Microsoft.PowerShell.Utility', 'Compare-Object'),
    parameters: `
      -ReferenceObject PSObject[]
      -DifferenceObject PSObject[]
      -SyncWindow Int32
      -Property Object[]
      -ExcludeDifferent Switch
      -IncludeEqual Switch
      -PassThru Switch
      -Culture String
      -CaseSensitive Switch
    `,
  },
  {
    name: 'Group-Object',
    module: 'Microsoft.PowerShell.Utility',
    source: page('Microsoft.PowerShell.Utility', 'Group-Object'),
    parameters: `
      -Property Object[]
      -NoElement Switch
      -AsHashTable Switch aka AHT
      -AsString Switch
      -InputObject PSObject
      -Culture String
      -CaseSensitive Switch
    `,
  },
  {
    name: 'New-Object',
    module: 'Microsoft.PowerShell.Utility',
    source: page('Microsoft.PowerShell.Utility', 'New-Object'),
    parameters: `
      -TypeName String
      -ArgumentList Object[] aka Args
      -ComObject String
      -Strict Switch
      -Property IDictionary
    `,
  },
  {
    name: 'Write-Output',
    module: 'Microsoft.PowerShell.Utility',
    source: page('Microsoft.PowerShell.Utility', 'Write-Output'),
    parameters: `
      -InputObject PSObject[]
      -NoEnumerate Switch
    `,
  },
  {
    name: 'Get-Date',
    module: 'Microsoft.PowerShell.Utility',
    source: page('Microsoft.PowerShell.Utility', 'Get-Date'),
    parameters: `
      -Date DateTime aka LastWriteTime
      -Year Int32
      -Month Int32
      -Day Int32
      -Hour Int32
      -Minute Int32
      -Second Int32
      -Millisecond Int32
      -DisplayHint DisplayHintType values Date | Time | DateTime
      -Format String
      -UFormat String
    `,
  },
  {
    name: 'New-CimSession',
    module: 'CimCmdlets',
    source: page('CimCmdlets', 'New-CimSession'),
    parameters: `
      -Authentication PasswordAuthenticationMechanism values Default | Digest | Negotiate | Basic | Kerberos | NtlmDomain | CredSsp
      -CertificateThumbprint String
      -ComputerName String[] aka CN, ServerName
      -Credential PSCredential
      -Name String
      -OperationTimeoutSec UInt32 aka OT
      -Port UInt32
      -SessionOption CimSessionOptions
      -SkipTestConnection Switch
    `,
  },
  {
    name: 'Export-Csv',
    module: 'Microsoft.PowerShell.Utility',
    source: page('Microsoft.PowerShell.Utility', 'Export-Csv'),
    parameters: `
      -Path String
      -LiteralPath String
      -Delimiter Char
      -InputObject PSObject
      -Force Switch
      -NoClobber Switch
      -Encoding String
      -Append Switch
      -UseCulture Switch
      -NoTypeInformation Switch
      ${SHOULD_PROCESS}
    `,
  },
  {
    name: 'Test-Path',
    module: 'Microsoft.PowerShell.Management',
    source: page('Microsoft.PowerShell.Management', 'Test-Path'),
    parameters: `
      -Path String[]
      -LiteralPath String[] aka PSPath
      -PathType TestPathType aka Type values Any | Container | Leaf
      -IsValid Switch
      -OlderThan DateTime
      -NewerThan DateTime
      ${PROVIDER_FILTERS}
    `,
  },
];
