/**
 * Windows client releases the linter can target, with their build numbers as
 * given in the "Applicable OS" tables of Microsoft's CSP references
 * (e.g. "Windows 11, version 22H2 [10.0.22621]"). Windows 10 1803 (17134) is
 * from Richard Hicks' Set-IKEv2VpnSecurityBaseline.ps1 version check.
 */
export interface WindowsBuild {
  /** Build number (the third part of 10.0.x). */
  readonly build: number;
  readonly label: string;
  readonly isWindows11: boolean;
}

export const WINDOWS_BUILDS: readonly WindowsBuild[] = [
  { build: 14393, label: 'Windows 10, version 1607', isWindows11: false },
  { build: 16299, label: 'Windows 10, version 1709', isWindows11: false },
  { build: 17134, label: 'Windows 10, version 1803', isWindows11: false },
  { build: 17763, label: 'Windows 10, version 1809', isWindows11: false },
  { build: 19041, label: 'Windows 10, version 2004', isWindows11: false },
  { build: 19044, label: 'Windows 10, version 21H2', isWindows11: false },
  { build: 19045, label: 'Windows 10, version 22H2', isWindows11: false },
  { build: 22000, label: 'Windows 11, version 21H2', isWindows11: true },
  { build: 22621, label: 'Windows 11, version 22H2', isWindows11: true },
  { build: 22631, label: 'Windows 11, version 23H2', isWindows11: true },
  { build: 26100, label: 'Windows 11, version 24H2', isWindows11: true },
];

export const DEFAULT_BUILD = 26100;

/** The label for a build number; builds between releases are named by the release they follow. */
export function describeBuild(build: number): string {
  const exact = WINDOWS_BUILDS.find((candidate) => candidate.build === build);
  if (exact) return `${exact.label} (build ${build})`;
  const before = [...WINDOWS_BUILDS].reverse().find((candidate) => candidate.build < build);
  return before ? `build ${build} (after ${before.label})` : `build ${build}`;
}

export function isWindows11Build(build: number): boolean {
  return build >= 22000;
}
