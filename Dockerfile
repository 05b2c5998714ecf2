# bedoeling-bot: compiled once in a full image, run in a slim one as a non-root user.
#   docker build -t bedoeling-bot .        (or: docker compose build; see compose.yaml and docs/deploy.md)
# tests/deploy/runtime-stage.test.ts reads this file and performs its steps, so keep them plain.

FROM node:20-bookworm AS build
WORKDIR /app
# better-sqlite3 downloads a prebuilt binary or compiles one with this image's compiler; the Node headers
# of the image spare node-gyp a download from nodejs.org when it compiles.
ENV npm_config_nodedir=/usr/local
# Dependencies first, so that a change in the sources does not reinstall them. Install scripts wait
# until `npm rebuild`: the project's own prepare script needs the sources, which come next.
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts && npm rebuild
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY adapters ./adapters
# The build also parses the prompt library once, into dist/prompt-cache.json (a faster start).
COPY prompts ./prompts
COPY scripts/cache-prompts.mjs ./scripts/
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3978 \
    DATABASE_PATH=/data/bedoeling.db \
    BEDOELING_CONFIG=/config/bedoeling.config.yaml
WORKDIR /app
# Owned by root: the bot reads its code and writes only to /data.
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY prompts ./prompts
COPY bedoeling.config.example.yaml LICENSE ./
RUN mkdir -p /data /config && chown node:node /data && chmod 0700 /data
VOLUME ["/data"]
USER node
EXPOSE 3978
# The slim image has no curl; Node 20 has fetch.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node itself as the main process (not npm), so that SIGTERM reaches the bot and it stops gracefully.
# The flags are npm start's: a 4 MB young generation keeps the idle process about 20 MB smaller, and a
# 512 MB old generation makes V8 collect before the heap quadruples (peak under load 290 → 165 MB).
CMD ["node", "--max-semi-space-size=4", "--max-old-space-size=512", "dist/src/main.js"]
