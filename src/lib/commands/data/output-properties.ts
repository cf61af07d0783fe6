/**
 * Properties of the objects that cmdlets write, for the cmdlets whose output
 * the guide selects, formats or filters by property name. Each entry names
 * where its property names were read.
 */
import type { OutputProperties } from '../types';

export const OUTPUT_PROPERTIES: readonly OutputProperties[] = [];
