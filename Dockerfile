# The learning app. Build: docker build -t schulid-app .
FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json .npmrc ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json prisma.config.ts ./
COPY prisma ./prisma
COPY app ./app
COPY scripts ./scripts
COPY web ./web
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /srv
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /src/dist ./dist
COPY prisma ./prisma
RUN mkdir -p /var/lib/schulid/exports && chown node:node /var/lib/schulid/exports
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:3000/readyz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# SIGTERM goes straight to node (no shell in between), which shuts down gracefully.
CMD ["node", "dist/app/server.js"]
