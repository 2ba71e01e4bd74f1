/** PLACEHOLDER: filled in by the owner of this module. */
import type { ApiApp } from '../types.js';

export function registerOpenApiRoute(_app: ApiApp): void {}
