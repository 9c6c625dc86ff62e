import { RequestMethod, type INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { ACCESS_KEY, type AccessRule } from './access';

export interface DeclaredRoute {
  method: string;
  path: string;
  access: AccessRule | undefined;
}

/** Every controller route of the app with the access rule it declares (if any). */
export function declaredRoutes(app: INestApplication, prefix = '/api'): DeclaredRoute[] {
  const scanner = new MetadataScanner();
  return app
    .get(DiscoveryService)
    .getControllers()
    .flatMap(({ metatype, instance }) => {
      if (!metatype || !instance) return [];
      const base = String(Reflect.getMetadata(PATH_METADATA, metatype) ?? '');
      const prototype = Object.getPrototypeOf(instance) as object;
      return scanner.getAllMethodNames(prototype).flatMap((name) => {
        const handler = (prototype as Record<string, unknown>)[name] as object;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        if (path === undefined) return [];
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        const access = (Reflect.getMetadata(ACCESS_KEY, handler) ??
          Reflect.getMetadata(ACCESS_KEY, metatype)) as AccessRule | undefined;
        const full = [prefix, base, path]
          .map((part) => part.replace(/^\/|\/$/g, ''))
          .filter(Boolean)
          .join('/');
        return [{ method, path: `/${full}`, access }];
      });
    });
}

/** Refuses to start an app with a route that says nothing about who may call it. */
export function assertEveryRouteDeclaresAccess(app: INestApplication): void {
  const missing = declaredRoutes(app).filter((route) => !route.access);
  if (missing.length > 0) {
    const list = missing.map((route) => `${route.method} ${route.path}`).join(', ');
    throw new Error(`Routes without an access rule (@Public() or @RequirePermission()): ${list}`);
  }
}
