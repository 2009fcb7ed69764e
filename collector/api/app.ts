/**
 * The Hono application: one sub-app per resource under /api, the one error shape, and a body
 * size limit; every other GET serves the dashboard. `AppType` is what typed clients (the command line, the dashboard) are built from.
 */
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { secureHeaders } from 'hono/secure-headers'
import type { AppEnv, Services } from './app-env.ts'
import { errorBody, errorResponse } from './errors.ts'
import { accountsRoutes } from './routes/accounts.ts'
import { collectRoutes } from './routes/collect.ts'
import { figuresRoutes } from './routes/figures.ts'
import { healthRoutes } from './routes/health.ts'
import { importsRoutes } from './routes/imports.ts'
import { manualRoutes } from './routes/manual.ts'
import { postsRoutes } from './routes/posts.ts'
import { runsRoutes } from './routes/runs.ts'
import { reportRoutes } from './routes/report.ts'
import { exportRoutes } from './routes/export.ts'
import { scenarioRoutes } from './routes/scenario.ts'
import { eventsRoutes } from './routes/events.ts'
import { organisationsRoutes } from './routes/organisations.ts'
import { crosspostsRoutes } from './routes/crossposts.ts'
import { peersRoutes } from './routes/peers.ts'
import { serveDashboard } from './static.ts'

export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024

/** `dashboardDir`: where the built dashboard is (default dashboard/build). */
export function createApp(services: Services, dashboardDir?: string) {
  const app = new Hono<AppEnv>()
  app.use('*', secureHeaders())
  app.use('*', async (c, next) => {
    c.set('services', services)
    await next()
  })
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_UPLOAD_BYTES,
      onError: (c) =>
        c.json(
          errorBody('too_large', 'The upload is larger than 50 MB; split the export by period.'),
          413,
        ),
    }),
  )
  const api = app
    .route('/api/health', healthRoutes)
    .route('/api/accounts', accountsRoutes)
    .route('/api/collect', collectRoutes)
    .route('/api/imports', importsRoutes)
    .route('/api/manual-followers', manualRoutes)
    .route('/api/runs', runsRoutes)
    .route('/api', reportRoutes)
    .route('/api/export', exportRoutes)
    .route('/api/scenario', scenarioRoutes)
    .route('/api/figures', figuresRoutes)
    .route('/api/posts', postsRoutes)
    .route('/api/events', eventsRoutes)
    .route('/api/organisations', organisationsRoutes)
    .route('/api/crossposts', crosspostsRoutes)
    .route('/api/peers', peersRoutes)
  // After the API: every other GET is the dashboard (a file, or the app's index.html).
  app.get('*', serveDashboard(dashboardDir))
  app.notFound((c) => c.json(errorBody('not_found', `No such path: ${c.req.path}`), 404))
  app.onError((err, c) => errorResponse(c, err))
  return api
}

export type AppType = ReturnType<typeof createApp>
