# syntax=docker/dockerfile:1
# NightChill server image. Runs TypeScript directly with tsx (a runtime dependency); the only build
# step is the web client's bundle (esbuild, a runtime dependency too).

# ---- deps: production dependencies only, exactly as the lockfile pins them ----
FROM node:20-bookworm-slim AS deps
WORKDIR /app
ENV NPM_CONFIG_UPDATE_NOTIFIER=false
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# ---- runtime ----
FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false
COPY --from=deps --chown=root:root /app/node_modules ./node_modules
COPY --chown=root:root package.json package-lock.json tsconfig.json ./
COPY --chown=root:root src ./src
COPY --chown=root:root drizzle ./drizzle
COPY --chown=root:root prompts ./prompts
COPY --chown=root:root web ./web
# The web client is bundled into web/dist here, as root: the app cannot write to /app at run time,
# and `npm start`'s prestart build then finds it up to date and writes nothing.
RUN npx tsx src/scripts/build-web.ts
# The code is owned by root and read-only to the app; only DATA_DIR (the embedded database and
# generated secrets when DATABASE_URL / JWT_SECRET are unset) is writable by it.
RUN mkdir -p /app/data && chown node:node /app/data
# The official image's unprivileged user (uid 1000).
USER node
EXPOSE 3000
# No curl in slim images: Node's fetch asks /healthz on the port the app listens on.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]
CMD ["npm", "start"]
