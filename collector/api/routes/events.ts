/** /api/events: events drawn on the time axis (exits, pauses, campaigns, notes). */
import { Hono } from 'hono'
import { idParam, eventBody, eventsQuery } from '@crossreach/shared/api'
import { getEvents } from '../../store/queries/get-events.ts'
import { addEvent } from '../../actions/add-event.ts'
import { deleteEvent } from '../../store/writes/save-event.ts'
import type { AppEnv } from '../app-env.ts'
import { requireAdmin } from '../auth.ts'
import { errorBody } from '../errors.ts'
import { validate } from '../validate.ts'

export const eventsRoutes = new Hono<AppEnv>()
  .get('/', validate('query', eventsQuery), async (c) => {
    const { organisation } = c.req.valid('query')
    return c.json({
      events: await getEvents(c.var.services.store, { organisationId: organisation }),
    })
  })
  .post('/', requireAdmin, validate('json', eventBody), async (c) => {
    const id = await addEvent(c.var.services.store, c.req.valid('json'))
    const [event] = (await getEvents(c.var.services.store)).filter((e) => e.id === id)
    return c.json({ event }, 201)
  })
  .delete('/:id', requireAdmin, validate('param', idParam), async (c) => {
    const { id } = c.req.valid('param')
    if (!(await deleteEvent(c.var.services.store, id)))
      return c.json(errorBody('not_found', `No event with id ${id}.`), 404)
    return c.json({ deleted: id })
  })
