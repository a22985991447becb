# syntax=docker/dockerfile:1
# The Sankofa API (NestJS, GraphQL at /graphql, readiness at /ready). Also runs the API CLI
# (`migrate`, `create-admin`) for the one-shot migrate service.
# Build from the repository root: docker build -f docker/api.Dockerfile -t sankofa-api .

ARG NODE_IMAGE=node:20.20.2-bookworm-slim

# ---- build: install every dependency, compile the server with SWC, then drop dev dependencies
FROM ${NODE_IMAGE} AS build
# better-sqlite3 compiles from source when its prebuilt binary cannot be fetched.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
# The npm the lock file was written with; it runs only the install scripts package.json allows.
RUN npm install -g npm@11.19.1
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json .swcrc ./
COPY tools/build tools/build
COPY tools/testing/paths.js tools/testing/paths.js
COPY libs libs
COPY apps/api apps/api
COPY apps/grader apps/grader
COPY catalog catalog
RUN node tools/build/server.js \
 && npm prune --omit=dev --no-audit --no-fund

# ---- runtime: compiled server, production dependencies, nothing else
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3000
RUN groupadd --system --gid 10001 sankofa \
 && useradd --system --uid 10001 --gid sankofa --home-dir /nonexistent --no-create-home --shell /usr/sbin/nologin sankofa
WORKDIR /app
# Owned by root and read-only to the service user: the process cannot change its own code.
COPY --from=build /app/package.json /app/tsconfig.base.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/tools/build/register-paths.js ./tools/build/register-paths.js
COPY --from=build /app/tools/testing/paths.js ./tools/testing/paths.js
COPY --from=build /app/dist/server/libs ./dist/server/libs
COPY --from=build /app/dist/server/apps/api ./dist/server/apps/api
# The open-model catalog: its language tables are read at run time, its models seeded by the CLI.
COPY --from=build /app/catalog ./catalog
USER sankofa:sankofa
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "-r", "./tools/build/register-paths.js", "dist/server/apps/api/src/main.js"]
