/** PLACEHOLDER: filled in by the owner of this module. */
import type { ApiApp, ApiDeps } from '../types.js';

export function registerScreenJobRoutes(_app: ApiApp, _deps: ApiDeps): void {}
