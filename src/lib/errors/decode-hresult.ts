/**
 * Takes an HRESULT apart the way winerror.h and [MS-ERREF] section 2.1
 * describe it: S (bit 31, failure), R (30), C (29, customer-defined),
 * N (28, a mapped NTSTATUS), X (27), facility (bits 16–26; winerror.h's
 * HRESULT_FACILITY masks 13 bits, 16–28, so facilities above 2047 read
 * right) and the 16-bit code. For FACILITY_WIN32 the code is the Win32
 * error that HRESULT_FROM_WIN32 wrapped.
 */
import { toHex, toHex32, toSigned32, toUnsigned32, win32FromHresult } from './forms';

/**
 * Facility numbers and their names, from mingw-w64's public copy of
 * winerror.h. Some numbers carry two names (9 is both FACILITY_SSPI and
 * FACILITY_SECURITY).
 */
const FACILITY_NAMES: ReadonlyMap<number, readonly string[]> = new Map<number, readonly string[]>([
  [0, ['FACILITY_NULL']],
  [1, ['FACILITY_RPC']],
  [2, ['FACILITY_DISPATCH']],
  [3, ['FACILITY_STORAGE']],
  [4, ['FACILITY_ITF']],
  [7, ['FACILITY_WIN32']],
  [8, ['FACILITY_WINDOWS']],
  [9, ['FACILITY_SSPI', 'FACILITY_SECURITY']],
  [10, ['FACILITY_CONTROL']],
  [11, ['FACILITY_CERT']],
  [12, ['FACILITY_INTERNET']],
  [13, ['FACILITY_MEDIASERVER']],
  [14, ['FACILITY_MSMQ']],
  [15, ['FACILITY_SETUPAPI']],
  [16, ['FACILITY_SCARD']],
  [17, ['FACILITY_COMPLUS']],
  [18, ['FACILITY_AAF']],
  [19, ['FACILITY_URT']],
  [20, ['FACILITY_ACS']],
  [21, ['FACILITY_DPLAY']],
  [22, ['FACILITY_UMI']],
  [23, ['FACILITY_SXS']],
  [24, ['FACILITY_WINDOWS_CE']],
  [25, ['FACILITY_HTTP']],
  [26, ['FACILITY_USERMODE_COMMONLOG']],
  [27, ['FACILITY_WER']],
  [31, ['FACILITY_USERMODE_FILTER_MANAGER']],
  [32, ['FACILITY_BACKGROUNDCOPY']],
  [33, ['FACILITY_CONFIGURATION', 'FACILITY_WIA']],
  [34, ['FACILITY_STATE_MANAGEMENT']],
  [35, ['FACILITY_METADIRECTORY']],
  [36, ['FACILITY_WINDOWSUPDATE']],
  [37, ['FACILITY_DIRECTORYSERVICE']],
  [38, ['FACILITY_GRAPHICS']],
  [39, ['FACILITY_SHELL', 'FACILITY_NAP']],
  [40, ['FACILITY_TPM_SERVICES']],
  [41, ['FACILITY_TPM_SOFTWARE']],
  [42, ['FACILITY_UI']],
  [43, ['FACILITY_XAML']],
  [44, ['FACILITY_ACTION_QUEUE']],
  [48, ['FACILITY_PLA', 'FACILITY_WINDOWS_SETUP']],
  [49, ['FACILITY_FVE']],
  [50, ['FACILITY_FWP']],
  [51, ['FACILITY_WINRM']],
  [52, ['FACILITY_NDIS']],
  [53, ['FACILITY_USERMODE_HYPERVISOR']],
  [54, ['FACILITY_CMI']],
  [55, ['FACILITY_USERMODE_VIRTUALIZATION']],
  [56, ['FACILITY_USERMODE_VOLMGR']],
  [57, ['FACILITY_BCD']],
  [58, ['FACILITY_USERMODE_VHD']],
  [59, ['FACILITY_USERMODE_HNS']],
  [60, ['FACILITY_SDIAG']],
  [61, ['FACILITY_WEBSERVICES', 'FACILITY_WINPE']],
  [62, ['FACILITY_WPN']],
  [63, ['FACILITY_WINDOWS_STORE']],
  [64, ['FACILITY_INPUT']],
  [65, ['FACILITY_QUIC']],
  [66, ['FACILITY_EAP']],
  [70, ['FACILITY_IORING']],
  [80, ['FACILITY_WINDOWS_DEFENDER']],
  [81, ['FACILITY_OPC']],
  [82, ['FACILITY_XPS']],
  [83, ['FACILITY_RAS']],
  [84, ['FACILITY_MBN', 'FACILITY_POWERSHELL']],
  [85, ['FACILITY_EAS']],
  [98, ['FACILITY_P2P_INT']],
  [99, ['FACILITY_P2P']],
  [100, ['FACILITY_DAF']],
  [101, ['FACILITY_BLUETOOTH_ATT']],
  [102, ['FACILITY_AUDIO']],
  [103, ['FACILITY_STATEREPOSITORY']],
  [109, ['FACILITY_VISUALCPP']],
  [112, ['FACILITY_SCRIPT']],
  [113, ['FACILITY_PARSE']],
  [120, ['FACILITY_BLB']],
  [121, ['FACILITY_BLB_CLI']],
  [122, ['FACILITY_WSBAPP']],
  [128, ['FACILITY_BLBUI']],
  [129, ['FACILITY_USN']],
  [130, ['FACILITY_USERMODE_VOLSNAP']],
  [131, ['FACILITY_TIERING']],
  [133, ['FACILITY_WSB_ONLINE']],
  [134, ['FACILITY_ONLINE_ID']],
  [135, ['FACILITY_DEVICE_UPDATE_AGENT']],
  [136, ['FACILITY_DRVSERVICING']],
  [153, ['FACILITY_DLS']],
  [160, ['FACILITY_SOS']],
  [173, ['FACILITY_OCP_UPDATE_AGENT']],
  [176, ['FACILITY_DEBUGGERS']],
  [208, ['FACILITY_DELIVERY_OPTIMIZATION']],
  [231, ['FACILITY_USERMODE_SPACES']],
  [232, ['FACILITY_USER_MODE_SECURITY_CORE']],
  [234, ['FACILITY_USERMODE_LICENSING']],
  [256, ['FACILITY_SPP', 'FACILITY_RESTORE', 'FACILITY_DMSERVER']],
  [257, ['FACILITY_DEPLOYMENT_SERVICES_SERVER']],
  [258, ['FACILITY_DEPLOYMENT_SERVICES_IMAGING']],
  [259, ['FACILITY_DEPLOYMENT_SERVICES_MANAGEMENT']],
  [260, ['FACILITY_DEPLOYMENT_SERVICES_UTIL']],
  [261, ['FACILITY_DEPLOYMENT_SERVICES_BINLSVC']],
  [263, ['FACILITY_DEPLOYMENT_SERVICES_PXE']],
  [264, ['FACILITY_DEPLOYMENT_SERVICES_TFTP']],
  [272, ['FACILITY_DEPLOYMENT_SERVICES_TRANSPORT_MANAGEMENT']],
  [278, ['FACILITY_DEPLOYMENT_SERVICES_DRIVER_PROVISIONING']],
  [289, ['FACILITY_DEPLOYMENT_SERVICES_MULTICAST_SERVER']],
  [290, ['FACILITY_DEPLOYMENT_SERVICES_MULTICAST_CLIENT']],
  [293, ['FACILITY_DEPLOYMENT_SERVICES_CONTENT_PROVIDER']],
  [296, ['FACILITY_HSP_SERVICES']],
  [297, ['FACILITY_HSP_SOFTWARE']],
  [305, ['FACILITY_LINGUISTIC_SERVICES']],
  [885, ['FACILITY_WEB']],
  [886, ['FACILITY_WEB_SOCKET']],
  [1094, ['FACILITY_AUDIOSTREAMING']],
  [1490, ['FACILITY_TTD']],
  [1536, ['FACILITY_ACCELERATOR']],
  [1793, ['FACILITY_MOBILE']],
  [1967, ['FACILITY_SQLITE']],
  [1968, ['FACILITY_SERVICE_FABRIC']],
  [1989, ['FACILITY_UTC']],
  [1996, ['FACILITY_WMAAECMA']],
  [2049, ['FACILITY_WEP']],
  [2050, ['FACILITY_SYNCENGINE']],
  [2168, ['FACILITY_DIRECTMUSIC']],
  [2169, ['FACILITY_DIRECT3D10']],
  [2170, ['FACILITY_DXGI']],
  [2171, ['FACILITY_DXGI_DDI']],
  [2172, ['FACILITY_DIRECT3D11']],
  [2173, ['FACILITY_DIRECT3D11_DEBUG']],
  [2174, ['FACILITY_DIRECT3D12']],
  [2175, ['FACILITY_DIRECT3D12_DEBUG']],
  [2176, ['FACILITY_DXCORE']],
  [2177, ['FACILITY_PRESENTATION']],
  [2184, ['FACILITY_LEAP']],
  [2185, ['FACILITY_AUDCLNT']],
  [2192, ['FACILITY_WINML']],
  [2200, ['FACILITY_WINCODEC_DWRITE_DWM']],
  [2201, ['FACILITY_DIRECT2D']],
  [2304, ['FACILITY_DEFRAG']],
  [2305, ['FACILITY_USERMODE_SDBUS']],
  [2306, ['FACILITY_JSCRIPT']],
  [2339, ['FACILITY_XBOX']],
  [2340, ['FACILITY_GAME']],
  [2341, ['FACILITY_USERMODE_UNIONFS']],
  [2342, ['FACILITY_USERMODE_PRM']],
  [2343, ['FACILITY_USERMODE_WIN_ACCEL']],
  [2561, ['FACILITY_PIDGENX']],
  [2748, ['FACILITY_PIX']],
]);

/** A sentence on the facilities an Always On VPN admin meets, in our words. */
const FACILITY_NOTES: ReadonlyMap<number, string> = new Map([
  [0, 'General status codes that belong to no particular component (E_FAIL, E_UNEXPECTED).'],
  [1, 'Remote procedure call (RPC) errors.'],
  [4, 'Defined by the interface that returned it: the same number can mean different things from different components.'],
  [7, 'A Win32 error code wrapped in an HRESULT by HRESULT_FROM_WIN32; the low 16 bits are the Win32 code.'],
  [9, 'Security and cryptography: SSPI and Schannel (SEC_E_*) and CryptoAPI (CRYPT_E_*) codes.'],
  [11, 'Certificate trust: CERT_E_* and TRUST_E_* codes.'],
  [50, 'Windows Filtering Platform (FWP_E_* codes).'],
  [66, 'The EAP host framework (EAP_E_* codes).'],
]);

const NT_BIT = 0x10000000;
const CUSTOMER_BIT = 0x20000000;
const RESERVED_BIT = 0x40000000;
const SEVERITY_BIT = 0x80000000;

export interface FacilityInfo {
  /** The facility number (HRESULT_FACILITY). */
  readonly number: number;
  /** Names winerror.h gives the number; empty when it defines none. */
  readonly names: readonly string[];
  /** What the facility covers, for the few an AOVPN admin meets. */
  readonly note?: string;
}

export interface HresultDecoding {
  /** The value as an unsigned 32-bit number. */
  readonly value: number;
  /** `0x80070329` */
  readonly hex: string;
  /** `-2147024087`, as event logs print it. */
  readonly signed: number;
  /** S bit: a failure (FAILED(hr)) rather than a success code. */
  readonly isFailure: boolean;
  /** C bit: defined by a vendor other than Microsoft. */
  readonly isCustomer: boolean;
  /** N bit: an NTSTATUS value carried inside an HRESULT (HRESULT_FROM_NT). */
  readonly isMappedNtStatus: boolean;
  /** The NTSTATUS inside, when the N bit is set: the value without that bit. */
  readonly ntStatus?: string;
  /**
   * The two top bits are both set and N is clear: the shape of an NTSTATUS
   * error (0xC…) rather than of an HRESULT.
   */
  readonly looksLikeNtStatus: boolean;
  readonly facility: FacilityInfo;
  /** The low 16 bits. */
  readonly code: number;
  /** `0x329` */
  readonly codeHex: string;
  /** For FACILITY_WIN32 failures: the Win32 error code (809 for 0x80070329). */
  readonly win32Code?: number;
}

/** The facility of an HRESULT, with its names. */
export function describeFacility(facilityNumber: number): FacilityInfo {
  const names = FACILITY_NAMES.get(facilityNumber) ?? [];
  const note = FACILITY_NOTES.get(facilityNumber);
  return note === undefined ? { number: facilityNumber, names } : { number: facilityNumber, names, note };
}

/**
 * Decodes any 32-bit value (unsigned, or negative as event logs print it).
 * Returns undefined for numbers that are not integers or do not fit 32 bits.
 */
export function decodeHresult(input: number): HresultDecoding | undefined {
  const value = toUnsigned32(input);
  if (value === undefined) return undefined;
  const isFailure = (value & SEVERITY_BIT) !== 0;
  const isCustomer = (value & CUSTOMER_BIT) !== 0;
  const isMappedNtStatus = (value & NT_BIT) !== 0;
  const looksLikeNtStatus = !isMappedNtStatus && isFailure && (value & RESERVED_BIT) !== 0;
  const facilityNumber = isMappedNtStatus ? (value >>> 16) & 0x7ff : (value >>> 16) & 0x1fff;
  const code = value & 0xffff;
  // Only 0x8007xxxx is HRESULT_FROM_WIN32: failure, no customer/NT/reserved bits, FACILITY_WIN32.
  const win32Code = win32FromHresult(value);
  return {
    value,
    hex: toHex32(value),
    signed: toSigned32(value),
    isFailure,
    isCustomer,
    isMappedNtStatus,
    ...(isMappedNtStatus ? { ntStatus: toHex32((value & ~NT_BIT) >>> 0) } : {}),
    looksLikeNtStatus,
    facility: describeFacility(facilityNumber),
    code,
    codeHex: toHex(code),
    ...(win32Code === undefined ? {} : { win32Code }),
  };
}

/** The facility's name for display: `FACILITY_SECURITY / FACILITY_SSPI (9)`, or `facility 300` when unnamed. */
export function formatFacility(facility: FacilityInfo): string {
  if (facility.names.length === 0) return `facility ${facility.number} (not named in winerror.h)`;
  return `${facility.names.join(' / ')} (${facility.number})`;
}
