/**
 * Community scripts the guide runs (Richard Hicks' AOVPN scripts and the
 * AOVPNTools module), with the parameters their own published help and
 * param() blocks declare. Scripts are looked up by file name without `.ps1`.
 */
import type { SignatureSpec } from '../signature-spec';

export const COMMUNITY_SCRIPTS: readonly SignatureSpec[] = [];
