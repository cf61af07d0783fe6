/**
 * The six IKEv2 transforms Windows lets you pin, and every spelling of every
 * value that the RRAS server cmdlet, the client cmdlet and the ProfileXML
 * CryptographySuite accept.
 *
 * Sources (checked for this module):
 * - Set-VpnServerConfiguration, Windows Server 2025 reference (accepted values
 *   per parameter, parameter aliases). The Windows Server 2022 page lists only
 *   DES…AES256 for -EncryptionMethod; the 2025 page adds GCMAES128/GCMAES256.
 * - Set-VpnConnectionIPsecConfiguration, Windows Server 2025 reference.
 * - VPNv2 CSP (auto-generated reference, 2023): CryptographySuite allowed values.
 * - Richard Hicks, Set-IKEv2VpnSecurityBaseline.ps1 (GCMAES128 as the server
 *   EncryptionMethod on Windows Server 1803 and later).
 * - IKEEXT_DH_GROUP (Microsoft Learn): group 14 was once called "group 2048".
 */

/** The transforms, in the order the cmdlets and the XSD list them. */
export const TRANSFORM_FIELDS = [
  'authenticationTransform',
  'cipherTransform',
  'encryptionMethod',
  'integrityCheckMethod',
  'dhGroup',
  'pfsGroup',
] as const;

export type TransformField = (typeof TRANSFORM_FIELDS)[number];

/** Where a spelling is used. */
export type Dialect = 'server' | 'client' | 'profilexml';

export const DIALECT_LABELS: Record<Dialect, string> = {
  server: 'Set-VpnServerConfiguration',
  client: 'Set-VpnConnectionIPsecConfiguration',
  profilexml: 'ProfileXML CryptographySuite',
};

export interface FieldInfo {
  readonly field: TransformField;
  /** Human label used in tables. */
  readonly label: string;
  /** Which security association the transform protects. */
  readonly phase: 'IKE SA' | 'Child SA (ESP)' | 'Child SA rekey';
  /** Parameter name on both cmdlets. */
  readonly parameter: string;
  /** Parameter aliases documented for Set-VpnServerConfiguration. */
  readonly serverAliases: readonly string[];
  /** Element name inside <CryptographySuite>. */
  readonly xmlElement: string;
}

export const FIELD_INFO: Record<TransformField, FieldInfo> = {
  authenticationTransform: {
    field: 'authenticationTransform',
    label: 'Authentication transform',
    phase: 'Child SA (ESP)',
    parameter: 'AuthenticationTransformConstants',
    serverAliases: ['FirstTransformType'],
    xmlElement: 'AuthenticationTransformConstants',
  },
  cipherTransform: {
    field: 'cipherTransform',
    label: 'Cipher transform',
    phase: 'Child SA (ESP)',
    parameter: 'CipherTransformConstants',
    serverAliases: ['FirstCipherAlgorithm', 'OtherCipherAlgorithm'],
    xmlElement: 'CipherTransformConstants',
  },
  encryptionMethod: {
    field: 'encryptionMethod',
    label: 'Encryption method',
    phase: 'IKE SA',
    parameter: 'EncryptionMethod',
    serverAliases: ['Encryption'],
    xmlElement: 'EncryptionMethod',
  },
  integrityCheckMethod: {
    field: 'integrityCheckMethod',
    label: 'Integrity check method',
    phase: 'IKE SA',
    parameter: 'IntegrityCheckMethod',
    serverAliases: ['FirstIntegrityAlgorithm', 'OtherHashAlgorithm'],
    xmlElement: 'IntegrityCheckMethod',
  },
  dhGroup: {
    field: 'dhGroup',
    label: 'Diffie-Hellman group',
    phase: 'IKE SA',
    parameter: 'DHGroup',
    serverAliases: [],
    xmlElement: 'DHGroup',
  },
  pfsGroup: {
    field: 'pfsGroup',
    label: 'PFS group',
    phase: 'Child SA rekey',
    parameter: 'PfsGroup',
    serverAliases: ['PfsGroupId'],
    xmlElement: 'PfsGroup',
  },
};

/** One value of one transform, with the spelling each dialect uses (undefined: not accepted there). */
export interface TransformValue {
  /** Canonical id: the cmdlet spelling. */
  readonly id: string;
  readonly server: string | undefined;
  readonly client: string | undefined;
  readonly profilexml: string | undefined;
}

function same(id: string): TransformValue {
  return { id, server: id, client: id, profilexml: id };
}
function cmdletOnly(id: string): TransformValue {
  return { id, server: id, client: id, profilexml: undefined };
}

export const TRANSFORM_VALUES: Record<TransformField, readonly TransformValue[]> = {
  authenticationTransform: [
    same('MD596'),
    same('SHA196'),
    same('SHA256128'),
    same('GCMAES128'),
    same('GCMAES192'),
    same('GCMAES256'),
    cmdletOnly('None'),
  ],
  cipherTransform: [
    same('DES'),
    same('DES3'),
    same('AES128'),
    same('AES192'),
    same('AES256'),
    same('GCMAES128'),
    same('GCMAES192'),
    same('GCMAES256'),
    cmdletOnly('None'),
  ],
  encryptionMethod: [
    same('DES'),
    same('DES3'),
    same('AES128'),
    same('AES192'),
    same('AES256'),
    { id: 'GCMAES128', server: 'GCMAES128', client: 'GCMAES128', profilexml: 'AES_GCM_128' },
    { id: 'GCMAES256', server: 'GCMAES256', client: 'GCMAES256', profilexml: 'AES_GCM_256' },
  ],
  integrityCheckMethod: [same('MD5'), { id: 'SHA1', server: 'SHA1', client: 'SHA1', profilexml: 'SHA196' }, same('SHA256'), same('SHA384')],
  dhGroup: [same('None'), same('Group1'), same('Group2'), same('Group14'), same('ECP256'), same('ECP384'), same('Group24')],
  pfsGroup: [same('None'), same('PFS1'), same('PFS2'), same('PFS2048'), same('ECP256'), same('ECP384'), same('PFSMM'), same('PFS24')],
};

/**
 * Spellings no Windows dialect accepts but that people paste anyway (from
 * other vendors, RFC names or the other Windows field). They are recognised so
 * the checker can say what to write instead.
 */
const FOREIGN_SPELLINGS: Record<TransformField, Readonly<Record<string, string>>> = {
  authenticationTransform: {
    'HMAC-SHA1-96': 'SHA196',
    'HMAC-SHA2-256-128': 'SHA256128',
    SHA256: 'SHA256128',
    'HMAC-MD5-96': 'MD596',
    AES_GCM_128: 'GCMAES128',
    AES_GCM_256: 'GCMAES256',
  },
  cipherTransform: {
    '3DES': 'DES3',
    TRIPLEDES: 'DES3',
    AES_GCM_128: 'GCMAES128',
    AES_GCM_256: 'GCMAES256',
    'AES-GCM-128': 'GCMAES128',
    'AES-GCM-256': 'GCMAES256',
  },
  encryptionMethod: {
    '3DES': 'DES3',
    TRIPLEDES: 'DES3',
    'AES-GCM-128': 'GCMAES128',
    'AES-GCM-256': 'GCMAES256',
  },
  integrityCheckMethod: {
    'SHA-1': 'SHA1',
    'SHA-256': 'SHA256',
    'SHA-384': 'SHA384',
    SHA256128: 'SHA256',
  },
  dhGroup: {
    DH1: 'Group1',
    DH2: 'Group2',
    DH14: 'Group14',
    DH24: 'Group24',
    GROUP2048: 'Group14',
    GROUP19: 'ECP256',
    GROUP20: 'ECP384',
    DH19: 'ECP256',
    DH20: 'ECP384',
  },
  pfsGroup: {
    GROUP14: 'PFS2048',
    PFS14: 'PFS2048',
    GROUP2: 'PFS2',
    GROUP1: 'PFS1',
    GROUP24: 'PFS24',
    GROUP19: 'ECP256',
    GROUP20: 'ECP384',
  },
};

export type NormalizeResult =
  | {
      readonly ok: true;
      /** Canonical id (cmdlet spelling). */
      readonly value: string;
      /** The spelling as written. */
      readonly written: string;
      /** True when the written spelling is exactly what the dialect accepts (case-insensitively). */
      readonly isNativeSpelling: boolean;
      /** When not native: the spelling the dialect expects, or undefined if the dialect cannot express the value. */
      readonly expectedSpelling: string | undefined;
      /** A sentence explaining a spelling difference, if any. */
      readonly note: string | undefined;
    }
  | {
      readonly ok: false;
      readonly written: string;
      readonly message: string;
    };

function upper(text: string): string {
  return text.trim().toUpperCase();
}

/** The spelling a dialect uses for a canonical value, or undefined if the dialect cannot express it. */
export function spellValue(field: TransformField, value: string, dialect: Dialect): string | undefined {
  const entry = TRANSFORM_VALUES[field].find((candidate) => candidate.id === value);
  return entry ? entry[dialect] : undefined;
}

/** Every spelling a dialect accepts for a field, in documentation order. */
export function listAcceptedSpellings(field: TransformField, dialect: Dialect): string[] {
  return TRANSFORM_VALUES[field].flatMap((entry) => (entry[dialect] === undefined ? [] : [entry[dialect]]));
}

/**
 * Reads one transform value written for `dialect`. Any Windows spelling of the
 * field is recognised (so `AES_GCM_128` on the server side is understood and
 * corrected); unknown text yields a message listing what the dialect accepts.
 */
export function normalizeTransform(field: TransformField, written: string, dialect: Dialect): NormalizeResult {
  const key = upper(written.replace(/^['"]|['"]$/g, ''));
  const accepted = listAcceptedSpellings(field, dialect);
  if (key === '') {
    return { ok: false, written, message: `No value for ${FIELD_INFO[field].parameter}; expected one of ${accepted.join(', ')}.` };
  }
  for (const entry of TRANSFORM_VALUES[field]) {
    const native = entry[dialect];
    if (native !== undefined && upper(native) === key) {
      return { ok: true, value: entry.id, written, isNativeSpelling: true, expectedSpelling: native, note: undefined };
    }
  }
  for (const entry of TRANSFORM_VALUES[field]) {
    const otherDialect = (['server', 'client', 'profilexml'] as const).find((d) => {
      const spelling = entry[d];
      return spelling !== undefined && upper(spelling) === key;
    });
    if (otherDialect) {
      const expected = entry[dialect];
      const note =
        expected === undefined
          ? `${written.trim()} is the ${DIALECT_LABELS[otherDialect]} spelling; ${DIALECT_LABELS[dialect]} cannot express this value for ${FIELD_INFO[field].xmlElement}.`
          : `${written.trim()} is the ${DIALECT_LABELS[otherDialect]} spelling; ${DIALECT_LABELS[dialect]} expects ${expected}.`;
      return { ok: true, value: entry.id, written, isNativeSpelling: false, expectedSpelling: expected, note };
    }
  }
  const foreign = FOREIGN_SPELLINGS[field][key];
  if (foreign !== undefined) {
    const expected = spellValue(field, foreign, dialect);
    const note =
      expected === undefined
        ? `${written.trim()} is not a Windows spelling; the closest value (${foreign}) cannot be expressed in ${DIALECT_LABELS[dialect]}.`
        : `${written.trim()} is not a value Windows accepts; ${DIALECT_LABELS[dialect]} expects ${expected}.`;
    return { ok: true, value: foreign, written, isNativeSpelling: false, expectedSpelling: expected, note };
  }
  return {
    ok: false,
    written,
    message: `${written.trim()} is not a value of ${FIELD_INFO[field].parameter}; ${DIALECT_LABELS[dialect]} accepts ${accepted.join(', ')}.`,
  };
}

/** Matches a parameter or element name (any documented alias, case-insensitive) to a field. */
export function findFieldByName(name: string): TransformField | undefined {
  const key = name.trim().replace(/^-/, '').toLowerCase();
  if (key === '') return undefined;
  for (const field of TRANSFORM_FIELDS) {
    const info = FIELD_INFO[field];
    const names = [info.parameter, info.xmlElement, ...info.serverAliases].map((n) => n.toLowerCase());
    if (names.includes(key)) return field;
  }
  return undefined;
}
