# syntax=docker/dockerfile:1
# The Sankofa web app, built with Vite and served by nginx, which also proxies /graphql
# (HTTP and WebSocket) to the API instances listed in /etc/nginx/sankofa/upstream.conf.
# Build from the repository root: docker build -f docker/web.Dockerfile -t sankofa-web .

ARG NODE_IMAGE=node:20.20.2-bookworm-slim
ARG NGINX_IMAGE=nginx:1.28-bookworm

# ---- build: the static web app in dist/web
FROM ${NODE_IMAGE} AS build
RUN npm install -g npm@11.19.1
WORKDIR /app
COPY package.json package-lock.json ./
# The web build needs no native add-on (better-sqlite3 is the API's), so no install scripts run.
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY nx.json tsconfig.base.json ./
COPY libs libs
COPY apps/web apps/web
RUN NX_DAEMON=false npx nx run web:build --skip-nx-cache

# ---- runtime: nginx as an unprivileged user
FROM ${NGINX_IMAGE} AS runtime
RUN rm -f /etc/nginx/conf.d/default.conf
COPY docker/nginx/nginx.conf /etc/nginx/nginx.conf
COPY docker/nginx/security-headers.conf /etc/nginx/sankofa/security-headers.conf
# The single-API default; docker/compose.yaml mounts its own list of API instances over it.
COPY docker/nginx/upstream.conf /etc/nginx/sankofa/upstream.conf
COPY --from=build /app/dist/web /usr/share/nginx/html
USER nginx
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /healthz HTTP/1.0\\r\\n\\r\\n' >&3 && head -n1 <&3 | grep -q ' 200 '"]
CMD ["nginx", "-g", "daemon off;"]
