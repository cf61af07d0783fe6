/**
 * Every ProfileXML rule, in the order findings are listed for the same line:
 * structure first, then tunnel-type rules, routing, DNS, authentication,
 * cryptography, Windows builds and deployment quirks.
 */
import type { ProfileRule } from '../types';
import { rootElementRule } from './root-element';
import { unknownElementRule } from './unknown-element';
import { misplacedElementRule } from './misplaced-element';
import { duplicateElementRule } from './duplicate-element';
import { invalidValueRule } from './invalid-value';
import { booleanCaseRule } from './boolean-case';
import { cryptoValueSpellingRule } from './crypto-value-spelling';
import { nativeProfileMissingRule } from './native-profile-missing';
import { serversMissingRule } from './servers-missing';
import { protocolMissingRule } from './protocol-missing';
import { authenticationMissingRule } from './authentication-missing';
import { deviceTunnelProtocolRule } from './device-tunnel-protocol';
import { deviceTunnelAuthenticationRule } from './device-tunnel-authentication';
import { deviceTunnelSplitTunnelRule } from './device-tunnel-split-tunnel';
import { deviceTunnelAlwaysOnRule } from './device-tunnel-always-on';
import { deviceTunnelTrafficFiltersRule } from './device-tunnel-traffic-filters';
import { deviceTunnelNrptRule } from './device-tunnel-nrpt';
import { classRouteWithoutRoutesRule } from './class-route-without-routes';
import { splitTunnelWithoutRoutesRule } from './split-tunnel-without-routes';
import { forceTunnelInclusionRoutesRule } from './force-tunnel-inclusion-routes';
import { forceTunnelClassRouteRule } from './force-tunnel-class-route';
import { routeInvalidRule } from './route-invalid';
import { trafficFilterPortsRule } from './traffic-filter-ports';
import { trafficFilterIpv6Rule } from './traffic-filter-ipv6';
import { proxySplitTunnelRule } from './proxy-split-tunnel';
import { registerDnsBothTunnelsRule } from './register-dns-both-tunnels';
import { alwaysOnNotSetRule } from './always-on-not-set';
import { automaticPrefersSstpRule } from './automatic-prefers-sstp';
import { protocolListMismatchRule } from './protocol-list-mismatch';
import { eapConfigurationMissingRule } from './eap-configuration-missing';
import { mschapv2WithIkev2Rule } from './mschapv2-with-ikev2';
import { machineMethodWithoutIkev2Rule } from './machine-method-without-ikev2';
import { cryptoSuiteMissingRule } from './crypto-suite-missing';
import { cryptoSuiteIncompleteRule } from './crypto-suite-incomplete';
import { cryptoWeakRule } from './crypto-weak';
import { cryptoSuiteWithoutIpsecRule } from './crypto-suite-without-ipsec';
import { newerBuildRequiredRule } from './newer-build-required';
import { fieldReportedBuildRule } from './field-reported-build';
import { intuneDuplicateServerRule } from './intune-duplicate-server';
import { intuneMachineMethodRule } from './intune-machine-method';

export const RULES: readonly ProfileRule[] = [
  rootElementRule,
  unknownElementRule,
  misplacedElementRule,
  duplicateElementRule,
  invalidValueRule,
  booleanCaseRule,
  cryptoValueSpellingRule,
  nativeProfileMissingRule,
  serversMissingRule,
  protocolMissingRule,
  authenticationMissingRule,
  deviceTunnelProtocolRule,
  deviceTunnelAuthenticationRule,
  deviceTunnelSplitTunnelRule,
  deviceTunnelAlwaysOnRule,
  deviceTunnelTrafficFiltersRule,
  deviceTunnelNrptRule,
  classRouteWithoutRoutesRule,
  splitTunnelWithoutRoutesRule,
  forceTunnelInclusionRoutesRule,
  forceTunnelClassRouteRule,
  routeInvalidRule,
  trafficFilterPortsRule,
  trafficFilterIpv6Rule,
  proxySplitTunnelRule,
  registerDnsBothTunnelsRule,
  alwaysOnNotSetRule,
  automaticPrefersSstpRule,
  protocolListMismatchRule,
  eapConfigurationMissingRule,
  mschapv2WithIkev2Rule,
  machineMethodWithoutIkev2Rule,
  cryptoSuiteMissingRule,
  cryptoSuiteIncompleteRule,
  cryptoWeakRule,
  cryptoSuiteWithoutIpsecRule,
  newerBuildRequiredRule,
  fieldReportedBuildRule,
  intuneDuplicateServerRule,
  intuneMachineMethodRule,
];
