/**
 * The options of `XS2A.configure` and `XS2A.startFlow`, as Klarna's "XS2A App" reference lists
 * them: the callbacks and the settings the fake app honours. A value of the wrong type throws, as
 * Klarna's launcher does; an unknown option is ignored.
 */
import type { Xs2aLauncherCallbacks } from '../../launcher/launcher-loader.js';

export interface FakeAppSettings {
  /** `light` (default), `dark`, or `auto` to follow the system. */
  appearanceMode?: string;
  /** `false`: the last view waits for the consumer's Close instead of closing itself. */
  autoClose?: boolean;
  /** Close at once when the flow ends, without its last view. */
  hideTransitionOnFlowEnd?: boolean;
  openPoliciesInNewWindow?: boolean;
  psd2RedirectMethod?: string;
  /** No spinner before the first view. */
  skipInitialLoader?: boolean;
  theme?: string | object;
  /** The consent details below the login form start open. */
  unfoldConsentDetails?: boolean;
}

export type FakeAppOptions = FakeAppSettings & Xs2aLauncherCallbacks;

export type CallbackName = keyof Xs2aLauncherCallbacks;

/** Every callback, so a new one in the launcher's interface must be listed here. */
const callbackNames = {
  onLoad: true,
  onReady: true,
  onAbort: true,
  onError: true,
  onFinished: true,
  onClose: true,
} satisfies Record<CallbackName, true>;

/** The `typeof` each setting accepts. */
const settingTypes = {
  appearanceMode: ['string'],
  autoClose: ['boolean'],
  hideTransitionOnFlowEnd: ['boolean'],
  openPoliciesInNewWindow: ['boolean'],
  psd2RedirectMethod: ['string'],
  skipInitialLoader: ['boolean'],
  theme: ['string', 'object'],
  unfoldConsentDetails: ['boolean'],
} satisfies Record<keyof FakeAppSettings, readonly string[]>;

const isCallbackName = (name: string): name is CallbackName => Object.hasOwn(callbackNames, name);
const isSettingName = (name: string): name is keyof FakeAppSettings => Object.hasOwn(settingTypes, name);

/** The options, checked; `where` names the call in the error. `undefined` and `null` are no options. */
export function checkOptions(options: unknown, where: string): FakeAppOptions {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object') throw new TypeError(`${where}: options must be an object`);
  for (const [name, value] of Object.entries(options)) {
    if (value === undefined) continue;
    if (isCallbackName(name)) {
      if (typeof value !== 'function') throw new TypeError(`${where}: ${name} must be a function`);
      continue;
    }
    if (!isSettingName(name)) continue;
    const types: readonly string[] = settingTypes[name];
    if (!types.includes(typeof value) || value === null) throw new TypeError(`${where}: ${name} must be a ${types.join(' or ')}`);
  }
  return options;
}

/** Like `Object.assign`, but an `undefined` value does not erase a configured one. */
export function merge(target: FakeAppOptions, source: FakeAppOptions): FakeAppOptions {
  for (const [name, value] of Object.entries(source)) {
    if (value !== undefined) (target as Record<string, unknown>)[name] = value;
  }
  return target;
}
