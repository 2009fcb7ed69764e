/**
 * A small loopback HTTP server that fake platforms build on: routes, a fixed latency, a
 * sliding-window rate budget that answers 429 with the platform's own headers when exceeded,
 * and scripted faults (429, 5xx, HTML error pages, hangs) for the next requests to a path.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeResponse {
  status?: number
  body?: unknown
  /** Raw text body (for HTML error pages); wins over body. */
  text?: string
  headers?: Record<string, string>
}

export interface FakeRequest {
  method: string
  url: URL
  headers: IncomingMessage['headers']
  body: string
}

export type Handler = (
  req: FakeRequest,
  match: RegExpExecArray,
) => FakeResponse | Promise<FakeResponse>

export type Fault =
  | {
      kind: 'status'
      status: number
      headers?: Record<string, string>
      body?: unknown
      text?: string
    }
  | { kind: 'hang' }

export interface RateBudget {
  windowMs: number
  budget: number
  /** Headers the platform sends, given the budget state. */
  headers: (limit: number, remaining: number, resetAtMs: number) => Record<string, string>
  /** Body of the 429 answer. */
  body: unknown
}

export interface FakeServerOptions {
  latencyMs?: number
  rate?: RateBudget
}

export class FakeServer {
  url = ''
  readonly requests: FakeRequest[] = []
  latencyMs: number
  rate: RateBudget | undefined
  /** Highest number of requests the server saw inside any one rate window. */
  maxWindowCount = 0
  /** Requests answered 429 because the budget was exceeded (the client broke the budget). */
  budgetViolations = 0
  private readonly routes: { method: string; pattern: RegExp; handler: Handler }[] = []
  private readonly faults: { pattern: RegExp; fault: Fault }[] = []
  private readonly starts: number[] = []
  private windowStart = 0
  private windowCount = 0
  private readonly server: Server
  private readonly hanging = new Set<ServerResponse>()

  constructor(opts: FakeServerOptions = {}) {
    this.latencyMs = opts.latencyMs ?? 0
    this.rate = opts.rate
    this.server = createServer((req, res) => void this.handle(req, res))
  }

  route(method: string, pattern: RegExp, handler: Handler): this {
    this.routes.push({ method, pattern, handler })
    return this
  }

  /** The next request whose path matches gets this fault instead of its answer. */
  fault(pattern: RegExp, fault: Fault, times = 1): this {
    for (let i = 0; i < times; i++) this.faults.push({ pattern, fault })
    return this
  }

  requestsTo(pattern: RegExp): FakeRequest[] {
    return this.requests.filter((r) => pattern.test(r.url.pathname))
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    const { port } = this.server.address() as AddressInfo
    this.url = `http://127.0.0.1:${port}`
    return this
  }

  async close(): Promise<void> {
    for (const res of this.hanging) res.destroy()
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const request: FakeRequest = {
      method: req.method ?? 'GET',
      url,
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    }
    this.requests.push(request)
    const now = Date.now()

    let rateHeaders: Record<string, string> = {}
    if (this.rate) {
      // Fixed windows, as platforms count: the budget resets at each window boundary.
      if (now - this.windowStart >= this.rate.windowMs) {
        this.windowStart = now - ((now - this.windowStart) % this.rate.windowMs)
        if (now - this.windowStart >= this.rate.windowMs) this.windowStart = now
        this.windowCount = 0
      }
      this.windowCount++
      this.starts.push(now)
      while (this.starts.length > 0 && this.starts[0]! <= now - this.rate.windowMs)
        this.starts.shift()
      this.maxWindowCount = Math.max(this.maxWindowCount, this.starts.length)
      const resetAt = this.windowStart + this.rate.windowMs
      const remaining = Math.max(0, this.rate.budget - this.windowCount)
      rateHeaders = this.rate.headers(this.rate.budget, remaining, resetAt)
      if (this.windowCount > this.rate.budget) {
        this.budgetViolations++
        const retryAfter = String(Math.max(1, Math.ceil((resetAt - now) / 1000)))
        return this.send(res, {
          status: 429,
          body: this.rate.body,
          headers: { ...rateHeaders, 'retry-after': retryAfter },
        })
      }
    }

    if (this.latencyMs > 0) await new Promise((r) => setTimeout(r, this.latencyMs))

    const faultIndex = this.faults.findIndex((f) => f.pattern.test(url.pathname))
    if (faultIndex >= 0) {
      const fault = this.faults.splice(faultIndex, 1)[0]!.fault
      if (fault.kind === 'hang') {
        this.hanging.add(res)
        res.on('close', () => this.hanging.delete(res))
        return
      }
      return this.send(res, {
        status: fault.status,
        body: fault.body,
        text: fault.text,
        headers: { ...rateHeaders, ...fault.headers },
      })
    }

    for (const route of this.routes) {
      if (route.method !== request.method) continue
      const match = route.pattern.exec(url.pathname)
      if (!match) continue
      try {
        const answer = await route.handler(request, match)
        return this.send(res, { ...answer, headers: { ...rateHeaders, ...answer.headers } })
      } catch (err) {
        return this.send(res, { status: 500, text: `fake server error: ${String(err)}` })
      }
    }
    this.send(res, {
      status: 404,
      body: { error: 'NotFound', message: `no fake route for ${url.pathname}` },
    })
  }

  private send(res: ServerResponse, answer: FakeResponse): void {
    const headers: Record<string, string> = { ...answer.headers }
    let payload: string
    if (answer.text !== undefined) {
      payload = answer.text
      headers['content-type'] ??= 'text/html; charset=utf-8'
    } else {
      payload = JSON.stringify(answer.body ?? {})
      headers['content-type'] ??= 'application/json; charset=utf-8'
    }
    res.writeHead(answer.status ?? 200, headers)
    res.end(payload)
  }
}
