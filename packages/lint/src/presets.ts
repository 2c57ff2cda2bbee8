// The built-in presets, derived from the registry so that a new rule is in them the moment it is registered.
import { rules as registry } from './rules/index.js';
import type { Rule, Severity } from './types.js';

export type PresetName = 'recommended' | 'strict';
export const presetNames: readonly PresetName[] = ['recommended', 'strict'];

/**
 * `recommended`: each rule at the severity its author chose in `meta.recommended` — the problems
 * worth a red mark on every PR/FAQ, with style advice as warnings.
 * `strict`: for documents about to go to the decision meeting, where every finding must be dealt
 * with: whatever `recommended` enables becomes an error, and the rules it leaves off run as warnings.
 */
export function presetRules(name: PresetName, rules: readonly Rule[] = registry): Record<string, Severity> {
  const out = Object.create(null) as Record<string, Severity>;
  for (const rule of rules) {
    const recommended = rule.meta.recommended;
    out[rule.meta.id] = name === 'recommended' ? recommended : recommended === 'off' ? 'warn' : 'error';
  }
  return out;
}

export function isPresetName(name: string): name is PresetName {
  return (presetNames as readonly string[]).includes(name);
}
