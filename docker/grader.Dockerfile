# syntax=docker/dockerfile:1
# The Sankofa grader (BullMQ worker, no HTTP). Python exercises run in bubblewrap with Debian's
# python3 and its numpy, pandas and scikit-learn, so the runtime image is Debian 12 (bookworm),
# like the development machines.
# Build from the repository root: docker build -f docker/grader.Dockerfile -t sankofa-grader .
# Running it needs a seccomp profile that allows user namespaces (bubblewrap): see
# docker/README.md and docker/grader-seccomp.json.

ARG NODE_IMAGE=node:20.20.2-bookworm-slim

# ---- build: install every dependency, compile the server with SWC, then drop dev dependencies
FROM ${NODE_IMAGE} AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
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
RUN node tools/build/server.js \
 && npm prune --omit=dev --no-audit --no-fund

# ---- runtime: the sandbox's tools, compiled grader, production dependencies
FROM ${NODE_IMAGE} AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends bubblewrap python3 python3-numpy python3-pandas python3-sklearn \
 && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    OPENBLAS_NUM_THREADS=1
RUN groupadd --system --gid 10001 sankofa \
 && useradd --system --uid 10001 --gid sankofa --home-dir /nonexistent --no-create-home --shell /usr/sbin/nologin sankofa
WORKDIR /app
COPY --from=build /app/package.json /app/tsconfig.base.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/tools/build/register-paths.js ./tools/build/register-paths.js
COPY --from=build /app/tools/testing/paths.js ./tools/testing/paths.js
COPY --from=build /app/dist/server/libs ./dist/server/libs
COPY --from=build /app/dist/server/apps/grader ./dist/server/apps/grader
USER sankofa:sankofa
# A grader exits when it cannot work (lost Redis or database for good); the orchestrator
# restarts it. Its health shows in the API's /ready (workers) and the `health` query.
CMD ["node", "-r", "./tools/build/register-paths.js", "dist/server/apps/grader/src/main.js"]
