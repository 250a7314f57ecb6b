# syntax=docker/dockerfile:1
# Build stage: compile TypeScript to dist/.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src src
COPY jobs jobs
RUN npm run build

# Runtime stage: production dependencies, compiled code, templates and topic data only.
FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8080 LOG_FORMAT=json
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist dist
COPY bin bin
COPY templates templates
# The taxonomy and model are data the service reads at start-up; no sources ship.
COPY src/topics src/topics
RUN find src -name '*.ts' -delete && mkdir -p var && chown node:node var
USER node
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# --no-regexp-tier-up: each regular expression is compiled to machine code at its first use, not to bytecode first. Tiered, the
# process's first pass wrote ~11 MB of regexp bytecode, past V8's 1 MB budget, and every expression compiled after that ran without
# V8's regexp optimisations for the life of the worker (some 10-50 times slower). Same matches either way; see docs/performance.md.
ENTRYPOINT ["node", "--no-regexp-tier-up", "bin/wirebrief.js"]
CMD ["start", "--role", "all"]
