/** Example inputs for the IKEv2 policy checker (shown when the page first loads). */

/** Get-VpnServerConfiguration output for a server set to the Microsoft example policy. */
export const SERVER_OUTPUT_EXAMPLE = `AuthenticationTransformConstants : SHA256128
CipherTransformConstants         : AES128
CustomPolicy                     : True
DHGroup                          : Group14
EncryptionMethod                 : AES128
IdleDisconnect(s)                : 300
IntegrityCheckMethod             : SHA256
PFSgroup                         : PFS2048
SADataSizeForRenegotiation(KB)   : 1024000
SALifeTime(s)                    : 28800`;

/** A client CryptographySuite with the AES-GCM values of Richard Hicks' templates. */
export const CLIENT_XML_EXAMPLE = `<CryptographySuite>
  <AuthenticationTransformConstants>GCMAES128</AuthenticationTransformConstants>
  <CipherTransformConstants>GCMAES128</CipherTransformConstants>
  <PfsGroup>ECP256</PfsGroup>
  <DHGroup>Group14</DHGroup>
  <IntegrityCheckMethod>SHA256</IntegrityCheckMethod>
  <EncryptionMethod>AES_GCM_128</EncryptionMethod>
</CryptographySuite>`;
