import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import express from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from './config.js';
import { openDatabase } from './db/data-source.js';
import type { Context } from './graphql/context.js';
import { compiledExecution } from './graphql/compiled-execution.js';
import { contextFactory } from './graphql/create-context.js';
import { createErrorFormatter } from './graphql/errors.js';
import { requestLimits } from './graphql/limits.js';
import { buildExecutableSchema } from './graphql/schema.js';
import { healthRoutes } from './http/health.js';
import { jwksRoutes } from './http/jwks.js';
import { calendarFeedRoutes } from './http/calendar-feed.js';
import { proofDownloadRoutes } from './http/proof-download.js';
import { auditExportRoutes } from './http/audit-export.js';
import { refuseDeepNesting } from './http/refuse-deep-nesting.js';
import { refuseLongDocuments } from './http/refuse-long-documents.js';
import { refuseNulCharacters } from './http/refuse-nul-characters.js';
import { requestErrors } from './http/request-errors.js';
import { apolloHandler } from './http/apollo-handler.js';
import { directRoute } from './http/direct-route.js';
import { expressMessageClasses } from './http/express-messages.js';
import { jsonBody } from './http/json-body.js';
import { takesDirectRoute } from './http/graphql-path.js';
import { requestLog } from './http/request-log.js';
import { securityHeaders } from './http/security-headers.js';
import { spaRoutes, webAppBuilt } from './http/spa.js';
import type { Logger } from './logger.js';
import { openSigningKeys } from './modules/auth/open-signing-keys.js';
import type { SigningKeys } from './modules/auth/signing-keys.js';
import { loadSecretBox, type SecretBox } from './modules/secrets/secret-box.js';
import { ssoRoutes } from './http/sso-routes.js';
import { devIdentityProviderRoutes } from './http/dev-identity-provider.js';
import { createMailer } from './modules/mail/create-mailer.js';
import type { DeliveryOutcome } from './modules/mail/deliver-due-mail.js';
import { startMailDelivery } from './modules/mail/start-delivery.js';
import { scheduleReportReminders } from './modules/planner/report-reminders.js';
import { createServices } from './services.js';
import { listenForChanges } from './db/change-notices.js';
import { PRINCIPAL_CHANGE_CHANNEL } from './modules/auth/principal-cache.js';
import { settleAfterMutations } from './graphql/settle-after-mutations.js';
import { scheduleAuditSealing } from './modules/audit/chain/schedule-sealing.js';
import { operationMetrics } from './graphql/operation-metrics.js';
import { countResponses } from './http/metrics/count-responses.js';
import { createMetrics } from './http/metrics/metrics.js';
import { metricsRoutes } from './http/metrics/metrics-route.js';

export interface RunningApp {
  url: string;
  /** The web app's absolute URL (PUBLIC_URL, or where it listens): links and redirects use it. */
  appUrl: string;
  secrets: SecretBox;
  keys: SigningKeys;
  dataSource: DataSource;
  /** Resolves once every change committed so far has reached this instance's caches. */
  settleChanges(): Promise<void>;
  /**
   * Sends the queued mail due now (or at `at`) after any delivery under way; nothing without SMTP.
   * The worker does this by itself; tests await it instead of waiting for the worker.
   */
  deliverDueMail(at?: Date): Promise<DeliveryOutcome>;
  /** Stops serving requests; the database stays open. */
  stop(): Promise<void>;
  /** Stops serving and closes the database. */
  close(): Promise<void>;
}

/** Builds the whole server on an open database and starts listening. */
export async function startApp(config: Config, logger: Logger, dataSource?: DataSource): Promise<RunningApp> {
  const database = dataSource ?? (await openDatabase(config.database));
  const secrets = await loadSecretBox(config.dataDir, config.secretsKey);
  const keys = await openSigningKeys(database, secrets, config, logger, { follow: true });
  const mailer = createMailer(config);
  let appUrl = config.publicUrl ?? '';
  const metrics = createMetrics(database);
  const services = createServices(database, { config, keys, mailer, secrets, appUrl: () => appUrl, signIns: metrics.signIns });
  const principalChanges = await listenForChanges(database, PRINCIPAL_CHANGE_CHANNEL, services.auth.principals, logger);

  const app = express();
  app.disable('x-powered-by');
  // req.ip, req.protocol (so req.secure) and req.hostname follow X-Forwarded-* only from these peers.
  app.set('trust proxy', config.trustProxy);
  // Requests are routed once Apollo has started (below); the drain plugin needs the server before.
  const httpServer = http.createServer(expressMessageClasses(app));

  const limits = requestLimits({ blockFieldSuggestions: config.env === 'production' });
  // graphql-armor is typed against Apollo's CommonJS declarations; at run time they are the same plugin interface.
  const limitPlugins = limits.plugins as unknown as ApolloServerPlugin<Context>[];
  const schema = await buildExecutableSchema();
  const apollo = new ApolloServer<Context>({
    ...(config.traced ? { schema } : { gateway: compiledExecution(schema) }),
    formatError: createErrorFormatter(logger),
    // The self-hosted playground lives at /graphiql; Apollo's own landing page would load from a CDN.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // Every answer is private to its principal, so there is no cache policy to compute field by field.
      ApolloServerPluginCacheControlDisabled(),
      operationMetrics(metrics.graphqlOperations),
      settleAfterMutations(() => principalChanges.settle()),
      ...limitPlugins,
    ],
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    allowBatchedHttpRequests: false,
    introspection: config.graphqlIntrospection,
    // serve.ts stops everything on SIGINT and SIGTERM; Apollo's own handlers stopped Apollo alone
    // and then raised the signal again, which killed the process before the database was closed.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const logRequests = requestLog(logger, { quiet: (path) => path === '/healthz' || path === '/readyz' || path === '/metrics' });
  const https = config.publicUrl?.startsWith('https://') ?? false;
  const setSecurityHeaders = securityHeaders({ https });
  const countResponse = countResponses(metrics.httpResponses);
  const answerErrors = requestErrors(logger);
  const everyRequest = [logRequests, setSecurityHeaders, countResponse];
  const graphqlRequest = [
    // A certification proof (at most 5 MB) arrives base64-encoded inside the JSON body: about 6.7 MB.
    jsonBody({ limitBytes: 8 * 1024 * 1024 }),
    refuseLongDocuments(),
    refuseDeepNesting(),
    refuseNulCharacters(),
    apolloHandler(apollo, contextFactory(database, services, logger)),
  ];
  // GraphQL requests take a direct route past Express's router.
  const graphqlRoute = directRoute(app, [...everyRequest, ...graphqlRequest], answerErrors);
  httpServer.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => (!config.traced && takesDirectRoute(req) ? graphqlRoute(req, res) : app(req, res)));

  app.use(...everyRequest);
  // Requests the direct route leaves to the router (another spelling of the path, GET) run the same chain.
  app.use('/graphql', ...graphqlRequest);
  app.use(healthRoutes(database));
  app.use(metricsRoutes(metrics, config.metricsToken));
  app.use(jwksRoutes(keys));
  app.use(calendarFeedRoutes(database));
  app.use(proofDownloadRoutes(database, services.files, services.signedLinks));
  app.use(auditExportRoutes(services, database, logger));
  app.use(ssoRoutes(services, logger));
  if (config.devIdentityProvider) app.use(devIdentityProviderRoutes(() => appUrl));
  app.use(spaRoutes(config.webDist, { graphiql: config.graphiql, https }));
  if (!webAppBuilt(config.webDist)) logger.warn({ webDist: config.webDist }, 'web app not built yet: its pages say so until the build appears');
  app.use(answerErrors);

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  appUrl ||= `http://${host}:${port}`;
  const reminders =
    config.reportReminderIntervalSeconds > 0
      ? scheduleReportReminders(
          {
            dataSource: database,
            mailer,
            get appUrl() {
              return appUrl;
            },
          },
          config.reportReminderIntervalSeconds,
          logger,
        )
      : null;
  const sealing = config.auditSealIntervalSeconds > 0 ? scheduleAuditSealing(database, keys, config.auditSealIntervalSeconds, logger) : null;
  const mailDelivery = await startMailDelivery(database, config, logger);

  return {
    url: `http://${host}:${port}`,
    appUrl,
    secrets,
    keys,
    dataSource: database,
    settleChanges: () => principalChanges.settle(),
    deliverDueMail: (at) => mailDelivery?.deliverDue(at) ?? Promise.resolve({ sent: 0, failed: 0 }),
    async stop() {
      reminders?.stop();
      sealing?.stop();
      await apollo.stop();
      await principalChanges.close();
      await keys.close();
      await mailDelivery?.stop();
    },
    async close() {
      reminders?.stop();
      sealing?.stop();
      await apollo.stop();
      await principalChanges.close();
      await keys.close();
      services.files.close?.();
      await mailDelivery?.stop();
      if (database.isInitialized) await database.destroy();
    },
  };
}
