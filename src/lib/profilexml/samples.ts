/**
 * Example profiles used by the tool's "Load example" menu and by the tests.
 * Names and addresses use the documentation ranges (example.net, 10.0.0.0/8);
 * the thumbprint is made up.
 */

const EAP_CONFIGURATION = `        <Configuration>
          <EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig">
            <EapMethod>
              <Type xmlns="http://www.microsoft.com/provisioning/EapCommon">25</Type>
              <VendorId xmlns="http://www.microsoft.com/provisioning/EapCommon">0</VendorId>
              <VendorType xmlns="http://www.microsoft.com/provisioning/EapCommon">0</VendorType>
              <AuthorId xmlns="http://www.microsoft.com/provisioning/EapCommon">0</AuthorId>
            </EapMethod>
            <Config xmlns="http://www.microsoft.com/provisioning/EapHostConfig">
              <Eap xmlns="http://www.microsoft.com/provisioning/BaseEapConnectionPropertiesV1">
                <Type>25</Type>
                <EapType xmlns="http://www.microsoft.com/provisioning/MsPeapConnectionPropertiesV1">
                  <ServerValidation>
                    <DisableUserPromptForServerValidation>true</DisableUserPromptForServerValidation>
                    <ServerNames>nps.corp.example.net</ServerNames>
                    <TrustedRootCA>3f 9a 11 c2 5e 70 8b 24 d1 06 ac 93 47 e8 2b 5d 60 f4 0c 7a </TrustedRootCA>
                  </ServerValidation>
                  <FastReconnect>true</FastReconnect>
                  <InnerEapOptional>false</InnerEapOptional>
                  <Eap xmlns="http://www.microsoft.com/provisioning/BaseEapConnectionPropertiesV1">
                    <Type>13</Type>
                    <EapType xmlns="http://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV1">
                      <CredentialsSource>
                        <CertificateStore>
                          <SimpleCertSelection>true</SimpleCertSelection>
                        </CertificateStore>
                      </CredentialsSource>
                      <ServerValidation>
                        <DisableUserPromptForServerValidation>true</DisableUserPromptForServerValidation>
                        <ServerNames>nps.corp.example.net</ServerNames>
                        <TrustedRootCA>3f 9a 11 c2 5e 70 8b 24 d1 06 ac 93 47 e8 2b 5d 60 f4 0c 7a </TrustedRootCA>
                      </ServerValidation>
                      <DifferentUsername>false</DifferentUsername>
                      <PerformServerValidation xmlns="http://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV2">true</PerformServerValidation>
                      <AcceptServerName xmlns="http://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV2">true</AcceptServerName>
                    </EapType>
                  </Eap>
                  <EnableQuarantineChecks>false</EnableQuarantineChecks>
                  <RequireCryptoBinding>true</RequireCryptoBinding>
                  <PeapExtensions>
                    <PerformServerValidation xmlns="http://www.microsoft.com/provisioning/MsPeapConnectionPropertiesV2">true</PerformServerValidation>
                    <AcceptServerName xmlns="http://www.microsoft.com/provisioning/MsPeapConnectionPropertiesV2">true</AcceptServerName>
                  </PeapExtensions>
                </EapType>
              </Eap>
            </Config>
          </EapHostConfig>
        </Configuration>`;

const CRYPTOGRAPHY_SUITE = `    <CryptographySuite>
      <AuthenticationTransformConstants>GCMAES128</AuthenticationTransformConstants>
      <CipherTransformConstants>GCMAES128</CipherTransformConstants>
      <PfsGroup>ECP256</PfsGroup>
      <DHGroup>Group14</DHGroup>
      <IntegrityCheckMethod>SHA256</IntegrityCheckMethod>
      <EncryptionMethod>AES_GCM_128</EncryptionMethod>
    </CryptographySuite>`;

/** A user tunnel with no findings for Intune and Windows 11 24H2. */
export const CLEAN_USER_TUNNEL = `<VPNProfile>
  <AlwaysOn>true</AlwaysOn>
  <DnsSuffix>corp.example.net</DnsSuffix>
  <TrustedNetworkDetection>corp.example.net</TrustedNetworkDetection>
  <NativeProfile>
    <Servers>vpn.example.net;vpn.example.net</Servers>
    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>
    <NativeProtocolType>IKEv2</NativeProtocolType>
    <Authentication>
      <UserMethod>Eap</UserMethod>
      <MachineMethod>Eap</MachineMethod>
      <Eap>
${EAP_CONFIGURATION}
      </Eap>
    </Authentication>
${CRYPTOGRAPHY_SUITE}
    <DisableClassBasedDefaultRoute>true</DisableClassBasedDefaultRoute>
  </NativeProfile>
  <Route>
    <Address>10.0.0.0</Address>
    <PrefixSize>8</PrefixSize>
  </Route>
  <Route>
    <Address>172.16.0.0</Address>
    <PrefixSize>12</PrefixSize>
  </Route>
  <DomainNameInformation>
    <DomainName>.corp.example.net</DomainName>
    <DnsServers>10.0.0.10,10.0.0.11</DnsServers>
  </DomainNameInformation>
</VPNProfile>`;

/** A device tunnel with no findings for Intune and Windows 11 24H2. */
export const CLEAN_DEVICE_TUNNEL = `<VPNProfile>
  <AlwaysOn>true</AlwaysOn>
  <DeviceTunnel>true</DeviceTunnel>
  <DnsSuffix>corp.example.net</DnsSuffix>
  <TrustedNetworkDetection>corp.example.net</TrustedNetworkDetection>
  <NativeProfile>
    <Servers>vpn.example.net;vpn.example.net</Servers>
    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>
    <NativeProtocolType>IKEv2</NativeProtocolType>
    <Authentication>
      <MachineMethod>Certificate</MachineMethod>
    </Authentication>
${CRYPTOGRAPHY_SUITE}
    <DisableClassBasedDefaultRoute>true</DisableClassBasedDefaultRoute>
  </NativeProfile>
  <Route>
    <Address>10.0.0.10</Address>
    <PrefixSize>32</PrefixSize>
  </Route>
  <Route>
    <Address>10.0.0.11</Address>
    <PrefixSize>32</PrefixSize>
  </Route>
  <RegisterDNS>true</RegisterDNS>
</VPNProfile>`;

/** A user tunnel with typical mistakes, shown when the tool first loads. */
export const EXAMPLE_WITH_PROBLEMS = `<VPNProfile>
  <AlwaysOn>True</AlwaysOn>
  <DnsSufix>corp.example.net</DnsSufix>
  <NativeProfile>
    <Servers>vpn.example.net</Servers>
    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>
    <NativeProtocolType>Automatic</NativeProtocolType>
    <Authentication>
      <UserMethod>Eap</UserMethod>
      <Eap>
${EAP_CONFIGURATION}
      </Eap>
    </Authentication>
    <DisableClassBasedDefaultRoute>true</DisableClassBasedDefaultRoute>
  </NativeProfile>
  <Proxy>
    <AutoConfigUrl>http://proxy.corp.example.net/proxy.pac</AutoConfigUrl>
  </Proxy>
</VPNProfile>`;

export interface ExampleProfile {
  readonly id: 'problems' | 'user' | 'device';
  readonly label: string;
  readonly xml: string;
}

export const EXAMPLE_PROFILES: readonly ExampleProfile[] = [
  { id: 'problems', label: 'User tunnel with mistakes', xml: EXAMPLE_WITH_PROBLEMS },
  { id: 'user', label: 'Clean user tunnel', xml: CLEAN_USER_TUNNEL },
  { id: 'device', label: 'Clean device tunnel', xml: CLEAN_DEVICE_TUNNEL },
];
