# The API image: compiled TypeScript, the web bundle, cypher/ and seeds/. It talks to the Neo4j
# that NEO4J_URI names (docker-compose.yml) and never starts one of its own, so it needs no Java.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends wget && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/cypher ./cypher
COPY --from=build /app/seeds ./seeds
USER node
EXPOSE 4000
CMD ["node", "dist/src/main.js"]
