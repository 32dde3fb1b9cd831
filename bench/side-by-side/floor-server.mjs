#!/usr/bin/env node
// The floor: plain Apollo Server 5 (standalone, no auth, no database) over the project's printed
// schema.graphql, answering from memory. The root value is the answer the real server gave, so the
// default field resolvers walk it and both servers send the same bytes for the same query.
//   node floor-server.mjs <answers.json> <port>
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// The server's own Apollo and graphql, so the floor runs the exact versions the product runs.
const requireFromServer = createRequire(path.join(root, 'apps/server/package.json'));
const { ApolloServer } = requireFromServer('@apollo/server');
const { startStandaloneServer } = requireFromServer('@apollo/server/standalone');
const { buildSchema } = requireFromServer('graphql');

const [answersFile, port] = process.argv.slice(2);
const answer = JSON.parse(readFileSync(answersFile, 'utf8'));
const schema = buildSchema(readFileSync(path.join(root, 'apps/server/schema.graphql'), 'utf8'));
const server = new ApolloServer({ schema, rootValue: answer });
const { url } = await startStandaloneServer(server, { listen: { port: Number(port), host: '127.0.0.1' } });
process.stdout.write(`${url}\n`);
