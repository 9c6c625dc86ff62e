export * from './roles';
export * from './permissions';
export * from './navigation';
export * from './password-policy';
