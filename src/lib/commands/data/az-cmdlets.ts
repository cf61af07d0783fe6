/**
 * Az PowerShell cmdlets the guide uses, with the parameters of their
 * published help (Azure/azure-powershell, src/<Service>/<Service>/help/<cmdlet>.md,
 * read through the index of public repositories; the commit read is the
 * newest the index held, so parameters added later may be missing).
 */
import type { SignatureSpec } from '../signature-spec';

const page = (module: string, cmdlet: string): string => `https://learn.microsoft.com/powershell/module/${module}/${cmdlet.toLowerCase()}`;

/** Every Az cmdlet takes the Azure context. */
const AZ_CONTEXT = '-DefaultProfile IAzureContextContainer aka AzContext, AzureRmContext, AzureCredential';
const SHOULD_PROCESS = `
  -WhatIf Switch aka wi
  -Confirm Switch aka cf
`;

export const AZ_CMDLETS: readonly SignatureSpec[] = [
  {
    name: 'New-AzVpnClientIpsecParameter',
    module: 'Az.Network',
    source: page('az.network', 'New-AzVpnClientIpsecParameter'),
    parameters: `
      -SALifeTime Int32
      -SADataSize Int32
      -IpsecEncryption String values GCMAES256 | GCMAES128 | AES256 | AES128
      -IpsecIntegrity String values GCMAES256 | GCMAES128 | SHA256
      -IkeEncryption String values GCMAES256 | GCMAES128 | AES256 | AES128
      -IkeIntegrity String values SHA384 | SHA256
      -DhGroup String values DHGroup24 | ECP384 | ECP256 | DHGroup14 | DHGroup2
      -PfsGroup String values PFS24 | PFSMM | ECP384 | ECP256 | PFS14 | PFS2 | None
      ${AZ_CONTEXT}
    `,
  },
  {
    name: 'Set-AzVpnClientIpsecParameter',
    module: 'Az.Network',
    source: page('az.network', 'Set-AzVpnClientIpsecParameter'),
    parameters: `
      -VirtualNetworkGatewayName String
      -ResourceGroupName String
      -VpnClientIPsecParameter PSVpnClientIPsecParameters
      -InputObject PSVirtualNetworkGateway
      -ResourceId String
      ${AZ_CONTEXT}
      ${SHOULD_PROCESS}
    `,
  },
  {
    name: 'Get-AzVirtualNetworkGateway',
    module: 'Az.Network',
    source: page('az.network', 'Get-AzVirtualNetworkGateway'),
    parameters: `
      -Name String aka ResourceName
      -ResourceGroupName String
      ${AZ_CONTEXT}
    `,
  },
  {
    name: 'Set-AzVirtualNetworkGateway',
    module: 'Az.Network',
    source: page('az.network', 'Set-AzVirtualNetworkGateway'),
    parameters: `
      -VirtualNetworkGateway PSVirtualNetworkGateway
      -GatewaySku String
      -GatewayDefaultSite PSLocalNetworkGateway
      -VpnClientAddressPool String[]
      -VpnClientProtocol String[]
      -VpnAuthenticationType String[]
      -VpnClientRootCertificates PSVpnClientRootCertificate[]
      -VpnClientRevokedCertificates PSVpnClientRevokedCertificate[]
      -VpnClientIpsecPolicy PSIpsecPolicy[]
      -Asn UInt32
      -PeerWeight Int32
      -IpConfigurationBgpPeeringAddresses PSIpConfigurationBgpPeeringAddress[]
      -EnableActiveActiveFeature Switch
      -EnablePrivateIpAddress Boolean
      -DisableActiveActiveFeature Switch
      -RadiusServerAddress String
      -RadiusServerSecret SecureString
      -RadiusServerList PSRadiusServer[]
      -AadTenantUri String
      -AadAudienceId String
      -AadIssuerUri String
      -RemoveAadAuthentication Switch
      -CustomRoute String[]
      -NatRule PSVirtualNetworkGatewayNatRule[]
      -BgpRouteTranslationForNat Boolean
      -Tag Hashtable
      -AsJob Switch
      ${AZ_CONTEXT}
      ${SHOULD_PROCESS}
    `,
  },
  {
    name: 'Add-AzVpnClientRootCertificate',
    module: 'Az.Network',
    source: page('az.network', 'Add-AzVpnClientRootCertificate'),
    parameters: `
      -VpnClientRootCertificateName String aka ResourceName
      -VirtualNetworkGatewayName String
      -ResourceGroupName String
      -PublicCertData String
      ${AZ_CONTEXT}
    `,
  },
  {
    name: 'New-AzVpnClientRootCertificate',
    module: 'Az.Network',
    source: page('az.network', 'New-AzVpnClientRootCertificate'),
    parameters: `
      -Name String
      -PublicCertData String
      ${AZ_CONTEXT}
    `,
  },
  {
    name: 'New-AzVpnClientConfiguration',
    module: 'Az.Network',
    source: page('az.network', 'New-AzVpnClientConfiguration'),
    parameters: `
      -Name String aka ResourceName
      -ResourceGroupName String
      -ProcessorArchitecture String values Amd64 | X86
      -AuthenticationMethod String values EAPTLS | EAPMSCHAPv2
      -RadiusRootCertificateFile String
      -ClientRootCertificateFileList String[]
      ${AZ_CONTEXT}
      ${SHOULD_PROCESS}
    `,
  },
  {
    name: 'New-AzVpnServerConfiguration',
    module: 'Az.Network',
    source: page('az.network', 'New-AzVpnServerConfiguration'),
    parameters: `
      -ResourceGroupName String
      -Name String aka ResourceName, VpnServerConfigurationName
      -Location String
      -VpnProtocol String[] values IkeV2 | OpenVPN
      -VpnAuthenticationType String[] values Certificate | Radius | AAD
      -VpnClientRootCertificateFilesList String[]
      -VpnClientRevokedCertificateFilesList String[]
      -RadiusServerAddress String
      -RadiusServerSecret SecureString
      -RadiusServerList PSRadiusServer[]
      -RadiusServerRootCertificateFilesList String[]
      -RadiusClientRootCertificateFilesList String[]
      -AadTenant String
      -AadAudience String
      -AadIssuer String
      -VpnClientIpsecPolicy PSIpsecPolicy[]
      -Tag Hashtable
      -AsJob Switch
      ${AZ_CONTEXT}
      ${SHOULD_PROCESS}
    `,
  },
  {
    name: 'New-AzP2sVpnGateway',
    module: 'Az.Network',
    source: page('az.network', 'New-AzP2sVpnGateway'),
    parameters: `
      -ResourceGroupName String
      -Name String aka ResourceName, P2SVpnGatewayName
      -VpnGatewayScaleUnit UInt32
      -VirtualHubName String
      -VirtualHub PSVirtualHub
      -VirtualHubId String
      -VpnServerConfiguration PSVpnServerConfiguration
      -VpnServerConfigurationId String
      -VpnClientAddressPool String[]
      -CustomDnsServer String[]
      -RoutingConfiguration PSRoutingConfiguration
      -EnableInternetSecurityFlag Switch
      -EnableRoutingPreferenceInternetFlag Switch
      -Tag Hashtable
      -AsJob Switch
      ${AZ_CONTEXT}
      ${SHOULD_PROCESS}
    `,
  },
  {
    name: 'Get-AzP2sVpnGateway',
    module: 'Az.Network',
    source: page('az.network', 'Get-AzP2sVpnGateway'),
    parameters: `
      -ResourceGroupName String
      -Name String aka ResourceName, P2SVpnGatewayName
      ${AZ_CONTEXT}
    `,
  },
  {
    name: 'Get-AzVirtualHub',
    module: 'Az.Network',
    source: page('az.network', 'Get-AzVirtualHub'),
    parameters: `
      -ResourceGroupName String
      -Name String aka ResourceName, VirtualHubName
      ${AZ_CONTEXT}
    `,
  },
  {
    name: 'New-AzTrafficManagerProfile',
    module: 'Az.TrafficManager',
    source: page('az.trafficmanager', 'New-AzTrafficManagerProfile'),
    parameters: `
      -Name String
      -ResourceGroupName String
      -ProfileStatus String values Enabled | Disabled
      -RelativeDnsName String
      -Ttl UInt32
      -TrafficRoutingMethod String values Performance | Weighted | Priority | Geographic | Subnet | MultiValue
      -MonitorProtocol String aka ProtocolForMonitor values HTTP | HTTPS | TCP
      -MonitorPort UInt32 aka PortForMonitor
      -MonitorPath String aka PathForMonitor
      -MonitorIntervalInSeconds Int32 aka IntervalInSecondsForMonitor
      -MonitorTimeoutInSeconds Int32 aka TimeoutInSecondsForMonitor
      -MonitorToleratedNumberOfFailures Int32 aka ToleratedNumberOfFailuresForMonitor
      -MaxReturn Int64
      -Tag Hashtable aka Tags
      -CustomHeader List
      -ExpectedStatusCodeRange List
      ${AZ_CONTEXT}
    `,
  },
  {
    name: 'New-AzTrafficManagerEndpoint',
    module: 'Az.TrafficManager',
    source: page('az.trafficmanager', 'New-AzTrafficManagerEndpoint'),
    parameters: `
      -Name String
      -ProfileName String
      -ResourceGroupName String
      -Type String values AzureEndpoints | ExternalEndpoints | NestedEndpoints
      -TargetResourceId String
      -Target String
      -EndpointStatus String values Enabled | Disabled
      -Weight UInt32
      -Priority UInt32
      -EndpointLocation String
      -MinChildEndpoints UInt32
      -GeoMapping List
      -SubnetMapping List
      -CustomHeader List
      ${AZ_CONTEXT}
    `,
  },
  {
    name: 'Get-AzTrafficManagerProfile',
    module: 'Az.TrafficManager',
    source: page('az.trafficmanager', 'Get-AzTrafficManagerProfile'),
    parameters: `
      -ResourceGroupName String
      -Name String
      ${AZ_CONTEXT}
    `,
  },
];
