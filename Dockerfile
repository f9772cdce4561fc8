# The dashboard on your own machines: `npm run serve` (compiled, no dev tools) in a small image, as a non-root user.
#   docker build -t mcp-portal-dashboard .
#   docker run -p 8080:8080 -v dashboard-data:/data \
#     -e CLOUDFLARE_API_TOKEN -e CLOUDFLARE_ACCOUNT_ID -e ALLOWED_HOSTS=dash.example.com mcp-portal-dashboard
# README › "Run it in Docker" has the details (Access, alerts, the data volume).

FROM node:20.20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Production dependencies only: the build tools (Vite, Tailwind) are among them, the test tools are not.
RUN npm ci --omit=dev --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20.20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080 \
    DATABASE_URL=file:/data/dashboard.db
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/dist-server ./dist-server
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8080
# Any answer below 500 is a live server (behind Access, the page itself answers 401 to a caller without a token).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/favicon.svg').then((r) => process.exit(r.status < 500 ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist-server/serve.js"]
