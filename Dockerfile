# Container image for the GraphQL API (Apollo Server over Neo4j).
#
#   docker build -t china-peru-kg-api .
#   docker compose up -d          # the API together with Neo4j (see docker-compose.yml)
#
# Two stages: `build` compiles TypeScript with the dev dependencies (`npm run build`, as
# `npm start` does outside Docker); `runtime` holds only what the service needs at run time:
# package*.json, production node_modules, dist/, schema/, seeds/, public/.
# The service finds schema/ and seeds/ next to package.json (src/project-root.ts), so all of
# them live together in /app.

# ---------------------------------------------------------------------------------------------
FROM node:24-bookworm-slim AS build
WORKDIR /app

# Dependencies first, so this layer is cached until package*.json changes. Install scripts are
# skipped: tsc needs none of them (esbuild's binary check, ssh2's optional native add-on).
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts

COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
# tsc -p tsconfig.build.json: src/ -> dist/src/ (entry point dist/src/main.js)
RUN npm run build

# ---------------------------------------------------------------------------------------------
FROM node:24-bookworm-slim AS runtime

# tini as PID 1: forwards SIGTERM/SIGINT to node and reaps zombies (docker-node "Best
# Practices": Node.js was not designed to run as PID 1). The slim image has no curl or wget;
# the health check below uses node's built-in fetch instead.
RUN apt-get update \
    && apt-get install -y --no-install-recommends tini \
    && rm -rf /var/lib/apt/lists/*

# No --enable-source-maps: neo4j-driver formats a stack trace for every statement it sends, and
# with source maps on each of those frames is looked up in a map. Stack traces keep src/'s
# function names and point at the compiled dist/src/*.js lines; the .map files are in dist/ for
# a one-off NODE_OPTIONS=--enable-source-maps when debugging.
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000

WORKDIR /app

# Production dependencies only. Their install scripts are not needed at run time either (the
# only ones are esbuild's binary check, for tsx, and a warning printer in @apollo/protobufjs).
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts \
    && npm cache clean --force

COPY --from=build /app/dist ./dist
COPY schema ./schema
# The trusted documents (TRUSTED_DOCUMENTS=allow|require read them at start).
COPY documents ./documents
COPY seeds ./seeds
# The Explorer's page, modules and stylesheet, served at /explore (Cytoscape.js comes from node_modules).
COPY public ./public

# The files stay owned by root (read-only for the service); the process runs as the
# unprivileged `node` user (uid 1000) that the official node images provide.
USER node

EXPOSE 4000

# Ready = Neo4j answers and schema + seed are applied (GET /health/ready -> 200, else 503).
# Start period covers schema application and seeding an empty database on first start.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health/ready', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# node runs directly (not through npm) so that it receives SIGTERM and shuts down gracefully.
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "dist/src/main.js"]
