export * from './client';
export type { paths, components, operations } from './schema';

import type { components } from './schema';

export type MeDto = components['schemas']['MeDto'];
export type MetaDto = components['schemas']['MetaDto'];
export type TerritoryDto = components['schemas']['TerritoryDto'];
export type LoginDto = components['schemas']['LoginDto'];
export type SignupDto = components['schemas']['SignupDto'];
export type PasswordResetRequestDto = components['schemas']['PasswordResetRequestDto'];
export type PasswordResetConfirmDto = components['schemas']['PasswordResetConfirmDto'];
export type UpdateMeDto = components['schemas']['UpdateMeDto'];
export type ErrorDto = components['schemas']['ErrorDto'];
