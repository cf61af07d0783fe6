/** Object identifiers the inspector names. One table: the decode and the rules both read it. */

export const OID = {
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
  ikeIntermediate: '1.3.6.1.5.5.8.2.2',
  aadConditionalAccess: '1.3.6.1.4.1.311.87',
  anyExtendedKeyUsage: '2.5.29.37.0',
  upn: '1.3.6.1.4.1.311.20.2.3',
  sidExtension: '1.3.6.1.4.1.311.25.2',
  templateV2: '1.3.6.1.4.1.311.21.7',
  templateName: '1.3.6.1.4.1.311.20.2',
  rsa: '1.2.840.113549.1.1.1',
  ecPublicKey: '1.2.840.10045.2.1',
} as const;

export const EKU_NAMES: Readonly<Record<string, string>> = {
  [OID.serverAuth]: 'Server Authentication',
  [OID.clientAuth]: 'Client Authentication',
  [OID.ikeIntermediate]: 'IP security IKE intermediate',
  [OID.aadConditionalAccess]: 'AAD Conditional Access',
  [OID.anyExtendedKeyUsage]: 'Any Purpose',
  '1.3.6.1.5.5.7.3.3': 'Code Signing',
  '1.3.6.1.5.5.7.3.4': 'Secure Email',
  '1.3.6.1.5.5.7.3.5': 'IP security end system',
  '1.3.6.1.5.5.7.3.6': 'IP security tunnel termination',
  '1.3.6.1.5.5.7.3.7': 'IP security user',
  '1.3.6.1.5.5.7.3.8': 'Time Stamping',
  '1.3.6.1.5.5.7.3.9': 'OCSP Signing',
  '1.3.6.1.4.1.311.20.2.2': 'Smart Card Logon',
  '1.3.6.1.4.1.311.10.3.4': 'Encrypting File System',
};

export const EXTENSION_NAMES: Readonly<Record<string, string>> = {
  '2.5.29.14': 'Subject Key Identifier',
  '2.5.29.15': 'Key Usage',
  '2.5.29.17': 'Subject Alternative Name',
  '2.5.29.19': 'Basic Constraints',
  '2.5.29.31': 'CRL Distribution Points',
  '2.5.29.32': 'Certificate Policies',
  '2.5.29.35': 'Authority Key Identifier',
  '2.5.29.37': 'Enhanced Key Usage',
  '1.3.6.1.5.5.7.1.1': 'Authority Information Access',
  [OID.templateV2]: 'Certificate Template Information',
  [OID.templateName]: 'Certificate Template Name',
  [OID.sidExtension]: 'Security identifier (strong mapping)',
  '1.3.6.1.4.1.311.21.10': 'Application Policies',
  '1.3.6.1.4.1.311.21.1': 'CA Version',
};

/** Signature algorithms by OID, with the hash they use. */
export const SIGNATURE_ALGORITHMS: Readonly<Record<string, { readonly name: string; readonly hash: string }>> = {
  '1.2.840.113549.1.1.4': { name: 'md5RSA', hash: 'MD5' },
  '1.2.840.113549.1.1.5': { name: 'sha1RSA', hash: 'SHA-1' },
  '1.2.840.113549.1.1.11': { name: 'sha256RSA', hash: 'SHA-256' },
  '1.2.840.113549.1.1.12': { name: 'sha384RSA', hash: 'SHA-384' },
  '1.2.840.113549.1.1.13': { name: 'sha512RSA', hash: 'SHA-512' },
  '1.2.840.113549.1.1.10': { name: 'RSASSA-PSS', hash: 'see parameters' },
  '1.2.840.10045.4.1': { name: 'sha1ECDSA', hash: 'SHA-1' },
  '1.2.840.10045.4.3.2': { name: 'sha256ECDSA', hash: 'SHA-256' },
  '1.2.840.10045.4.3.3': { name: 'sha384ECDSA', hash: 'SHA-384' },
  '1.2.840.10045.4.3.4': { name: 'sha512ECDSA', hash: 'SHA-512' },
};

/** Named curves by OID, with their key size in bits. */
export const CURVES: Readonly<Record<string, { readonly name: string; readonly bits: number }>> = {
  '1.2.840.10045.3.1.7': { name: 'P-256', bits: 256 },
  '1.3.132.0.34': { name: 'P-384', bits: 384 },
  '1.3.132.0.35': { name: 'P-521', bits: 521 },
};

/** Short names of the attributes in a distinguished name. */
export const NAME_ATTRIBUTES: Readonly<Record<string, string>> = {
  '2.5.4.3': 'CN',
  '2.5.4.5': 'SERIALNUMBER',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'S',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '0.9.2342.19200300.100.1.25': 'DC',
  '1.2.840.113549.1.9.1': 'E',
};
